#include "app/onboarding/OnboardJobType.h"

#include <QFileInfo>
#include <QJsonArray>

#include "app/domain/JsonReader.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/StepCall.h"
#include "app/onboarding/ExistingCustomers.h"
#include "app/onboarding/OnboardJobParams.h"
#include "app/onboarding/OnboardSteps.h"
#include "app/ops/ContentOps.h"
#include "app/ops/EnsureOps.h"
#include "app/ops/OpStep.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

namespace onboard {

QString out(StepCall *call, const char *step, const char *key)
{
    return call->output(QLatin1String(step)).value(QLatin1String(key)).toString();
}

void writeCustomer(const OnboardCtx &c, StepCall *call, const QString &status, const QJsonObject &output)
{
    if (!c.registry || !call->session())
        return;
    QJsonObject outputs = call->context().outputs;
    if (!output.isEmpty())
        outputs.insert(call->context().stepName, output);
    auto get = [&outputs](const char *step, const char *key) {
        return outputs.value(QLatin1String(step)).toObject().value(QLatin1String(key)).toString();
    };
    const QString connectionId = call->session()->connection().id;
    Customer cu = c.registry->find(connectionId, c.row.customerId);
    cu.customerId = c.row.customerId;
    cu.displayName = c.row.displayName;
    cu.connectionId = connectionId;
    cu.identity = Customer::Identity::Profile;
    const QString profileId = get("profile", "profileId");
    const QString workspaceId = get("workspace", "workspaceId");
    if (!profileId.isEmpty())
        cu.profileId = profileId;
    if (!workspaceId.isEmpty() && !cu.workspaceIds.contains(workspaceId, Qt::CaseInsensitive))
        cu.workspaceIds << workspaceId;
    if (!get("capacity", "capacityId").isEmpty())
        cu.capacityId = get("capacity", "capacityId");
    cu.onboarding = onboardingCreated(outputs, cu.onboarding); // over an earlier run of this onboarding
    cu.status = status;
    QString error;
    if (!c.registry->upsert(cu, &error) && status == QLatin1String("active"))
        call->fail(OnboardJobType::tr("The customer registry refused %1: %2").arg(c.row.customerId, error));
}

// Why this item must not create a profile for its customer: the registry holds the customer from
// another onboarding (ExistingCustomers::conflict), so a new profile would re-point it. A bulk
// onboarding refuses such rows before the run; this catches a registry changed since.
QString registeredConflict(const OnboardCtx &c, StepCall *call)
{
    if (!c.registry || !call->session() || c.row.update)
        return {};
    return ExistingCustomers::conflict(c.registry->find(call->session()->connection().id, c.row.customerId),
                                       c.row.displayName);
}

OpStep::Failed failedAs(const OnboardCtx &c, const QString &step)
{
    return [c, step](StepCall *call, const OpResult &) {
        writeCustomer(c, call, QStringLiteral("failed:") + step);
    };
}

} // namespace onboard

namespace {

using Ctx = OnboardCtx;
using onboard::failedAs;
using onboard::out;
using onboard::writeCustomer;

JobStep profileStep(const Ctx &c)
{
    return {
        QStringLiteral("profile"), [c](StepCall *call) {
            if (!c.profileId.isEmpty()) { // an existing profile: nothing to create
                call->succeed(
                    {{QStringLiteral("profileId"), c.profileId}, {QStringLiteral("created"), false}});
                return;
            }
            const QString conflict = onboard::registeredConflict(c, call);
            if (!conflict.isEmpty())
                return call->fail(conflict);
            const QString name = c.profileName.isEmpty() ? c.job.naming.profileName(c.row) : c.profileName;
            OpStep::run(
                call, [name](StepCall *k) { return new EnsureProfileOp(k->session(), name, k); },
                [c](StepCall *k, const OpResult &r) {
                    if (r.output.value(QLatin1String("created")).toBool())
                        writeCustomer(c, k, QStringLiteral("onboarding"), r.output); // known after a restart
                    k->succeed(r.output, r.requestId);
                },
                c.retry(), failedAs(c, QStringLiteral("profile")));
        }};
}

// An existing workspace: the profile is made its Admin (by the service principal), found if it is. A
// registered customer's own workspace is looked at as its profile (the service principal may not see it).
void adminOfExisting(const Ctx &c, StepCall *call)
{
    const QString profileId = out(call, "profile", "profileId");
    const QString acting = c.row.update ? profileId : QString();
    OpStep::run(
        call,
        [c, profileId, acting](StepCall *k) {
            return new EnsureProfileAdminOp(k->session(), acting, c.workspaceId, profileId,
                                            k->session()->connection().servicePrincipalObjectId, k);
        },
        [c](StepCall *k, const OpResult &r) {
            QJsonObject o = r.output;
            o.insert(QStringLiteral("workspaceId"), c.workspaceId);
            if (o.value(QLatin1String("added")).toBool())
                writeCustomer(c, k, QStringLiteral("onboarding"), o);
            k->succeed(o, r.requestId);
        },
        c.retry(), failedAs(c, QStringLiteral("workspace")));
}

JobStep workspaceStep(const Ctx &c)
{
    return {QStringLiteral("workspace"), [c](StepCall *call) {
                if (!c.workspaceId.isEmpty())
                    return adminOfExisting(c, call);
                const QString name =
                    c.workspaceName.isEmpty() ? c.job.naming.workspaceName(c.row) : c.workspaceName;
                const QString profileId = out(call, "profile", "profileId");
                OpStep::run(
                    call,
                    [name, profileId](StepCall *k) {
                        return new EnsureWorkspaceOp(k->session(), profileId, name, k);
                    },
                    [c](StepCall *k, const OpResult &r) {
                        if (r.output.value(QLatin1String("created")).toBool())
                            writeCustomer(c, k, QStringLiteral("onboarding"), r.output);
                        k->succeed(r.output, r.requestId);
                    },
                    c.retry(), failedAs(c, QStringLiteral("workspace")));
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

// Imports the files one after another; the output has the first file's ids and "imports" (every file).
void importFrom(const Ctx &c, StepCall *call, int index, QJsonArray imports)
{
    if (index >= c.pbixFiles.size()) {
        QJsonObject o = imports.first().toObject();
        o.insert(QStringLiteral("imports"), imports);
        call->succeed(o);
        return;
    }
    const QString profileId = out(call, "profile", "profileId");
    const QString workspaceId = out(call, "workspace", "workspaceId");
    const QString file = c.pbixFiles.at(index);
    OnboardingRow named = c.row;
    named.pbixPath = file;
    const QString name = c.job.naming.datasetName(named);
    OpStep::run(
        call,
        [c, profileId, workspaceId, file, name](StepCall *k) -> AsyncOp * {
            const QFileInfo info(file);
            if (!info.isFile() || !info.isReadable()) {
                writeCustomer(c, k, QStringLiteral("failed:import"));
                k->fail(OnboardJobType::tr("The file %1 does not exist or cannot be read.").arg(file));
                return nullptr;
            }
            // A registered customer updated gets its content again, over what it had.
            const QString conflict = c.row.update ? QStringLiteral("CreateOrOverwrite") : c.job.nameConflict;
            auto *op = new ImportOp(k->session(), profileId, workspaceId, file, name, conflict, k);
            op->setPollInterval(c.job.pollMs);
            QObject::connect(op, &ImportOp::uploadProgress, k, &StepCall::reportProgress);
            return op;
        },
        [c, file, index, imports](StepCall *k, const OpResult &r) {
            QJsonObject one = r.output;
            one.insert(QStringLiteral("file"), file);
            QJsonArray more = imports;
            more.append(one);
            importFrom(c, k, index + 1, more);
        },
        c.retry(), failedAs(c, QStringLiteral("import")));
}

JobStep importStep(const Ctx &c)
{
    return {QStringLiteral("import"), [c](StepCall *call) { importFrom(c, call, 0, {}); }};
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

} // namespace

void OnboardJobType::registerWith(JobTypeRegistry &types, CustomerRegistry *registry)
{
    types.registerType(typeName(), [registry](const QJsonObject &jobParams, const QJsonObject &itemParams) {
        return plan(jobParams, itemParams, registry);
    });
}

QVector<JobStep> OnboardJobType::plan(const QJsonObject &jobParams, const QJsonObject &itemParams,
                                      CustomerRegistry *registry)
{
    Ctx c = OnboardCtx::fromParams(jobParams, itemParams);
    c.registry = registry;
    QVector<JobStep> steps{profileStep(c), workspaceStep(c)};
    if (!c.row.capacityId.isEmpty())
        steps << capacityStep(c);
    if (!c.pbixFiles.isEmpty()) {
        steps << importStep(c);
        if (c.hasParameterValues() || c.reviewParameters)
            steps << onboard::parametersStep(c);
        if (c.setCredentials)
            steps << onboard::credentialsStep(c);
        if (c.refresh)
            steps << onboard::refreshStep(c);
        if (c.embedCheck)
            steps << onboard::embedCheckStep(c);
    }
    steps << registryStep(c);
    return steps;
}

QStringList OnboardJobType::stepNames(const QJsonObject &jobParams, const QJsonObject &itemParams)
{
    QStringList names;
    for (const JobStep &s : plan(jobParams, itemParams, nullptr))
        names << s.name;
    return names;
}

OnboardCtx OnboardCtx::fromParams(const QJsonObject &jobParams, const QJsonObject &itemParams)
{
    OnboardCtx c;
    c.job = OnboardJobParams::fromJson(jobParams);
    c.row = onboardRowFromParams(itemParams, c.job.csvDir);
    c.profileId = jsonString(itemParams, "profileId");
    c.profileName = jsonString(itemParams, "profileName");
    c.workspaceId = jsonString(itemParams, "workspaceId");
    c.workspaceName = jsonString(itemParams, "workspaceName");
    for (const QJsonValue &v : itemParams.value(QLatin1String("pbixFiles")).toArray())
        c.pbixFiles << v.toString();
    if (!c.row.pbixPath.isEmpty())
        c.pbixFiles.prepend(c.row.pbixPath);
    c.reviewParameters = jsonBool(itemParams, "reviewParameters");
    c.refresh = jsonBool(itemParams, "refresh");
    c.embedCheck = jsonBool(itemParams, "embedCheck");
    const QJsonObject cred = itemParams.value(QLatin1String("credentials")).toObject();
    c.setCredentials = !cred.isEmpty();
    c.credentials.type = DatasourceCredentials::Type(cred.value(QLatin1String("type")).toInt());
    c.credentials.username = cred.value(QLatin1String("username")).toString();
    c.credentials.privacyLevel =
        cred.value(QLatin1String("privacyLevel")).toString(c.credentials.privacyLevel);
    c.credentials.encryptedConnection = cred.value(QLatin1String("encryptedConnection")).toBool(true);
    return c;
}

bool OnboardCtx::hasParameterValues() const
{
    for (const auto &p : row.parameters) {
        if (!p.second.isEmpty())
            return true;
    }
    return false;
}

} // namespace td
