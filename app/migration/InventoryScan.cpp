#include "app/migration/InventoryScan.h"

#include <algorithm>

#include "app/api/PowerBiClient.h"
#include "app/session/ConnectionSession.h"

namespace td {

namespace {
constexpr int kParallel = 4; // workspaces read at once
}

InventoryScan::InventoryScan(ConnectionSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{}

void InventoryScan::track(PagedApiCall *job)
{
    m_jobs.append(job); // the client started it
}

void InventoryScan::start()
{
    if (!m_session)
        return finish(ApiError::make(ApiError::Kind::Network, tr("The connection is closed.")));
    PowerBiClient *client = m_session->client();
    PagedApiCall *profiles = client->listProfiles();
    connect(profiles, &PagedApiCall::finished, this, [this](const ListResult &r) {
        if (m_finished)
            return;
        if (!r.ok())
            return finish(r.error);
        m_result.profiles = parseList<Profile>(r.items);
        m_profilesDone = true;
        if (m_done == m_result.workspaces.size() && m_next > 0)
            finish({});
    });
    track(profiles);
    PagedApiCall *groups = client->listGroups(QString());
    connect(groups, &PagedApiCall::finished, this, [this](const ListResult &r) {
        if (m_finished)
            return;
        if (!r.ok())
            return finish(r.error);
        for (const Workspace &w : parseList<Workspace>(r.items)) {
            LegacyWorkspace lw;
            lw.id = w.id;
            lw.name = w.name;
            m_result.workspaces.append(lw);
        }
        std::sort(m_result.workspaces.begin(), m_result.workspaces.end(),
                  [](const LegacyWorkspace &a, const LegacyWorkspace &b) {
                      return a.name.localeAwareCompare(b.name) < 0;
                  });
        m_pending.fill(0, m_result.workspaces.size());
        Q_EMIT progress(0, int(m_result.workspaces.size()));
        m_next = 0;
        if (m_result.workspaces.isEmpty()) {
            m_next = 1; // nothing to read
            if (m_profilesDone)
                finish({});
            return;
        }
        while (m_next < qMin(kParallel, int(m_result.workspaces.size())))
            readWorkspace(m_next++);
    });
    track(groups);
}

void InventoryScan::readWorkspace(int index)
{
    PowerBiClient *client = m_session ? m_session->client() : nullptr;
    if (!client)
        return finish(ApiError::make(ApiError::Kind::Network, tr("The connection is closed.")));
    const QString id = m_result.workspaces.at(index).id;
    auto failed = [this, index](const ListResult &r, const QString &what) {
        LegacyWorkspace &w = m_result.workspaces[index];
        if (!r.ok() && w.error.isEmpty())
            w.error = tr("%1: %2").arg(what, r.error.summary());
        return !r.ok();
    };
    m_pending[index] = 3;
    PagedApiCall *users = client->listGroupUsers(QString(), id);
    connect(users, &PagedApiCall::finished, this, [this, index, failed](const ListResult &r) {
        if (!failed(r, tr("users")))
            m_result.workspaces[index].users = parseList<GroupUser>(r.items);
        oneDone(index);
    });
    PagedApiCall *reports = client->listReports(QString(), id);
    connect(reports, &PagedApiCall::finished, this, [this, index, id, failed](const ListResult &r) {
        if (!failed(r, tr("reports"))) {
            for (const Report &x : parseList<Report>(r.items))
                m_result.workspaces[index].reports.append(
                    {x.id, x.name, id, x.datasetId, QString(), false, false});
        }
        oneDone(index);
    });
    PagedApiCall *models = client->listDatasets(QString(), id);
    connect(models, &PagedApiCall::finished, this, [this, index, id, failed](const ListResult &r) {
        if (!failed(r, tr("semantic models"))) {
            for (const Dataset &x : parseList<Dataset>(r.items))
                m_result.workspaces[index].models.append({x.id, x.name, id, QString(), x.configuredBy,
                                                          x.isEffectiveIdentityRequired,
                                                          x.isEffectiveIdentityRolesRequired});
        }
        oneDone(index);
    });
    track(users);
    track(reports);
    track(models);
}

void InventoryScan::oneDone(int index)
{
    if (m_finished || --m_pending[index] > 0)
        return;
    ++m_done;
    Q_EMIT progress(m_done, int(m_result.workspaces.size()));
    if (m_next < m_result.workspaces.size())
        readWorkspace(m_next++);
    else if (m_done == m_result.workspaces.size() && m_profilesDone)
        finish({});
}

void InventoryScan::cancel()
{
    for (const QPointer<PagedApiCall> &j : std::as_const(m_jobs)) {
        if (j)
            j->cancel();
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void InventoryScan::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!error.isError())
        m_result.taken = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(error);
}

} // namespace td
