#include "app/capacity/CapacityPreflight.h"

#include "app/api/PowerBiClient.h"
#include "app/capacity/CapacityLogging.h"
#include "app/domain/Types.h"
#include "app/session/ConnectionSession.h"

Q_LOGGING_CATEGORY(lcCapacity, "td.capacity")

namespace td {

struct CapacityPreflight::Work
{
    PreflightFacts facts;
    QString hint;      // the profile to try first ("" = none)
    QStringList tried; // identities tried ("" = the SP)
    bool profilesTried = false;
};

namespace {
// Not visible to this identity: try the next one.
bool isNotVisible(const ApiError &e)
{
    return e.kind == ApiError::Kind::Http &&
           (e.httpStatus == 401 || e.httpStatus == 403 || e.httpStatus == 404);
}

QVector<CapacityInfo> capacityInfos(const QVector<QJsonObject> &items)
{
    QVector<CapacityInfo> out;
    for (const Capacity &c : parseList<Capacity>(items))
        out << CapacityInfo::fromCapacity(c);
    return out;
}

const CapacityInfo *findCapacity(const QVector<CapacityInfo> &list, const QString &id)
{
    for (const CapacityInfo &c : list) {
        if (c.id.compare(id, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}
} // namespace

CapacityPreflight::CapacityPreflight(ConnectionSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{}

CapacityPreflight::~CapacityPreflight()
{
    cancelInFlight();
    qDeleteAll(m_work);
}

void CapacityPreflight::cancelInFlight()
{
    cancelCalls(std::exchange(m_lists, {}), m_calls);
    cancelCalls(std::exchange(m_requests, {}), m_calls);
    delete m_calls; // no more callbacks from what is still in flight
    m_calls = nullptr;
}

void CapacityPreflight::setWorkspaces(const QVector<AssignTarget> &workspaces)
{
    m_input = workspaces;
}

void CapacityPreflight::setWorkspaceIds(const QStringList &workspaceIds)
{
    m_input.clear();
    for (const QString &id : workspaceIds) {
        AssignTarget t;
        t.workspaceId = id.trimmed();
        m_input << t;
    }
}

void CapacityPreflight::setTargetCapacityId(const QString &capacityId)
{
    m_targetId = isSharedCapacity(capacityId) ? sharedCapacityId() : capacityId.trimmed();
}

void CapacityPreflight::start()
{
    if (m_running)
        return;
    if (!m_session) {
        complete(ApiError::make(ApiError::Kind::Config, tr("The connection is not open.")));
        return;
    }
    delete m_calls;
    m_calls = new QObject(this);
    qDeleteAll(m_work);
    m_work.clear();
    m_plan = CapacityPlan();
    m_plan.target = CapacityInfo::shared();
    m_capacitiesByIdentity.clear();
    m_waitingForCapacities.clear();
    m_profilesLoaded = false;
    m_profileIds.clear();
    m_profileIndex.clear();
    m_next = m_inFlight = m_done = 0;
    if (m_targetId.isEmpty())
        m_targetId = sharedCapacityId();
    QSet<QString> seen;
    for (const AssignTarget &t : m_input) {
        const QString key = t.workspaceId.toLower();
        if (key.isEmpty() || seen.contains(key))
            continue; // the same workspace twice is one move
        seen.insert(key);
        auto *w = new Work;
        w->facts.workspace = t;
        w->facts.workspace.adminVerified = false;
        w->facts.targetCapacityId = m_targetId;
        w->hint = t.adminProfileId;
        m_work << w;
    }
    m_plan.items.resize(m_work.size());
    m_running = true;
    qCInfo(lcCapacity) << "pre-flight of" << m_work.size() << "workspace(s) to" << m_targetId;
    loadSpCapacities();
}

void CapacityPreflight::cancel()
{
    if (!m_running)
        return;
    complete(ApiError::make(ApiError::Kind::Cancelled, tr("The pre-flight was cancelled.")));
}

void CapacityPreflight::complete(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    cancelInFlight();
    if (!error.isError())
        m_plan.recount(m_estimate);
    Q_EMIT finished(error);
}

void CapacityPreflight::track(PagedApiCall *job, const std::function<void(const ListResult &)> &then)
{
    m_lists << job;
    connect(job, &PagedApiCall::finished, m_calls, then);
}

void CapacityPreflight::track(ApiCall *job, const std::function<void(const ApiResponse &)> &then)
{
    m_requests << job;
    connect(job, &ApiCall::finished, m_calls, then);
}

void CapacityPreflight::loadSpCapacities()
{
    track(m_session->client()->listCapacities(), [this](const ListResult &r) {
        if (!r.ok()) {
            complete(r.error);
            return;
        }
        m_spCapacities = capacityInfos(r.items);
        m_capacitiesByIdentity.insert(QString(), m_spCapacities);
        if (!isSharedCapacity(m_targetId)) {
            const CapacityInfo *c = findCapacity(m_spCapacities, m_targetId);
            if (c) {
                m_plan.target = *c;
            } else {
                m_plan.target = CapacityInfo();
                m_plan.target.id = m_targetId;
            }
        }
        if (m_work.isEmpty()) {
            complete({});
            return;
        }
        pump();
    });
}

void CapacityPreflight::pump()
{
    while (m_running && m_inFlight < m_maxInFlight && m_next < m_work.size()) {
        ++m_inFlight;
        checkWorkspace(m_next++);
    }
}

void CapacityPreflight::checkWorkspace(int index)
{
    Work *w = m_work.at(index);
    if (!w->hint.isEmpty() && !w->tried.contains(w->hint)) {
        findVisible(index, w->hint);
    } else if (!w->tried.contains(QString())) {
        findVisible(index, QString());
    } else if (!w->profilesTried) {
        w->profilesTried = true;
        loadProfileIndex([this, index] {
            Work *wk = m_work.at(index);
            const QString profile = m_profileIndex.value(wk->facts.workspace.workspaceId.toLower());
            if (!profile.isEmpty() && !wk->tried.contains(profile))
                findVisible(index, profile);
            else
                checkWorkspace(index);
        });
    } else {
        conclude(index); // nobody sees it: workspace-not-found
    }
}

void CapacityPreflight::findVisible(int index, const QString &identity)
{
    Work *w = m_work.at(index);
    w->tried << identity;
    track(m_session->client()->getGroup(identity, w->facts.workspace.workspaceId),
          [this, index, identity](const ApiResponse &resp) {
              if (!resp.ok()) {
                  if (isNotVisible(resp.error))
                      checkWorkspace(index);
                  else
                      complete(resp.error);
                  return;
              }
              Work *wk = m_work.at(index);
              const Workspace g = Workspace::fromJson(resp.json());
              wk->facts.workspaceFound = true;
              wk->facts.workspace.workspaceName = g.name.isEmpty() ? wk->facts.workspace.workspaceId : g.name;
              wk->facts.workspace.currentCapacityId =
                  isSharedCapacity(g.capacityId) ? QString() : g.capacityId;
              wk->facts.workspace.adminProfileId = identity;
              readAccess(index, identity);
          });
}

void CapacityPreflight::readAccess(int index, const QString &seenAs)
{
    Work *w = m_work.at(index);
    track(m_session->client()->listGroupUsers(seenAs, w->facts.workspace.workspaceId),
          [this, index, seenAs](const ListResult &r) {
              if (!r.ok() && !isNotVisible(r.error)) {
                  complete(r.error);
                  return;
              }
              Work *wk = m_work.at(index);
              const QString spObject = m_session->connection().servicePrincipalObjectId;
              QStringList adminProfiles, others;
              bool spAdmin = false;
              for (const GroupUser &u : parseList<GroupUser>(r.items)) {
                  if (u.groupUserAccessRight.compare(QLatin1String("Admin"), Qt::CaseInsensitive) != 0)
                      continue;
                  const bool app = u.principalType.compare(QLatin1String("App"), Qt::CaseInsensitive) == 0;
                  const bool ours =
                      app && (spObject.isEmpty() ? (u.profileId.isEmpty() || u.profileId == seenAs)
                                                 : u.identifier.compare(spObject, Qt::CaseInsensitive) == 0);
                  if (ours && !u.profileId.isEmpty())
                      adminProfiles << u.profileId;
                  else if (ours)
                      spAdmin = true;
                  else
                      others << (u.displayName.isEmpty() || u.displayName == u.identifier
                                     ? u.identifier
                                     : QStringLiteral("%1 (%2)").arg(u.displayName, u.identifier));
              }
              QString acting;
              bool admin = true;
              auto has = [&adminProfiles](const QString &id) {
                  return !id.isEmpty() && adminProfiles.contains(id, Qt::CaseInsensitive);
              };
              if (has(wk->hint))
                  acting = wk->hint;
              else if (has(seenAs))
                  acting = seenAs;
              else if (!adminProfiles.isEmpty())
                  acting = adminProfiles.first();
              else if (spAdmin)
                  acting = QString();
              else {
                  acting = seenAs;
                  admin = false;
              }
              wk->facts.workspace.adminProfileId = acting;
              wk->facts.workspace.adminVerified = admin;
              wk->facts.callerIsAdmin = admin;
              wk->facts.admins = others.join(QStringLiteral(", "));
              bool found = false;
              const CapacityInfo current = spCapacity(wk->facts.workspace.currentCapacityId, &found);
              wk->facts.workspace.region = found ? current.region : QString();
              loadCallerCapacities(index);
          });
}

CapacityInfo CapacityPreflight::spCapacity(const QString &id, bool *found) const
{
    const CapacityInfo *c = isSharedCapacity(id) ? nullptr : findCapacity(m_spCapacities, id);
    *found = c != nullptr;
    return c ? *c : CapacityInfo();
}

void CapacityPreflight::loadCallerCapacities(int index)
{
    const QString identity = m_work.at(index)->facts.workspace.adminProfileId;
    if (m_capacitiesByIdentity.contains(identity)) {
        conclude(index);
        return;
    }
    const bool pending = m_waitingForCapacities.contains(identity);
    m_waitingForCapacities[identity] << index;
    if (pending)
        return;
    track(m_session->client()->listCapacities(identity), [this, identity](const ListResult &r) {
        if (!r.ok() && !isNotVisible(r.error)) {
            complete(r.error);
            return;
        }
        m_capacitiesByIdentity.insert(identity, capacityInfos(r.items));
        const QVector<int> waiting = m_waitingForCapacities.take(identity);
        for (int i : waiting) {
            if (m_running)
                conclude(i);
        }
    });
}

void CapacityPreflight::loadProfileIndex(const std::function<void()> &then)
{
    if (m_profilesLoaded) {
        then();
        return;
    }
    m_waitingForProfiles << then;
    if (m_waitingForProfiles.size() > 1)
        return;
    track(m_session->client()->listProfiles(), [this](const ListResult &r) {
        if (!r.ok()) {
            complete(r.error);
            return;
        }
        for (const Profile &p : parseList<Profile>(r.items))
            m_profileIds << p.id;
        m_pendingProfileLists = m_profileIds.size();
        if (m_pendingProfileLists == 0)
            profileIndexReady();
        for (const QString &profile : std::as_const(m_profileIds)) {
            track(m_session->client()->listGroups(profile), [this, profile](const ListResult &g) {
                if (!g.ok() && !isNotVisible(g.error)) {
                    complete(g.error);
                    return;
                }
                for (const QJsonObject &o : g.items) {
                    const QString id = Workspace::fromJson(o).id.toLower();
                    if (!m_profileIndex.contains(id))
                        m_profileIndex.insert(id, profile);
                }
                if (--m_pendingProfileLists == 0)
                    profileIndexReady();
            });
        }
    });
}

void CapacityPreflight::profileIndexReady()
{
    m_profilesLoaded = true;
    const auto waiting = std::exchange(m_waitingForProfiles, {});
    for (const auto &fn : waiting) {
        if (m_running)
            fn();
    }
}

void CapacityPreflight::conclude(int index)
{
    Work *w = m_work.at(index);
    PreflightFacts &f = w->facts;
    if (!isSharedCapacity(m_targetId)) {
        const CapacityInfo *asCaller =
            findCapacity(m_capacitiesByIdentity.value(f.workspace.adminProfileId), m_targetId);
        f.targetVisibleToCaller = asCaller != nullptr;
        if (asCaller)
            f.targetAsCaller = *asCaller;
        bool found = false;
        f.targetAsSp = spCapacity(m_targetId, &found);
        f.targetVisibleToSp = found;
    }
    m_plan.items[index] = PreflightRules::evaluate(f);
    ++m_done;
    --m_inFlight;
    Q_EMIT progress(m_done, m_work.size());
    if (m_done == m_work.size()) {
        complete({});
        return;
    }
    pump();
}

} // namespace td
