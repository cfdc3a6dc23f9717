#include "app/api/OneShotBody.h"

#include <cstring>

namespace td {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_data.size() - m_offset) + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_offset);
    if (n <= 0)
        return m_offset >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

} // namespace td
