#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace td {

// The one way to read a whole file the user names (a bulk or customers CSV, a migration mapping, a CA
// certificate): only a regular file (a device such as /dev/zero, a FIFO or a folder is refused: it may
// never end), and at most a limit, so that no input can exhaust memory. Files to upload (.pbix) are
// streamed, not read here.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    static constexpr qint64 CsvLimit = 64LL * 1024 * 1024;        // CSV files: 64 MB
    static constexpr qint64 CertificateLimit = 1LL * 1024 * 1024; // a PEM CA file: 1 MB

    // The file's bytes into *bytes; false with *error ("Cannot read F: why", "F is not a regular file",
    // "F is larger than 64 MB") when it cannot be used.
    static bool read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error = nullptr);
};

} // namespace td
