#include "app/api/MultipartFileBody.h"

#include <QFileInfo>
#include <QUuid>

namespace td {

MultipartFileBody::MultipartFileBody(const QString &filePath, const QString &fileName, QObject *parent)
    : QIODevice(parent), m_file(filePath)
{
    m_boundary = "----TenantDeskBoundary" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QString name = fileName.isEmpty() ? QFileInfo(filePath).fileName() : fileName;
    name.replace(QLatin1Char('"'), QLatin1Char('_')).replace(QLatin1Char('\r'), QLatin1Char('_'));
    name.replace(QLatin1Char('\n'), QLatin1Char('_'));
    m_head = "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
             name.toUtf8() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    m_tail = "\r\n--" + m_boundary + "--\r\n";
}

bool MultipartFileBody::openForUpload()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_fileSize = m_file.size();
    return open(QIODevice::ReadOnly);
}

QByteArray MultipartFileBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

qint64 MultipartFileBody::size() const
{
    return m_head.size() + m_fileSize + m_tail.size();
}

qint64 MultipartFileBody::bytesAvailable() const
{
    return size() - m_pos + QIODevice::bytesAvailable();
}

qint64 MultipartFileBody::readData(char *data, qint64 maxSize)
{
    qint64 written = 0;
    while (written < maxSize && m_pos < size()) {
        const qint64 headSize = m_head.size();
        if (m_pos < headSize) {
            const qint64 n = qMin(maxSize - written, headSize - m_pos);
            memcpy(data + written, m_head.constData() + m_pos, size_t(n));
            written += n;
            m_pos += n;
        } else if (m_pos < headSize + m_fileSize) {
            const qint64 n =
                m_file.read(data + written, qMin(maxSize - written, headSize + m_fileSize - m_pos));
            if (n <= 0) { // the file shrank or failed under us: stop the upload
                setErrorString(m_file.errorString());
                return written > 0 ? written : -1;
            }
            written += n;
            m_pos += n;
        } else {
            const qint64 off = m_pos - headSize - m_fileSize;
            const qint64 n = qMin(maxSize - written, qint64(m_tail.size()) - off);
            memcpy(data + written, m_tail.constData() + off, size_t(n));
            written += n;
            m_pos += n;
        }
    }
    return written > 0 || m_pos < size() ? written : -1;
}

} // namespace td
