#include "app/util/DataDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace td {

QString DataDir::path()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    makePrivate(dir);
    return dir;
}

bool DataDir::makePrivate(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    const QFile::Permissions owner =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    const QFile::Permissions exec = QFile::ExeOwner | QFile::ExeUser;
    return QFile::setPermissions(path, info.isDir() ? owner | exec : owner);
}

QString DataDir::filePath(const QString &fileName)
{
    return QDir(path()).filePath(fileName);
}

} // namespace td
