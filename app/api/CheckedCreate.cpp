#include "app/api/CheckedCreate.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include "app/api/PagedApiCall.h"
#include "app/api/RequestScheduler.h"
#include "app/api/RetryMath.h"
#include "app/domain/JsonReader.h"
#include "app/util/Logging.h"

namespace td {

QString CheckedCreate::odataQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

ApiCall *CheckedCreate::start(RequestScheduler *scheduler, const ApiRequest &create, const ApiRequest &check,
                              const QString &nameKey, const QString &name)
{
    ApiRequest c = create;
    c.idempotent = false;
    auto *outer = new ApiCall(c, scheduler);
    auto *op = new CheckedCreate(scheduler, outer, c, check, nameKey, name);
    outer->m_cancelHandler = [op] { op->cancel(); };
    QTimer::singleShot(0, op, &CheckedCreate::sendCreate);
    return outer;
}

CheckedCreate::CheckedCreate(RequestScheduler *scheduler, ApiCall *outer, const ApiRequest &create,
                             const ApiRequest &check, const QString &nameKey, const QString &name)
    : QObject(outer), m_scheduler(scheduler), m_outer(outer), m_create(create), m_check(check),
      m_nameKey(nameKey), m_name(name)
{
    m_elapsed.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CheckedCreate::sendCreate);
}

bool CheckedCreate::answerLost(const ApiResponse &response)
{
    const ApiError &e = response.error;
    return e.kind == ApiError::Kind::Timeout || e.kind == ApiError::Kind::Network ||
           (e.kind == ApiError::Kind::Http && e.httpStatus >= 500);
}

void CheckedCreate::sendCreate()
{
    if (m_outer->isFinished())
        return;
    ++m_creates;
    m_inner = m_scheduler->submit(m_create);
    connect(m_inner, &ApiCall::finished, this, &CheckedCreate::onCreated);
}

void CheckedCreate::onCreated(const ApiResponse &response)
{
    m_inner = nullptr;
    m_sends += response.attempts;
    if (response.ok() || !answerLost(response)) {
        done(response);
        return;
    }
    qCInfo(lcApi) << "create answer lost (" << response.httpStatus << ") - checking whether it happened";
    m_lastFailure = response;
    sendCheck();
}

void CheckedCreate::sendCheck()
{
    m_inner = m_scheduler->submit(m_check);
    connect(m_inner, &ApiCall::finished, this, &CheckedCreate::onChecked);
}

void CheckedCreate::onChecked(const ApiResponse &response)
{
    m_inner = nullptr;
    m_sends += response.attempts;
    if (!response.ok()) {
        done(m_lastFailure); // cannot tell: report the create's own failure
        return;
    }
    const QVector<QJsonObject> items = listItems(response.body);
    for (const QJsonObject &item : items) {
        if (JsonReader(item).string(QLatin1String(m_nameKey.toLatin1())) == m_name) {
            qCInfo(lcApi) << "the create had happened; completing with the existing object";
            ApiResponse found = response;
            found.body = QJsonDocument(item).toJson(QJsonDocument::Compact);
            found.error = ApiError();
            done(found);
            return;
        }
    }
    const RetryPolicy policy = m_scheduler->retryPolicy();
    if (m_creates >= qMax(1, policy.maxAttempts)) {
        done(m_lastFailure);
        return;
    }
    m_retryTimer.start(
        RetryMath::backoffDelayMs(policy, m_creates, QRandomGenerator::global()->generateDouble()));
}

void CheckedCreate::cancel()
{
    m_retryTimer.stop();
    cancelCall(std::exchange(m_inner, nullptr).data(), this);
    ApiResponse r;
    r.error = ApiError::make(ApiError::Kind::Cancelled, QString());
    r.error.method = QString::fromLatin1(m_create.method);
    r.error.path = m_create.path;
    done(r);
}

void CheckedCreate::done(ApiResponse response)
{
    response.attempts = m_sends;
    if (response.error.isError())
        response.error.sends = m_sends; // every create and check of this one request
    response.elapsedMs = m_elapsed.elapsed();
    m_retryTimer.stop();
    m_outer->complete(response); // deletes the outer job (and this) later
}

} // namespace td
