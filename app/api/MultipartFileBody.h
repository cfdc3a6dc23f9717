#pragma once
#include <QFile>
#include <QIODevice>

namespace td {

// A multipart/form-data request body with one file part, streamed from disk: the part header, the
// file's bytes (read in chunks as the network asks for them), then the closing boundary. Its size is
// known up front (Content-Length); it cannot be rewound, so an upload is never silently re-sent.
class MultipartFileBody : public QIODevice
{
    Q_OBJECT
public:
    MultipartFileBody(const QString &filePath, const QString &fileName, QObject *parent = nullptr);

    // Opens the file; false (with errorString()) when it cannot be read.
    bool openForUpload();
    QByteArray contentType() const; // multipart/form-data; boundary=...
    QByteArray boundary() const { return m_boundary; }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override;
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    QByteArray m_boundary;
    QByteArray m_head;
    QByteArray m_tail;
    qint64 m_fileSize = 0;
    qint64 m_pos = 0; // bytes handed out so far
};

} // namespace td
