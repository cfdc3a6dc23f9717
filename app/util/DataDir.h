#pragma once
#include <QString>

namespace td {

// Where TenantDesk keeps its local files by default: QStandardPaths::AppDataLocation (created on use).
struct DataDir
{
    static QString path();
    static QString filePath(const QString &fileName);
};

} // namespace td
