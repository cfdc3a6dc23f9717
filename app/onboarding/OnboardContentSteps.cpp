// The "onboard" steps after the import: parameters (given, or reviewed: read from the models, then the
// item needs input), data source credentials, refresh and the embed check, each for every imported model.
#include <QJsonArray>

#include "app/jobs/StepCall.h"
#include "app/onboarding/OnboardJobType.h"
#include "app/onboarding/OnboardSteps.h"
#include "app/ops/ContentOps.h"
#include "app/ops/ParametersOp.h"
#include "app/ops/ReadParametersOp.h"
#include "app/session/ConnectionSession.h"

namespace td::onboard {

namespace {

using Values = QVector<QPair<QString, QString>>;
using MakeFor = std::function<AsyncOp *(StepCall *call, const QString &datasetId)>;

// Runs one op per imported model, one after another; the step succeeds with {"datasets": count}.
void perDataset(const OnboardCtx &c, StepCall *call, const QString &step, const MakeFor &make, int index = 0)
{
    const QStringList ids = datasetIds(call);
    if (index >= ids.size()) {
        call->succeed({{QStringLiteral("datasets"), int(ids.size())}});
        return;
    }
    const QString id = ids.at(index);
    OpStep::run(
        call, [make, id](StepCall *k) { return make(k, id); },
        [c, step, make, index](StepCall *k, const OpResult &) { perDataset(c, k, step, make, index + 1); },
        c.retry(), failedAs(c, step));
}

Values givenValues(const OnboardCtx &c, const QJsonObject &input)
{
    Values values;
    const QJsonObject answered = input.value(QLatin1String("values")).toObject();
    for (const auto &p : c.row.parameters) {
        if (!p.second.isEmpty() && !answered.contains(p.first))
            values.append(p);
    }
    for (auto it = answered.begin(); it != answered.end(); ++it)
        values.append({it.key(), it.value().toString()});
    return values;
}

// The request of a reviewed parameters step: each model's parameters, and the values known so far.
QJsonObject parametersRequest(const OnboardCtx &c, const QJsonObject &read)
{
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : read.value(QLatin1String("parameters")).toArray())
        byName.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
    QJsonArray datasets;
    const QJsonObject names = read.value(QLatin1String("datasets")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        QJsonArray params;
        for (const QJsonValue &n : it.value().toArray())
            params.append(byName.value(n.toString()));
        datasets.append(
            QJsonObject{{QStringLiteral("datasetId"), it.key()}, {QStringLiteral("parameters"), params}});
    }
    QJsonObject prefill;
    for (const auto &p : c.row.parameters) {
        if (!p.second.isEmpty())
            prefill.insert(p.first, p.second);
    }
    return {{QStringLiteral("kind"), QStringLiteral("modelParameters")},
            {QStringLiteral("datasets"), datasets},
            {QStringLiteral("prefill"), prefill}};
}

// Reviewed: the models' parameters are read; without input the item waits for it, with input each model
// gets the values of the parameters it has.
void reviewParameters(const OnboardCtx &c, StepCall *call)
{
    const QString profileId = out(call, "profile", "profileId");
    const QString workspaceId = out(call, "workspace", "workspaceId");
    const QStringList ids = datasetIds(call);
    OpStep::run(
        call,
        [profileId, workspaceId, ids](StepCall *k) {
            return new ReadParametersOp(k->session(), profileId, workspaceId, ids, k);
        },
        [c, profileId, workspaceId](StepCall *k, const OpResult &r) {
            if (r.output.value(QLatin1String("parameters")).toArray().isEmpty())
                return k->succeed({{QStringLiteral("updated"), 0}});
            if (k->input().isEmpty())
                return k->needInput(parametersRequest(c, r.output));
            const Values values = givenValues(c, k->input());
            const QJsonObject names = r.output.value(QLatin1String("datasets")).toObject();
            perDataset(c, k, QStringLiteral("parameters"),
                       [profileId, workspaceId, values, names](StepCall *kk, const QString &id) {
                           const QJsonArray has = names.value(id).toArray();
                           Values own;
                           for (const auto &nv : values) {
                               if (has.contains(nv.first))
                                   own.append(nv);
                           }
                           return new ParametersOp(kk->session(), profileId, workspaceId, id, own, kk);
                       });
        },
        c.retry(), failedAs(c, QStringLiteral("parameters")));
}

} // namespace

QStringList datasetIds(StepCall *call, const char *key)
{
    QStringList ids;
    for (const QJsonValue &v :
         call->output(QStringLiteral("import")).value(QLatin1String("imports")).toArray()) {
        const QString id = v.toObject().value(QLatin1String(key)).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    const QString single = out(call, "import", key); // journaled before "imports" existed
    if (ids.isEmpty() && !single.isEmpty())
        ids << single;
    return ids;
}

JobStep parametersStep(const OnboardCtx &c)
{
    return {QStringLiteral("parameters"), [c](StepCall *call) {
                if (c.reviewParameters)
                    return reviewParameters(c, call);
                const QString profileId = out(call, "profile", "profileId");
                const QString workspaceId = out(call, "workspace", "workspaceId");
                const Values values = givenValues(c, {});
                perDataset(c, call, QStringLiteral("parameters"),
                           [profileId, workspaceId, values](StepCall *k, const QString &id) {
                               return new ParametersOp(k->session(), profileId, workspaceId, id, values, k);
                           });
            }};
}

// The secret is in the engine's memory only: after a restart the item asks for it again.
JobStep credentialsStep(const OnboardCtx &c)
{
    return {
        QStringLiteral("credentials"), [c](StepCall *call) {
            DatasourceCredentials cred = c.credentials;
            cred.secret = call->secret();
            if (cred.type != DatasourceCredentials::Type::Anonymous && cred.secret.isEmpty()) {
                if (!call->input().isEmpty())
                    return call->fail(OnboardJobType::tr("The input has no secret for the data sources."));
                return call->needInput({{QStringLiteral("kind"), QStringLiteral("credentials")},
                                        {QStringLiteral("type"), DatasourceCredentials::typeName(cred.type)},
                                        {QStringLiteral("username"), cred.username}});
            }
            const QString profileId = out(call, "profile", "profileId");
            const QString workspaceId = out(call, "workspace", "workspaceId");
            perDataset(c, call, QStringLiteral("credentials"),
                       [profileId, workspaceId, cred](StepCall *k, const QString &id) {
                           return new SetCredentialsOp(k->session(), profileId, workspaceId, id, cred, k);
                       });
        }};
}

JobStep refreshStep(const OnboardCtx &c)
{
    return {QStringLiteral("refresh"), [c](StepCall *call) {
                const QString profileId = out(call, "profile", "profileId");
                const QString workspaceId = out(call, "workspace", "workspaceId");
                perDataset(c, call, QStringLiteral("refresh"),
                           [c, profileId, workspaceId](StepCall *k, const QString &id) {
                               auto *op = new RefreshOp(k->session(), profileId, workspaceId, id, k);
                               op->setPollInterval(c.job.pollMs);
                               return op;
                           });
            }};
}

JobStep embedCheckStep(const OnboardCtx &c)
{
    return {
        QStringLiteral("embedcheck"), [c](StepCall *call) {
            const QString profileId = out(call, "profile", "profileId");
            GenerateTokenRequest req;
            req.reportIds = datasetIds(call, "reportId");
            req.datasetIds = datasetIds(call);
            req.targetWorkspaceIds << out(call, "workspace", "workspaceId");
            OpStep::run(
                call,
                [profileId, req](StepCall *k) { return new EmbedCheckOp(k->session(), profileId, req, k); },
                [](StepCall *k, const OpResult &r) { k->succeed(r.output, r.requestId); }, c.retry(),
                failedAs(c, QStringLiteral("embedcheck")));
        }};
}

} // namespace td::onboard
