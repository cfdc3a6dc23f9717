#include "api/CreateOperation.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include "api/PagedJob.h"
#include "api/RequestScheduler.h"
#include "api/RetryMath.h"
#include "domain/JsonReader.h"
#include "util/Logging.h"

namespace td {

QString CreateOperation::odataQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

RequestJob *CreateOperation::start(RequestScheduler *scheduler, const ApiRequest &create,
                                   const ApiRequest &check, const QString &nameKey, const QString &name)
{
    ApiRequest c = create;
    c.idempotent = false;
    auto *outer = new RequestJob(c, scheduler);
    auto *op = new CreateOperation(scheduler, outer, c, check, nameKey, name);
    outer->m_cancelHandler = [op] { op->cancel(); };
    QTimer::singleShot(0, op, &CreateOperation::sendCreate);
    return outer;
}

CreateOperation::CreateOperation(RequestScheduler *scheduler, RequestJob *outer, const ApiRequest &create,
                                 const ApiRequest &check, const QString &nameKey, const QString &name)
    : QObject(outer), m_scheduler(scheduler), m_outer(outer), m_create(create), m_check(check),
      m_nameKey(nameKey), m_name(name)
{
    m_elapsed.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CreateOperation::sendCreate);
}

bool CreateOperation::answerLost(const ApiResponse &response)
{
    const ApiError &e = response.error;
    return e.kind == ApiError::Kind::Timeout || e.kind == ApiError::Kind::Network ||
           (e.kind == ApiError::Kind::Http && e.httpStatus >= 500);
}

void CreateOperation::sendCreate()
{
    if (m_outer->isFinished())
        return;
    ++m_creates;
    m_inner = m_scheduler->submit(m_create);
    connect(m_inner, &RequestJob::finished, this, &CreateOperation::onCreated);
}

void CreateOperation::onCreated(const ApiResponse &response)
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

void CreateOperation::sendCheck()
{
    m_inner = m_scheduler->submit(m_check);
    connect(m_inner, &RequestJob::finished, this, &CreateOperation::onChecked);
}

void CreateOperation::onChecked(const ApiResponse &response)
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

void CreateOperation::cancel()
{
    m_retryTimer.stop();
    if (m_inner) {
        RequestJob *inner = m_inner;
        m_inner = nullptr;
        disconnect(inner, nullptr, this, nullptr);
        inner->cancel();
    }
    ApiResponse r;
    r.error = ApiError::make(ApiError::Kind::Cancelled, QString());
    r.error.method = QString::fromLatin1(m_create.method);
    r.error.path = m_create.path;
    done(r);
}

void CreateOperation::done(ApiResponse response)
{
    response.attempts = m_sends;
    response.elapsedMs = m_elapsed.elapsed();
    m_retryTimer.stop();
    m_outer->complete(response); // deletes the outer job (and this) later
}

} // namespace td
