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
    // Writes data to filePath whole (QSaveFile: an existing file stays as it was unless the new one is
    // complete). False with *why, the system's reason, when it cannot.
    static bool save(const QString &filePath, const QByteArray &data, QString *why);
};

} // namespace td
