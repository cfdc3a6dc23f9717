#include "app/util/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace td {

namespace {
QString limitText(qint64 maxBytes)
{
    const qint64 mb = 1024 * 1024;
    return maxBytes % mb == 0 ? InputFile::tr("%1 MB").arg(maxBytes / mb)
                              : InputFile::tr("%1 bytes").arg(maxBytes);
}
} // namespace

bool InputFile::read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    bytes->clear();
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("Cannot read %1: the file does not exist.").arg(shown));
    if (!info.isFile()) // after symbolic links: devices, FIFOs, sockets and folders
        return fail(tr("Cannot read %1: it is not a regular file.").arg(shown));
    if (info.size() > maxBytes)
        return fail(tr("%1 is larger than %2.").arg(shown, limitText(maxBytes)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(shown, f.errorString()));
    // One byte more than allowed tells a file that grew since its size was read.
    const QByteArray data = f.read(maxBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return fail(tr("Cannot read %1: %2").arg(shown, f.errorString()));
    if (data.size() > maxBytes)
        return fail(tr("%1 is larger than %2.").arg(shown, limitText(maxBytes)));
    *bytes = data;
    return true;
}

} // namespace td
