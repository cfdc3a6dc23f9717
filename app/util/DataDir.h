#pragma once
#include <QByteArray>
#include <QString>

namespace td {

// Where TenantDesk keeps its local files by default: QStandardPaths::AppDataLocation (created on use);
// and how it writes a file the user chose.
struct DataDir
{
    static QString path();
    static QString filePath(const QString &fileName);
};

} // namespace td
