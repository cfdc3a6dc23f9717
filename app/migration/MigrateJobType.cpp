#include "app/migration/MigrateJobType.h"

#include <QJsonArray>

#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/StepCall.h"
#include "app/migration/MigrationOps.h"
#include "app/ops/OpStep.h"
#include "app/ops/EnsureOps.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

namespace {

struct Ctx
{
    PlanCustomer customer;
    QString spObjectId;
    CustomerRegistry *registry = nullptr;
};

QString profileOf(StepCall *call)
{
    return call->output(QStringLiteral("profile")).value(QLatin1String("profileId")).toString();
}

JobStep profileStep(const Ctx &c)
{
    return {QStringLiteral("profile"), [c](StepCall *call) {
                const QString name = c.customer.profileName;
                OpStep::run(
                    call, [name](StepCall *k) { return new EnsureProfileOp(k->session(), name, k); },
                    [](StepCall *k, const OpResult &r) { k->succeed(r.output, r.requestId); }, {});
            }};
}

JobStep adminStep(const Ctx &c)
{
    return {QStringLiteral("admin"), [c](StepCall *call) {
                const QString profileId = profileOf(call);
                OpStep::run(
                    call,
                    [c, profileId](StepCall *k) -> AsyncOp * {
                        QVector<OpSequence::Make> ops;
                        for (const auto &w : c.customer.workspaces) {
                            const QString ws = w.first;
                            ops << [k, ws, profileId, c](QObject *parent) {
                                return new EnsureProfileAdminOp(k->session(), QString(), ws, profileId,
                                                                c.spObjectId, parent);
                            };
                        }
                        return new OpSequence(k->session(), ops, {}, k);
                    },
                    [](StepCall *k, const OpResult &r) { k->succeed(r.output, r.requestId); }, {});
            }};
}

JobStep takeOverStep(const Ctx &c)
{
    return {QStringLiteral("takeover"), [c](StepCall *call) {
                const QString profileId = profileOf(call);
                QVector<LegacyItem> models;
                for (const LegacyItem &m : c.customer.models) {
                    if (c.customer.takeOver.contains(m.id, Qt::CaseInsensitive))
                        models << m;
                }
                OpStep::run(
                    call,
                    [c, profileId, models](StepCall *k) -> AsyncOp * {
                        QVector<OpSequence::Make> ops;
                        for (const LegacyItem &m : models) {
                            ops << [k, m, profileId](QObject *parent) {
                                return new TakeOverOp(k->session(), profileId, m.workspaceId, m.id, parent);
                            };
                        }
                        return new OpSequence(k->session(), ops, {}, k);
                    },
                    [models](StepCall *k, const OpResult &r) {
                        QJsonArray taken, credentials;
                        for (const LegacyItem &m : models) {
                            taken.append(m.id);
                            credentials.append(m.name);
                        }
                        k->succeed({{QStringLiteral("taken"), taken},
                                    {QStringLiteral("credentialsToSet"), credentials}},
                                   r.requestId);
                    },
                    {});
            }};
}

JobStep registryStep(const Ctx &c)
{
    return {QStringLiteral("registry"), [c](StepCall *call) {
                if (!c.registry || !call->session()) {
                    call->succeed({{QStringLiteral("status"), QStringLiteral("skipped")}});
                    return;
                }
                const QString connectionId = call->session()->connection().id;
                Customer cu = c.registry->find(connectionId, c.customer.customerId);
                cu.customerId = c.customer.customerId;
                cu.displayName = c.customer.displayName;
                cu.connectionId = connectionId;
                cu.identity = Customer::Identity::Profile;
                cu.profileId = profileOf(call);
                for (const QString &ws : c.customer.workspaceIds()) {
                    if (!cu.workspaceIds.contains(ws, Qt::CaseInsensitive))
                        cu.workspaceIds << ws;
                }
                cu.status = QStringLiteral("migrated");
                QString error;
                if (!c.registry->upsert(cu, &error)) {
                    call->fail(MigrateJobType::tr("The customer registry refused %1: %2")
                                   .arg(c.customer.customerId, error));
                    return;
                }
                call->succeed({{QStringLiteral("status"), cu.status}});
            }};
}

} // namespace

void MigrateJobType::registerWith(JobTypeRegistry &types, CustomerRegistry *registry)
{
    types.registerType(typeName(), [registry](const QJsonObject &jobParams, const QJsonObject &itemParams) {
        return plan(jobParams, itemParams, registry);
    });
}

QVector<JobStep> MigrateJobType::plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                      CustomerRegistry *registry)
{
    Ctx c;
    c.customer = PlanCustomer::fromJson(itemParams);
    c.spObjectId = jobParams.value(QLatin1String("spObjectId")).toString();
    c.registry = registry;
    return {profileStep(c), adminStep(c), takeOverStep(c), registryStep(c)};
}

QStringList MigrateJobType::stepNames()
{
    return {QStringLiteral("profile"), QStringLiteral("admin"), QStringLiteral("takeover"),
            QStringLiteral("registry")};
}

QJsonObject MigrateJobType::jobParams(const QString &spObjectId)
{
    return {{QStringLiteral("spObjectId"), spObjectId}};
}

} // namespace td
