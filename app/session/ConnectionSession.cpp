#include "app/session/ConnectionSession.h"

#include "app/api/ActivityLog.h"
#include "app/api/ContentClient.h"
#include "app/api/HttpSend.h"
#include "app/api/PowerBiClient.h"
#include "app/api/RequestScheduler.h"
#include "app/auth/TokenProvider.h"
#include "app/util/Clock.h"
#include "app/util/Logging.h"

namespace td {

ConnectionSession::ConnectionSession(const Connection &connection, const QString &clientSecret,
                                     QNetworkAccessManager *nam, const Clock *clock, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    const Clock *c = clock ? clock : Clock::system();
    m_activity = new ActivityLog(5000, this);
    m_tokens = new TokenProvider(nam, c, this);
    m_tokens->setActivityLog(m_activity);
    ClientCredentials credentials;
    credentials.loginUrl = connection.loginUrl;
    credentials.tenantId = connection.tenantId;
    credentials.clientId = connection.clientId;
    credentials.clientSecret = clientSecret;
    m_tokens->setCredentials(credentials);
    m_scheduler = new RequestScheduler(nam, m_tokens, connection.apiBaseUrl, m_activity, c, this);
    if (!connection.caCertificateFile.isEmpty()) {
        const QSslConfiguration tls = connectionTlsConfiguration(connection.caCertificateFile);
        m_tokens->setTlsConfiguration(tls);
        m_scheduler->setTlsConfiguration(tls);
    }
    m_client = new PowerBiClient(m_scheduler, this);
    m_content = new ContentClient(m_scheduler, this);
}

ConnectionSession::~ConnectionSession()
{
    // Pending jobs (and the paged lists waiting on them) complete as Cancelled before the client,
    // the token provider and the log go away.
    delete m_scheduler;
    m_scheduler = nullptr;
    delete m_content;
    m_content = nullptr;
    delete m_client;
    m_client = nullptr;
}

void ConnectionSession::setAuditLog(AuditLog *audit)
{
    m_scheduler->setAuditLog(audit, m_connection.id);
}

AuditLog *ConnectionSession::auditLog() const
{
    return m_scheduler->auditLog();
}

void ConnectionSession::test()
{
    const QStringList problems = m_connection.validate();
    if (!problems.isEmpty()) {
        const ApiError error = ApiError::make(ApiError::Kind::Config, problems.join(QLatin1Char(' ')));
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT tested(error, 0); }, Qt::QueuedConnection);
        return;
    }
    qCInfo(lcConnections) << "testing connection" << m_connection.id;
    m_tokens->requestToken(this, [this](const QString &, const ApiError &error) {
        if (error.isError()) {
            Q_EMIT tested(error, 0);
            return;
        }
        ApiRequest page = ApiRequest::get(QStringLiteral("profiles"));
        page.query.addQueryItem(QStringLiteral("$top"), QStringLiteral("100"));
        ApiCall *job = m_scheduler->submit(page);
        connect(job, &ApiCall::finished, this, [this](const ApiResponse &response) {
            if (!response.ok()) {
                Q_EMIT tested(response.error, 0);
                return;
            }
            bool ok = false;
            const int count = listItems(response.body, &ok).size();
            if (!ok) {
                ApiError e = ApiError::make(ApiError::Kind::BadResponse,
                                            tr("the profile list has no \"value\" array"));
                e.httpStatus = response.httpStatus;
                e.requestId = response.requestId;
                Q_EMIT tested(e, 0);
                return;
            }
            Q_EMIT tested(ApiError(), count);
        });
    });
}

} // namespace td
