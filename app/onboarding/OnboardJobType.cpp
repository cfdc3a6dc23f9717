#include "app/onboarding/OnboardJobType.h"

#include <QFileInfo>

#include "app/audit/AuditLog.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/StepCall.h"
#include "app/onboarding/OnboardJobParams.h"
#include "app/ops/OpStep.h"
#include "app/ops/ContentOps.h"
#include "app/ops/EnsureOps.h"
#include "app/ops/ParametersOp.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

namespace {

struct Ctx
{
    OnboardJobParams job;
    OnboardingRow row;
    CustomerRegistry *registry = nullptr;
    AuditLog *audit = nullptr;
    OpStep::Retry retry() const { return {job.retries, job.retryDelayMs}; }
};

QString out(StepCall *call, const char *step, const char *key)
{
    return call->output(QLatin1String(step)).value(QLatin1String(key)).toString();
}

// The customer as the registry should hold it after this call's item got this far.
void writeCustomer(const Ctx &c, StepCall *call, const QString &status, const QJsonObject &extra = {})
{
    if (!c.registry || !call->session())
        return;
    const QString connectionId = call->session()->connection().id;
    Customer cu = c.registry->find(connectionId, c.row.customerId);
    cu.customerId = c.row.customerId;
    cu.displayName = c.row.displayName;
    cu.connectionId = connectionId;
    cu.identity = Customer::Identity::Profile;
    const QString profileId =
        extra.value(QLatin1String("profileId")).toString(out(call, "profile", "profileId"));
    const QString workspaceId =
        extra.value(QLatin1String("workspaceId")).toString(out(call, "workspace", "workspaceId"));
    if (!profileId.isEmpty())
        cu.profileId = profileId;
    if (!workspaceId.isEmpty() && !cu.workspaceIds.contains(workspaceId, Qt::CaseInsensitive))
        cu.workspaceIds << workspaceId;
    if (!out(call, "capacity", "capacityId").isEmpty())
        cu.capacityId = out(call, "capacity", "capacityId");
    cu.status = status;
    QString error;
    if (!c.registry->upsert(cu, &error) && status == QLatin1String("active"))
        call->fail(OnboardJobType::tr("The customer registry refused %1: %2").arg(c.row.customerId, error));
}

OpStep::Failed failedAs(const Ctx &c, const QString &step)
{
    return [c, step](StepCall *call, const OpResult &) {
        writeCustomer(c, call, QStringLiteral("failed:") + step);
    };
}

JobStep profileStep(const Ctx &c)
{
    return {QStringLiteral("profile"), [c](StepCall *call) {
                const QString name = c.job.naming.profileName(c.row);
                OpStep::run(
                    call, [name](StepCall *k) { return new EnsureProfileOp(k->session(), name, k); },
                    [](StepCall *k, const OpResult &r) { k->succeed(r.output, r.requestId); }, c.retry(),
                    failedAs(c, QStringLiteral("profile")));
            }};
}

JobStep workspaceStep(const Ctx &c)
{
    return {QStringLiteral("workspace"), [c](StepCall *call) {
                const QString name = c.job.naming.workspaceName(c.row);
                const QString profileId = out(call, "profile", "profileId");
                OpStep::run(
                    call,
                    [name, profileId](StepCall *k) {
                        return new EnsureWorkspaceOp(k->session(), profileId, name, k);
                    },
                    [](StepCall *k, const OpResult &r) { k->succeed(r.output, r.requestId); }, c.retry(),
                    failedAs(c, QStringLiteral("workspace")));
            }};
}

JobStep capacityStep(const Ctx &c)
{
    return {QStringLiteral("capacity"), [c](StepCall *call) {
                const QString profileId = out(call, "profile", "profileId");
                const QString workspaceId = out(call, "workspace", "workspaceId");
                OpStep::run(
                    call,
                    [c, profileId, workspaceId](StepCall *k) {
                        auto *op =
                            new AssignCapacityOp(k->session(), profileId, workspaceId, c.row.capacityId, k);
                        op->setPollInterval(c.job.pollMs);
                        return op;
                    },
                    [c](StepCall *k, const OpResult &r) {
                        QJsonObject o = r.output;
                        o.insert(QStringLiteral("capacityId"), c.row.capacityId);
                        k->succeed(o, r.requestId);
                    },
                    c.retry(), failedAs(c, QStringLiteral("capacity")));
            }};
}

JobStep importStep(const Ctx &c)
{
    return {QStringLiteral("import"), [c](StepCall *call) {
                const QString profileId = out(call, "profile", "profileId");
                const QString workspaceId = out(call, "workspace", "workspaceId");
                const QString name = c.job.naming.datasetName(c.row);
                OpStep::run(
                    call,
                    [c, profileId, workspaceId, name](StepCall *k) -> AsyncOp * {
                        const QFileInfo file(c.row.pbixPath);
                        if (!file.isFile() || !file.isReadable()) {
                            writeCustomer(c, k, QStringLiteral("failed:import"));
                            k->fail(OnboardJobType::tr("The file %1 does not exist or cannot be read.")
                                        .arg(c.row.pbixPath));
                            return nullptr;
                        }
                        auto *op = new ImportOp(k->session(), profileId, workspaceId, c.row.pbixPath, name,
                                                c.job.nameConflict, k);
                        op->setPollInterval(c.job.pollMs);
                        return op;
                    },
                    [](StepCall *k, const OpResult &r) { k->succeed(r.output, r.requestId); }, c.retry(),
                    failedAs(c, QStringLiteral("import")));
            }};
}

JobStep parametersStep(const Ctx &c)
{
    return {QStringLiteral("parameters"), [c](StepCall *call) {
                const QString profileId = out(call, "profile", "profileId");
                const QString workspaceId = out(call, "workspace", "workspaceId");
                const QString datasetId = out(call, "import", "datasetId");
                QVector<QPair<QString, QString>> values;
                for (const auto &p : c.row.parameters) {
                    if (!p.second.isEmpty())
                        values.append(p);
                }
                OpStep::run(
                    call,
                    [profileId, workspaceId, datasetId, values](StepCall *k) {
                        return new ParametersOp(k->session(), profileId, workspaceId, datasetId, values, k);
                    },
                    [](StepCall *k, const OpResult &r) { k->succeed(r.output, r.requestId); }, c.retry(),
                    failedAs(c, QStringLiteral("parameters")));
            }};
}

JobStep registryStep(const Ctx &c)
{
    return {QStringLiteral("registry"), [c](StepCall *call) {
                writeCustomer(c, call, QStringLiteral("active"));
                if (call->isFinished())
                    return;
                call->succeed(QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}});
            }};
}

bool hasParameters(const OnboardingRow &row)
{
    for (const auto &p : row.parameters) {
        if (!p.second.isEmpty())
            return true;
    }
    return false;
}

} // namespace

void OnboardJobType::registerWith(JobTypeRegistry &types, CustomerRegistry *registry, AuditLog *audit)
{
    types.registerType(typeName(),
                       [registry, audit](const QJsonObject &jobParams, const QJsonObject &itemParams) {
                           return plan(jobParams, itemParams, registry, audit);
                       });
}

QVector<JobStep> OnboardJobType::plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                      CustomerRegistry *registry, AuditLog *audit)
{
    Ctx c;
    c.job = OnboardJobParams::fromJson(jobParams);
    c.row = onboardRowFromParams(itemParams, c.job.csvDir);
    c.registry = registry;
    c.audit = audit;
    QVector<JobStep> steps{profileStep(c), workspaceStep(c)};
    if (!c.row.capacityId.isEmpty())
        steps << capacityStep(c);
    if (!c.row.pbixPath.isEmpty()) {
        steps << importStep(c);
        if (hasParameters(c.row))
            steps << parametersStep(c);
    }
    steps << registryStep(c);
    return steps;
}

QStringList OnboardJobType::stepNames(const QJsonObject &jobParams, const QJsonObject &itemParams)
{
    QStringList names;
    for (const JobStep &s : plan(jobParams, itemParams, nullptr, nullptr))
        names << s.name;
    return names;
}

} // namespace td
