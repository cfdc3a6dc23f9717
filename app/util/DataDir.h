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
    // Only the user may read it: a folder 0700, a file 0600 (customer data, settings, the journal).
    static bool makePrivate(const QString &path);
};

} // namespace td
