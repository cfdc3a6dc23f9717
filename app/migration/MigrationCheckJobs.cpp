#include "app/migration/MigrationCheckJobs.h"

#include <QJsonArray>

#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/StepCall.h"
#include "app/migration/MigrationCleanup.h"
#include "app/migration/MigrationValidator.h"

namespace td {

namespace {

const QString kValidate = QStringLiteral("validate");
const QString kAccess = QStringLiteral("access");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

void validateStep(StepCall *call)
{
    const PlanCustomer customer =
        PlanCustomer::fromJson(call->params().value(QLatin1String("customer")).toObject());
    QStringList roles;
    for (const QJsonValue &v : call->jobParams().value(QLatin1String("rlsRoles")).toArray())
        roles << v.toString();
    auto *v = new MigrationValidator(call->session(), call);
    v->setRlsIdentity(str(call->jobParams(), "rlsUser"), roles);
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
    v->start({customer}, {{customer.customerId, str(call->params(), "profileId")}});
}

void accessStep(StepCall *call)
{
    const QJsonObject job = call->jobParams();
    MigrationCleanup::Target t{
        PlanCustomer::fromJson(call->params().value(QLatin1String("customer")).toObject()),
        str(call->params(), "profileId"),
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
        c->cleanup({t}, str(job, "spObjectId"), str(job, "masterUser"));
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
    r.params = {{QStringLiteral("rlsUser"), rlsUser}, {QStringLiteral("rlsRoles"), toArray(rlsRoles)}};
    r.title = tr("Validate %n migrated customer(s) as their profiles", nullptr, int(customers.size()));
    for (const PlanCustomer &c : customers)
        r.items.append({c.customerId,
                        c.displayName,
                        {{QStringLiteral("customer"), c.toJson()},
                         {QStringLiteral("profileId"), profileIds.value(c.customerId)}}});
    return r;
}

JobRequest MigrationCheckJobs::accessRequest(const QString &connectionId,
                                             const QVector<AccessTarget> &targets, bool restore,
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
    for (const AccessTarget &t : targets) {
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

} // namespace td
