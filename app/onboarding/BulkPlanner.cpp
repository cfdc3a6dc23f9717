#include "app/onboarding/BulkPlanner.h"

#include "app/api/CheckedCreate.h"
#include "app/api/PagedApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/domain/JsonFields.h"
#include "app/domain/Types.h"
#include "app/session/ConnectionSession.h"

namespace td {

namespace {
const EnumKey<PlanEntry::Action> kActions[] = {{PlanEntry::Action::Create, "create"},
                                               {PlanEntry::Action::Exists, "exists"},
                                               {PlanEntry::Action::Assign, "assign"},
                                               {PlanEntry::Action::Import, "import"},
                                               {PlanEntry::Action::Skip, "skip"}};
} // namespace

QString PlanEntry::actionName(Action a)
{
    return enumKey(kActions, a, "unknown");
}

BulkPlanner::BulkPlanner(ConnectionSession *session, const QVector<OnboardingRow> &rows,
                         const OnboardingNaming &naming, QObject *parent)
    : QObject(parent), m_session(session), m_naming(naming)
{
    for (const OnboardingRow &row : rows) {
        PlanEntry e;
        e.row = row;
        e.error = row.error;
        e.profileName = naming.profileName(row);
        e.workspaceName = naming.workspaceName(row);
        m_entries.append(e);
    }
}

void BulkPlanner::start()
{
    if (!m_session) {
        m_finished = true;
        Q_EMIT finished(ApiError::make(ApiError::Kind::Config, tr("The connection is closed.")));
        return;
    }
    PagedApiCall *job = m_session->client()->listProfiles();
    m_jobs.append(job);
    connect(job, &PagedApiCall::finished, this, &BulkPlanner::onProfiles);
}

void BulkPlanner::cancel()
{
    for (const QPointer<PagedApiCall> &j : m_jobs) {
        if (j)
            j->cancel();
    }
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
    }
}

void BulkPlanner::onProfiles(const ListResult &result)
{
    if (m_finished)
        return;
    if (!result.ok()) {
        m_finished = true;
        Q_EMIT finished(result.error);
        return;
    }
    QHash<QString, QString> byName;
    for (const QJsonObject &o : result.items) {
        const Profile p = Profile::fromJson(o);
        byName.insert(p.displayName, p.id);
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        PlanEntry &e = m_entries[i];
        if (!e.error.isEmpty() || !e.row.ok())
            continue;
        e.capacity = e.row.capacityId.isEmpty() ? PlanEntry::Action::Skip : PlanEntry::Action::Assign;
        e.import = e.row.pbixPath.isEmpty() ? PlanEntry::Action::Skip : PlanEntry::Action::Import;
        if (e.row.update && !e.row.profileId.isEmpty()) {
            e.profile = PlanEntry::Action::Exists;
            e.profileId = e.row.profileId;
            e.profileName.clear(); // the registered profile, whatever its name
            const QString workspace = e.row.workspaceId.isEmpty() ? tr("by name") : e.row.workspaceId;
            e.note = e.import == PlanEntry::Action::Import
                         ? tr("update of the registered customer: profile %1 and workspace %2 kept, "
                              "content imported again over the old")
                               .arg(e.profileId, workspace)
                         : tr("update of the registered customer: profile %1 and workspace %2 kept")
                               .arg(e.profileId, workspace);
            if (!e.row.workspaceId.isEmpty()) {
                e.workspace = PlanEntry::Action::Exists;
                e.workspaceId = e.row.workspaceId;
                e.workspaceName.clear();
                continue;
            }
            ++m_pending;
            lookWorkspace(i);
            continue;
        }
        if (e.row.update)
            e.note = tr("update of the registered customer, which has no profile yet");
        const auto it = byName.constFind(e.profileName);
        if (it == byName.constEnd()) {
            e.profile = PlanEntry::Action::Create;
            e.workspace = PlanEntry::Action::Create;
            continue;
        }
        e.profile = PlanEntry::Action::Exists;
        e.profileId = it.value();
        ++m_pending;
        lookWorkspace(i);
    }
    Q_EMIT progress(m_done, m_pending);
    if (m_pending == 0) {
        m_finished = true;
        Q_EMIT finished(ApiError());
    }
}

void BulkPlanner::lookWorkspace(int index)
{
    const PlanEntry &e = m_entries.at(index);
    const QString filter = QStringLiteral("name eq %1").arg(CheckedCreate::odataQuote(e.workspaceName));
    PagedApiCall *job = m_session->client()->listGroups(e.profileId, filter);
    m_jobs.append(job);
    connect(job, &PagedApiCall::finished, this, [this, index](const ListResult &groups) {
        PlanEntry &e = m_entries[index];
        if (!groups.ok()) {
            e.error = groups.error.summary();
        } else {
            e.workspace = PlanEntry::Action::Create;
            for (const QJsonObject &o : groups.items) {
                const Workspace w = Workspace::fromJson(o);
                if (w.name == e.workspaceName) {
                    e.workspace = PlanEntry::Action::Exists;
                    e.workspaceId = w.id;
                    if (e.capacity == PlanEntry::Action::Assign &&
                        w.capacityId.compare(e.row.capacityId, Qt::CaseInsensitive) == 0)
                        e.capacity = PlanEntry::Action::Exists;
                }
            }
            if (e.workspace == PlanEntry::Action::Exists && e.import == PlanEntry::Action::Import &&
                !e.row.update) { // an update imports again, over the model
                lookImport(index);
                return;
            }
        }
        stepDone();
    });
}

void BulkPlanner::lookImport(int index)
{
    const PlanEntry &e = m_entries.at(index);
    PagedApiCall *job = m_session->client()->listDatasets(e.profileId, e.workspaceId);
    m_jobs.append(job);
    connect(job, &PagedApiCall::finished, this, [this, index](const ListResult &models) {
        PlanEntry &e = m_entries[index];
        if (!models.ok()) {
            e.error = models.error.summary();
        } else {
            const QString name = m_naming.datasetName(e.row);
            for (const QJsonObject &o : models.items) {
                if (Dataset::fromJson(o).name == name)
                    e.import = PlanEntry::Action::Exists;
            }
        }
        stepDone();
    });
}

void BulkPlanner::stepDone()
{
    ++m_done;
    Q_EMIT progress(m_done, m_pending);
    if (m_done >= m_pending && !m_finished) {
        m_finished = true;
        Q_EMIT finished(ApiError());
    }
}

} // namespace td
