// The steps of OnboardingRun: each starts its op and ends in stepDone() or stepFailed().
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>

#include "app/audit/AuditLog.h"
#include "app/onboarding/OnboardingRun.h"
#include "app/ops/ContentOps.h"
#include "app/ops/EnsureOps.h"
#include "app/ops/ParametersOp.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

namespace {
QString str(const OpResult &r, const char *key)
{
    return r.output.value(QLatin1String(key)).toString();
}
bool flag(const OpResult &r, const char *key)
{
    return r.output.value(QLatin1String(key)).toBool();
}
} // namespace

void OnboardingRun::runStep(Step step)
{
    ConnectionSession *s = m_session;
    if (!s) {
        OpResult r;
        r.error = ApiError::make(ApiError::Kind::Config, tr("The connection is closed."));
        stepFailed(r);
        return;
    }
    switch (step) {
    case Step::Profile:
        if (!m_plan.createProfile) {
            m_profileId = m_plan.profileId;
            stepDone(tr("Existing profile %1").arg(m_profileId), OpResult{true, {}, {}, {}});
            return;
        }
        runOp(new EnsureProfileOp(s, m_plan.profileName, this), [this](const OpResult &r) {
            m_profileId = str(r, "profileId");
            if (flag(r, "created")) {
                m_created.profileId = m_profileId;
                m_created.profileName = m_plan.profileName;
                auditChange(QStringLiteral("createProfile"), QStringLiteral("profile"), m_profileId,
                            m_plan.profileName, r);
                writeCustomer(QStringLiteral("onboarding")); // the rollback knows it after a restart
            }
            stepDone(flag(r, "created") ? tr("Created profile %1").arg(m_profileId)
                                        : tr("Found profile %1").arg(m_profileId),
                     r);
        });
        return;
    case Step::Workspace:
        if (!m_plan.createWorkspace) {
            runOp(new EnsureProfileAdminOp(s, QString(), m_plan.workspaceId, m_profileId,
                                           s->connection().servicePrincipalObjectId, this),
                  [this](const OpResult &r) {
                      m_workspaceId = m_plan.workspaceId;
                      if (flag(r, "added")) {
                          m_created.adminWorkspaceId = m_workspaceId;
                          m_created.adminProfileId = m_profileId;
                          writeCustomer(QStringLiteral("onboarding"));
                          auditChange(QStringLiteral("addGroupUser"), QStringLiteral("workspace"),
                                      m_workspaceId, QString(), r,
                                      QStringLiteral("profile %1 as Admin").arg(m_profileId));
                      }
                      stepDone(flag(r, "added") ? tr("Profile added as Admin")
                                                : tr("Profile is Admin already"),
                               r);
                  });
            return;
        }
        runOp(new EnsureWorkspaceOp(s, m_profileId, m_plan.workspaceName, this), [this](const OpResult &r) {
            m_workspaceId = str(r, "workspaceId");
            if (flag(r, "created")) {
                m_created.workspaceId = m_workspaceId;
                m_created.workspaceName = m_plan.workspaceName;
                writeCustomer(QStringLiteral("onboarding"));
                auditChange(QStringLiteral("createGroup"), QStringLiteral("workspace"), m_workspaceId,
                            m_plan.workspaceName, r);
            }
            stepDone(flag(r, "created") ? tr("Created workspace %1").arg(m_workspaceId)
                                        : tr("Found workspace %1").arg(m_workspaceId),
                     r);
        });
        return;
    case Step::Capacity:
        runOp(new AssignCapacityOp(s, m_profileId, m_workspaceId, m_plan.capacityId, this),
              [this](const OpResult &r) {
                  auditChange(QStringLiteral("assignToCapacity"), QStringLiteral("workspace"), m_workspaceId,
                              QString(), r, QStringLiteral("capacity %1").arg(m_plan.capacityId));
                  stepDone(tr("Assigned (%1)").arg(str(r, "status")), r);
              });
        return;
    case Step::Import:
        m_imports.clear();
        runImport(0);
        return;
    case Step::Parameters:
        if (m_plan.reviewParameters && !m_parametersProvided) {
            readModelParameters(); // ends in NeedsInput (or Done when the models have none)
            return;
        }
        runPerDataset(0);
        return;
    case Step::Credentials:
    case Step::Refresh:
        runPerDataset(0);
        return;
    case Step::EmbedCheck: {
        GenerateTokenRequest req;
        for (const OnboardingImport &i : std::as_const(m_imports)) {
            if (!i.reportId.isEmpty())
                req.reportIds << i.reportId;
        }
        req.datasetIds = datasetIds();
        req.targetWorkspaceIds << m_workspaceId;
        runOp(new EmbedCheckOp(s, m_profileId, req, this), [this](const OpResult &r) {
            stepDone(tr("Embed token issued, expires %1").arg(str(r, "expiration")), r);
        });
        return;
    }
    case Step::Register: {
        writeCustomer(QStringLiteral("active"));
        return;
    }
    }
}

void OnboardingRun::runImport(int index)
{
    if (index >= m_plan.pbixFiles.size()) {
        QJsonArray arr;
        for (const OnboardingImport &i : std::as_const(m_imports))
            arr.append(QJsonObject{{QStringLiteral("file"), i.file},
                                   {QStringLiteral("importId"), i.importId},
                                   {QStringLiteral("reportId"), i.reportId},
                                   {QStringLiteral("datasetId"), i.datasetId},
                                   {QStringLiteral("created"), i.created}});
        OpResult r{true, {{QStringLiteral("imports"), arr}}, {}, {}};
        stepDone(tr("%n file(s) imported", nullptr, int(m_imports.size())), r);
        return;
    }
    const QString file = m_plan.pbixFiles.at(index);
    const QString name = QFileInfo(file).completeBaseName();
    auto *op = new ImportOp(m_session, m_profileId, m_workspaceId, file, name, m_plan.nameConflict, this);
    connect(op, &ImportOp::uploadProgress, this, &OnboardingRun::uploadProgress);
    runOp(op, [this, index, file, name](const OpResult &r) {
        OnboardingImport i;
        i.file = file;
        i.importId = str(r, "importId");
        i.reportId = str(r, "reportId");
        i.datasetId = str(r, "datasetId");
        i.created = flag(r, "created");
        m_imports << i;
        if (i.created)
            auditChange(QStringLiteral("import"), QStringLiteral("dataset"), i.datasetId, name, r,
                        QStringLiteral("import %1 report %2").arg(i.importId, i.reportId));
        runImport(index + 1);
    });
}

QStringList OnboardingRun::datasetIds() const
{
    QStringList ids;
    for (const OnboardingImport &i : m_imports) {
        if (!i.datasetId.isEmpty() && !ids.contains(i.datasetId))
            ids << i.datasetId;
    }
    return ids;
}

// Parameters, credentials and refresh apply to every imported semantic model, one after another.
void OnboardingRun::runPerDataset(int index)
{
    const Step step = Step(m_current);
    const QStringList ids = datasetIds();
    if (index >= ids.size()) {
        const QString msg = step == Step::Parameters    ? tr("Parameters applied")
                            : step == Step::Credentials ? tr("Credentials set")
                                                        : tr("Refresh completed");
        stepDone(msg, OpResult{true, {{QStringLiteral("datasets"), int(ids.size())}}, {}, {}});
        return;
    }
    const QString ds = ids.at(index);
    AsyncOp *op = nullptr;
    QString action;
    if (step == Step::Parameters) {
        QVector<QPair<QString, QString>> values = effectiveParameters();
        if (m_parametersProvided) { // reviewed: each model gets the values of the parameters it has
            const QStringList names = m_modelParameterNames.value(ds);
            values.erase(std::remove_if(values.begin(), values.end(),
                                        [&names](const auto &nv) { return !names.contains(nv.first); }),
                         values.end());
        }
        op = new ParametersOp(m_session, m_profileId, m_workspaceId, ds, values, this);
        action = QStringLiteral("updateParameters");
    } else if (step == Step::Credentials) {
        op = new SetCredentialsOp(m_session, m_profileId, m_workspaceId, ds, m_plan.credentials, this);
        action = QStringLiteral("setDatasourceCredentials");
    } else {
        op = new RefreshOp(m_session, m_profileId, m_workspaceId, ds, this);
        action = QStringLiteral("refreshDataset");
    }
    runOp(op, [this, index, ds, action, step](const OpResult &r) {
        const bool changed = step != Step::Parameters || r.output.value(QLatin1String("updated")).toInt() > 0;
        if (changed) {
            const QString details =
                step == Step::Credentials
                    ? QStringLiteral("type %1").arg(DatasourceCredentials::typeName(m_plan.credentials.type))
                    : QString();
            auditChange(action, QStringLiteral("dataset"), ds, QString(), r, details);
        }
        runPerDataset(index + 1);
    });
}

void OnboardingRun::writeCustomer(const QString &status)
{
    const bool final = status == QLatin1String("active");
    OpResult r{true, {}, {}, {}};
    if (m_registry) {
        Customer c = m_registry->find(m_plan.connectionId, m_plan.customerId);
        c.customerId = m_plan.customerId;
        c.displayName = m_plan.displayName;
        c.connectionId = m_plan.connectionId;
        c.identity = Customer::Identity::Profile;
        if (!m_profileId.isEmpty())
            c.profileId = m_profileId;
        if (!m_workspaceId.isEmpty() && !c.workspaceIds.contains(m_workspaceId, Qt::CaseInsensitive))
            c.workspaceIds << m_workspaceId;
        if (!m_plan.capacityId.isEmpty() && m_steps.at(int(Step::Capacity)).state == State::Done)
            c.capacityId = m_plan.capacityId;
        c.onboarding = m_created.toJson();
        c.status = status;
        QString error;
        if (!m_registry->upsert(c, &error)) {
            if (final) {
                r.ok = false;
                r.error = ApiError::make(ApiError::Kind::Config, error);
                stepFailed(r);
            }
            return;
        }
    }
    if (final) {
        auditChange(QStringLiteral("onboardCustomer"), QStringLiteral("customer"), m_plan.customerId,
                    m_plan.displayName, r,
                    QStringLiteral("profile %1 workspace %2").arg(m_profileId, m_workspaceId));
        stepDone(m_registry ? tr("Customer %1 registered as active").arg(m_plan.customerId)
                            : tr("No customer registry open: nothing written"),
                 r);
    }
}

void OnboardingRun::auditChange(const QString &action, const QString &kind, const QString &id,
                                const QString &name, const OpResult &result, const QString &details)
{
    if (!m_audit)
        return;
    AuditEntry e;
    e.connectionId = m_plan.connectionId;
    e.identity = action == QLatin1String("createProfile") || action == QLatin1String("onboardCustomer") ||
                         action == QLatin1String("addGroupUser")
                     ? QString()
                     : m_profileId;
    e.action = action;
    e.targetKind = kind;
    e.targetId = id;
    e.targetName = name;
    e.ok = result.ok;
    e.error = result.ok ? QString() : result.error.summary();
    e.requestId = result.requestId;
    e.details = QStringLiteral("onboarding %1").arg(m_plan.customerId) +
                (details.isEmpty() ? QString() : QStringLiteral("; ") + details);
    m_audit->append(e);
}

void OnboardingRun::resetAfterRollback()
{
    if (isRunning())
        return;
    m_steps = QVector<StepStatus>(StepCount);
    m_profileId.clear();
    m_workspaceId.clear();
    m_imports.clear();
    m_created = Created();
    m_modelParameters.clear();
    m_parametersProvided = false;
    m_providedParameters.clear();
    for (int i = 0; i < StepCount; ++i)
        Q_EMIT stepChanged(i);
}

} // namespace td
