#include "app/util/DataDir.h"

#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

namespace td {

QString DataDir::path()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString DataDir::filePath(const QString &fileName)
{
    return QDir(path()).filePath(fileName);
}

bool DataDir::save(const QString &filePath, const QByteArray &data, QString *why)
{
    QSaveFile file(filePath);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *why = file.errorString();
    return false; // the uncommitted QSaveFile leaves no trace
}

} // namespace td
