#pragma once
#include <QObject>
#include <QPointer>

#include "app/session/ConnectionSession.h"
#include <QTimer>

class QLabel;
class QStatusBar;

namespace td {

// Status bar: connection and identity, token state, throttling (with the Retry-After countdown), and
// the keychain message when the secret could not be stored.
class StatusIndicators : public QObject
{
    Q_OBJECT
public:
    explicit StatusIndicators(QStatusBar *bar);
    void setSession(ConnectionSession *session); // not owned
    void setKeychainMessage(const QString &message);

    static QString shortId(const QString &id); // "1b2c3d4e…"

private:
    void updateToken();
    void updateThrottle();

    QPointer<ConnectionSession> m_session;
    QLabel *m_connection;
    QLabel *m_token;
    QLabel *m_throttle;
    QLabel *m_keychain;
    QTimer m_countdown;
};

} // namespace td
