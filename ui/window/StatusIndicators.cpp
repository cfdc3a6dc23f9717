#include "ui/window/StatusIndicators.h"

#include <QDateTime>
#include <QLabel>
#include <QStatusBar>

#include "app/api/RequestScheduler.h"
#include "app/auth/TokenProvider.h"
#include "app/session/ConnectionSession.h"

namespace td {

StatusIndicators::StatusIndicators(QStatusBar *bar)
    : QObject(bar), m_connection(new QLabel(bar)), m_token(new QLabel(bar)), m_throttle(new QLabel(bar)),
      m_keychain(new QLabel(bar))
{
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_token->setObjectName(QStringLiteral("tokenStatus"));
    m_throttle->setObjectName(QStringLiteral("throttleStatus"));
    for (QLabel *label : {m_connection, m_token, m_throttle}) {
        label->setContentsMargins(6, 0, 6, 0);
        bar->addWidget(label);
    }
    bar->addPermanentWidget(m_keychain);
    m_keychain->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_keychain->setVisible(false);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &StatusIndicators::updateThrottle);
    setSession(nullptr);
}

QString StatusIndicators::shortId(const QString &id)
{
    return id.size() > 8 ? id.left(8) + QStringLiteral("…") : id;
}

void StatusIndicators::setSession(ConnectionSession *session)
{
    if (m_session) {
        disconnect(m_session->tokens(), nullptr, this, nullptr);
        disconnect(m_session->scheduler(), nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        const Connection &c = session->connection();
        m_connection->setText(tr("Connected to %1 as app %2 (SP)").arg(c.name, shortId(c.clientId)));
        m_connection->setToolTip(tr("application (client) id %1, tenant id %2").arg(c.clientId, c.tenantId));
        connect(session->tokens(), &TokenProvider::stateChanged, this, &StatusIndicators::updateToken);
        connect(session->scheduler(), &RequestScheduler::throttled, this, [this](int) {
            m_countdown.start();
            updateThrottle();
        });
    } else {
        m_connection->setText(
            tr("Not connected: choose or create a connection in the Connection menu (Alt+C)"));
        m_connection->setToolTip(QString());
    }
    updateToken();
    updateThrottle();
}

void StatusIndicators::setKeychainMessage(const QString &message)
{
    m_keychain->setText(message);
    m_keychain->setToolTip(message);
    m_keychain->setVisible(!message.isEmpty());
}

void StatusIndicators::updateToken()
{
    QString text;
    QString tip;
    if (!m_session) {
        text = QString();
    } else if (m_session->tokens()->hasValidToken()) {
        const auto expires = QDateTime::fromMSecsSinceEpoch(m_session->tokens()->expiresAtMsecs());
        text = tr("token ok");
        tip = tr("The access token is valid until %1")
                  .arg(expires.toLocalTime().toString(QStringLiteral("HH:mm")));
    } else if (m_session->tokens()->lastError().isError()) {
        const ApiError e = m_session->tokens()->lastError();
        text = tr("token error: %1").arg(e.summary());
        tip = e.details();
    } else {
        text = tr("token: not yet requested");
    }
    m_token->setText(text);
    m_token->setToolTip(tip);
}

void StatusIndicators::updateThrottle()
{
    qint64 remainingMs = 0;
    if (m_session) {
        const qint64 until = m_session->scheduler()->throttledUntilMsecs();
        if (until > 0)
            remainingMs = until - QDateTime::currentMSecsSinceEpoch();
    }
    if (remainingMs > 0) {
        m_throttle->setText(tr("throttled: retry after %1 s").arg((remainingMs + 999) / 1000));
        m_throttle->setStyleSheet(QStringLiteral("color: #b35c00; font-weight: bold;"));
    } else {
        m_countdown.stop();
        m_throttle->setText(m_session ? tr("throttled: no") : QString());
        m_throttle->setStyleSheet(QString());
    }
}

} // namespace td
