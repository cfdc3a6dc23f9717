#include "app/migration/MigrationValidator.h"

#include <QSet>
#include <memory>

#include "app/api/PowerBiClient.h"
#include "app/ops/ContentOps.h"
#include "app/session/ConnectionSession.h"

namespace td {

MigrationValidator::MigrationValidator(ConnectionSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{}

void MigrationValidator::setRlsIdentity(const QString &username, const QStringList &roles)
{
    m_rlsUser = username;
    m_rlsRoles = roles;
}

void MigrationValidator::start(const QVector<PlanCustomer> &customers,
                               const QHash<QString, QString> &profileIds)
{
    m_customers = customers;
    m_profileIds = profileIds;
    m_index = -1;
    QMetaObject::invokeMethod(this, &MigrationValidator::nextCustomer, Qt::QueuedConnection);
}

void MigrationValidator::cancel()
{
    m_cancelled = true;
}

void MigrationValidator::fail(const QString &what, const QString &id, const QString &name,
                              const QString &reason, const QString &requestId)
{
    m_current.failures.append({what, id, name, reason, requestId});
}

void MigrationValidator::nextCustomer()
{
    if (m_index >= 0 && m_index < m_customers.size()) {
        const PlanCustomer &done = m_customers.at(m_index);
        m_current.ok = m_current.failures.isEmpty();
        m_current.checked = QDateTime::currentDateTimeUtc();
        m_results.insert(done.customerId, m_current);
        Q_EMIT customerDone(done.customerId, m_current);
    }
    ++m_index;
    if (m_cancelled || m_index >= m_customers.size() || !m_session) {
        Q_EMIT finished();
        return;
    }
    const PlanCustomer &c = m_customers.at(m_index);
    m_current = ValidationResult();
    m_profileId = m_profileIds.value(c.customerId);
    m_tasks.clear();
    if (m_profileId.isEmpty()) {
        // Never fall back to the service principal's own access.
        fail(QStringLiteral("customer"), c.customerId, c.displayName,
             tr("The customer has no profile yet: run the migration first."));
        QMetaObject::invokeMethod(this, &MigrationValidator::nextCustomer, Qt::QueuedConnection);
        return;
    }
    for (const auto &w : c.workspaces)
        m_tasks << [this, w] { listTask(w.first, w.second); };
    QSet<QString> withReport;
    for (const LegacyItem &r : c.reports) {
        const LegacyItem *model = nullptr;
        for (const LegacyItem &m : c.models) {
            if (m.id.compare(r.datasetId, Qt::CaseInsensitive) == 0)
                model = &m;
        }
        if (model)
            withReport.insert(model->id.toLower());
        const LegacyItem report = r;
        const LegacyItem modelCopy = model ? *model : LegacyItem();
        const bool hasModel = model != nullptr;
        m_tasks <<
            [this, report, modelCopy, hasModel] { tokenTask(report, hasModel ? &modelCopy : nullptr); };
    }
    for (const LegacyItem &m : c.models) {
        if (!withReport.contains(m.id.toLower())) {
            const LegacyItem model = m;
            m_tasks << [this, model] { tokenTask(LegacyItem(), &model); };
        }
    }
    runTasks();
}

void MigrationValidator::runTasks()
{
    if (m_cancelled || m_tasks.isEmpty() || !m_session) {
        nextCustomer();
        return;
    }
    const Task t = m_tasks.takeFirst();
    t();
}

void MigrationValidator::listTask(const QString &workspaceId, const QString &workspaceName)
{
    const PlanCustomer &c = m_customers.at(m_index);
    auto pending = std::make_shared<int>(2);
    auto done = [this, pending] {
        if (--*pending == 0)
            runTasks();
    };
    PagedApiCall *reports = m_session->client()->listReports(m_profileId, workspaceId);
    connect(
        reports, &PagedApiCall::finished, this, [this, c, workspaceId, workspaceName, done](const ListResult &r) {
            if (!r.ok()) {
                fail(QStringLiteral("workspace"), workspaceId, workspaceName,
                     tr("The profile cannot list the reports: %1").arg(r.error.summary()), r.error.requestId);
            } else {
                QSet<QString> seen;
                for (const Report &x : parseList<Report>(r.items))
                    seen.insert(x.id.toLower());
                for (const LegacyItem &i : c.reports) {
                    if (i.workspaceId == workspaceId && !seen.contains(i.id.toLower()))
                        fail(QStringLiteral("report"), i.id, i.name,
                             tr("The profile does not see this report."));
                }
            }
            done();
        });
    PagedApiCall *models = m_session->client()->listDatasets(m_profileId, workspaceId);
    connect(models, &PagedApiCall::finished, this,
            [this, c, workspaceId, workspaceName, done](const ListResult &r) {
                if (!r.ok()) {
                    fail(QStringLiteral("workspace"), workspaceId, workspaceName,
                         tr("The profile cannot list the semantic models: %1").arg(r.error.summary()),
                         r.error.requestId);
                } else {
                    QSet<QString> seen;
                    for (const Dataset &x : parseList<Dataset>(r.items))
                        seen.insert(x.id.toLower());
                    for (const LegacyItem &i : c.models) {
                        if (i.workspaceId == workspaceId && !seen.contains(i.id.toLower()))
                            fail(QStringLiteral("model"), i.id, i.name,
                                 tr("The profile does not see this semantic model."));
                    }
                }
                done();
            });
}

void MigrationValidator::tokenTask(const LegacyItem &report, const LegacyItem *model)
{
    GenerateTokenRequest req;
    if (!report.id.isEmpty())
        req.reportIds << report.id;
    if (model) {
        req.datasetIds << model->id;
        if (model->identityRequired) {
            EffectiveIdentity id;
            id.username = m_rlsUser.isEmpty() ? m_customers.at(m_index).profileName : m_rlsUser;
            id.roles = m_rlsRoles;
            id.datasets << model->id;
            req.identities << id;
        }
    }
    const bool isReport = !report.id.isEmpty();
    const QString what = isReport ? QStringLiteral("report") : QStringLiteral("model");
    const QString id = isReport ? report.id : model->id;
    const QString name = isReport ? report.name : model->name;
    if (model && model->rolesRequired && m_rlsRoles.isEmpty()) {
        fail(what, id, name,
             tr("The semantic model %1 requires RLS roles: give a test role to validate it.")
                 .arg(model->name));
        runTasks();
        return;
    }
    auto *op = new EmbedCheckOp(m_session, m_profileId, req, this);
    connect(op, &AsyncOp::finished, this, [this, what, id, name, isReport](const OpResult &r) {
        if (r.ok) {
            ++(isReport ? m_current.reports : m_current.models);
        } else {
            fail(what, id, name, tr("GenerateToken as the profile failed: %1").arg(r.error.summary()),
                 r.requestId);
        }
        runTasks();
    });
    op->start();
}

} // namespace td
