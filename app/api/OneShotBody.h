#pragma once
#include <QIODevice>

namespace td {

// A request body that can be read once and not rewound. Qt's HTTP layer silently re-sends a request
// when the server closes the connection before answering; with this body that re-send fails
// (QNetworkReply::ContentReSendError) instead of repeating a non-idempotent request the server may
// already have acted upon.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace td
