#include "app/migration/MigrationCheckJobs.h"

#include <QJsonArray>

#include "app/domain/JsonReader.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/StepCall.h"
#include "app/migration/MigrationCleanup.h"
#include "app/migration/MigrationValidator.h"

namespace td {

namespace {

const QString kValidate = QStringLiteral("validate");
const QString kAccess = QStringLiteral("access");

void validateStep(StepCall *call)
{
    const PlanCustomer customer =
        PlanCustomer::fromJson(call->params().value(QLatin1String("customer")).toObject());
    QStringList roles;
    for (const QJsonValue &v : call->jobParams().value(QLatin1String("rlsRoles")).toArray())
        roles << v.toString();
    auto *v = new MigrationValidator(call->session(), call);
    v->setRlsIdentity(jsonString(call->jobParams(), "rlsUser"), roles);
    QObject::connect(v, &MigrationValidator::customerDone, call,
                     [call](const QString &, const ValidationResult &r) {
                         if (!call->isFinished())
                             call->succeed(r.toJson());
                     });
    QObject::connect(call, &StepCall::cancelRequested, v, [call, v] {
        v->cancel();
        if (!call->isFinished())
            call->fail(ApiError::make(ApiError::Kind::Cancelled, MigrationCheckJobs::tr("Cancelled.")));
    });
    v->start({customer}, {{customer.customerId, jsonString(call->params(), "profileId")}});
}

void accessStep(StepCall *call)
{
    const QJsonObject job = call->jobParams();
    MigrationCleanup::Target t{
        PlanCustomer::fromJson(call->params().value(QLatin1String("customer")).toObject()),
        jsonString(call->params(), "profileId"),
        CleanupRecord::fromJson(call->params().value(QLatin1String("record")).toObject())};
    auto *c = new MigrationCleanup(call->session(), call);
    QObject::connect(c, &MigrationCleanup::customerDone, call,
                     [call](const QString &, const CleanupRecord &r) {
                         if (!call->isFinished())
                             call->succeed(r.toJson());
                     });
    QObject::connect(call, &StepCall::cancelRequested, call, [call] {
        if (!call->isFinished())
            call->fail(ApiError::make(ApiError::Kind::Cancelled, MigrationCheckJobs::tr("Cancelled.")));
    });
    if (job.value(QLatin1String("restore")).toBool())
        c->restore({t});
    else
        c->cleanup({t}, jsonString(job, "spObjectId"), jsonString(job, "masterUser"));
}

} // namespace

void MigrationCheckJobs::registerWith(JobTypeRegistry &types)
{
    types.registerType(validateType(), [](const QJsonObject &, const QJsonObject &) {
        return QVector<JobStep>{{kValidate, &validateStep}};
    });
    types.registerType(accessType(), [](const QJsonObject &, const QJsonObject &) {
        return QVector<JobStep>{{kAccess, &accessStep}};
    });
}

JobRequest MigrationCheckJobs::validateRequest(const QString &connectionId,
                                               const QVector<PlanCustomer> &customers,
                                               const QHash<QString, QString> &profileIds,
                                               const QString &rlsUser, const QStringList &rlsRoles)
{
    JobRequest r;
    r.type = validateType();
    r.connectionId = connectionId;
    r.params = {{QStringLiteral("rlsUser"), rlsUser},
                {QStringLiteral("rlsRoles"), QJsonArray::fromStringList(rlsRoles)}};
    r.title = tr("Validate %n migrated customer(s) as their profiles", nullptr, int(customers.size()));
    for (const PlanCustomer &c : customers)
        r.items.append({c.customerId,
                        c.displayName,
                        {{QStringLiteral("customer"), c.toJson()},
                         {QStringLiteral("profileId"), profileIds.value(c.customerId)}}});
    return r;
}

JobRequest MigrationCheckJobs::accessRequest(const QString &connectionId,
                                             const QVector<MigrationCleanup::Target> &targets, bool restore,
                                             const QString &spObjectId, const QString &masterUser)
{
    JobRequest r;
    r.type = accessType();
    r.connectionId = connectionId;
    r.params = {{QStringLiteral("restore"), restore},
                {QStringLiteral("spObjectId"), spObjectId},
                {QStringLiteral("masterUser"), masterUser}};
    r.title = restore ? tr("Restore the access of %n customer(s)", nullptr, int(targets.size()))
                      : tr("Clean up the access of %n customer(s)", nullptr, int(targets.size()));
    for (const MigrationCleanup::Target &t : targets) {
        QJsonObject p{{QStringLiteral("customer"), t.customer.toJson()},
                      {QStringLiteral("profileId"), t.profileId}};
        if (restore)
            p.insert(QStringLiteral("record"), t.record.toJson());
        r.items.append({t.customer.customerId, t.customer.displayName, p});
    }
    return r;
}

bool MigrationCheckJobs::hasResult(const JobItemInfo &item)
{
    return item.state == ItemState::Done &&
           (item.result.contains(kValidate) || item.result.contains(kAccess));
}

ValidationResult MigrationCheckJobs::validation(const JobItemInfo &item)
{
    return ValidationResult::fromJson(item.result.value(kValidate).toObject());
}

CleanupRecord MigrationCheckJobs::record(const JobItemInfo &item)
{
    return CleanupRecord::fromJson(item.result.value(kAccess).toObject());
}

QHash<QString, JobItemInfo> MigrationCheckJobs::latestItems(const JobEngine *engine,
                                                            const QStringList &jobIds, const QString &type)
{
    QHash<QString, JobItemInfo> latest;
    if (!engine)
        return latest;
    for (auto id = jobIds.crbegin(); id != jobIds.crend(); ++id) {
        if (engine->job(*id).type != type)
            continue;
        for (const JobItemInfo &i : engine->items(*id)) {
            if (hasResult(i) && !latest.contains(i.key))
                latest.insert(i.key, i);
        }
    }
    return latest;
}

QHash<QString, ValidationResult> MigrationCheckJobs::validations(const JobEngine *engine,
                                                                 const QStringList &jobIds)
{
    QHash<QString, ValidationResult> out;
    const QHash<QString, JobItemInfo> items = latestItems(engine, jobIds, validateType());
    for (auto it = items.constBegin(); it != items.constEnd(); ++it)
        out.insert(it.key(), validation(it.value()));
    return out;
}

QHash<QString, CleanupRecord> MigrationCheckJobs::cleanupRecords(const JobEngine *engine,
                                                                 const QStringList &jobIds)
{
    QHash<QString, CleanupRecord> out;
    const QHash<QString, JobItemInfo> items = latestItems(engine, jobIds, accessType());
    for (auto it = items.constBegin(); it != items.constEnd(); ++it)
        out.insert(it.key(), record(it.value()));
    return out;
}

QString MigrationCheckJobs::lastStep(const JobEngine *engine, const QStringList &jobIds)
{
    if (!engine || jobIds.isEmpty())
        return {};
    const JobInfo last = engine->job(jobIds.last());
    if (last.type == validateType())
        return QStringLiteral("validate");
    if (last.type == accessType())
        return last.params.value(QLatin1String("restore")).toBool() ? QStringLiteral("restore")
                                                                    : QStringLiteral("cleanup");
    return {};
}

} // namespace td
