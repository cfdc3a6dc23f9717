#include "app/util/DataDir.h"

#include <QDir>
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

} // namespace td
