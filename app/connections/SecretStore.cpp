#include "app/connections/SecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

#include "app/util/Logging.h"

namespace td {

namespace {
// Every keychain job: auto-deleted, keyed by the connection id, and never a plaintext fallback.
template<typename JobT> JobT *makeJob(const QString &connectionId)
{
    auto *job = new JobT(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(connectionId);
    return job;
}
} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

ApiError SecretStore::keychainError(int keychainErrorCode, const QString &errorString)
{
    ApiError e;
    e.kind = ApiError::Kind::Keychain;
    e.message = errorString;
    switch (QKeychain::Error(keychainErrorCode)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        e.code = QStringLiteral("EntryNotFound");
        break;
    case QKeychain::CouldNotDeleteEntry:
        e.code = QStringLiteral("CouldNotDeleteEntry");
        break;
    case QKeychain::AccessDeniedByUser:
        e.code = QStringLiteral("AccessDeniedByUser");
        break;
    case QKeychain::AccessDenied:
        e.code = QStringLiteral("AccessDenied");
        break;
    case QKeychain::NoBackendAvailable:
        e.code = QStringLiteral("NoBackendAvailable");
        break;
    case QKeychain::NotImplemented:
        e.code = QStringLiteral("NotImplemented");
        break;
    case QKeychain::OtherError:
        e.code = QStringLiteral("OtherError");
        break;
    }
    return e;
}

void SecretStore::write(const QString &connectionId, const QString &secret, QObject *context,
                        WriteCallback cb)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(connectionId);
    job->setTextData(secret);
    const QPointer<QObject> ctx = context;
    connect(job, &QKeychain::Job::finished, this, [ctx, cb, connectionId](QKeychain::Job *j) {
        const ApiError error = keychainError(int(j->error()), j->errorString());
        if (error.isError())
            qCWarning(lcKeychain) << "storing the secret failed:" << error.code;
        else
            qCInfo(lcKeychain) << "secret stored for connection" << connectionId;
        if (ctx && cb)
            cb(error);
    });
    job->start();
}

void SecretStore::read(const QString &connectionId, QObject *context, ReadCallback cb)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(connectionId);
    const QPointer<QObject> ctx = context;
    connect(job, &QKeychain::Job::finished, this, [ctx, cb](QKeychain::Job *j) {
        const ApiError error = keychainError(int(j->error()), j->errorString());
        QString secret;
        if (!error.isError())
            secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        else
            qCWarning(lcKeychain) << "reading the secret failed:" << error.code;
        if (ctx && cb)
            cb(secret, error);
    });
    job->start();
}

void SecretStore::remove(const QString &connectionId, QObject *context, WriteCallback cb)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(connectionId);
    const QPointer<QObject> ctx = context;
    connect(job, &QKeychain::Job::finished, this, [ctx, cb](QKeychain::Job *j) {
        const ApiError error = keychainError(int(j->error()), j->errorString());
        if (error.isError())
            qCWarning(lcKeychain) << "deleting the secret failed:" << error.code;
        if (ctx && cb)
            cb(error);
    });
    job->start();
}

} // namespace td
