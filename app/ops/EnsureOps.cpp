#include "app/ops/EnsureOps.h"

#include "app/api/ApiCall.h"
#include "app/api/CheckedCreate.h"
#include "app/api/PagedApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/api/RequestScheduler.h"
#include "app/session/ConnectionSession.h"

namespace td {

EnsureProfileOp::EnsureProfileOp(ConnectionSession *session, const QString &displayName, QObject *parent)
    : AsyncOp(session, parent), m_name(displayName.trimmed())
{}

void EnsureProfileOp::run()
{
    Q_EMIT progress(tr("Looking for profile %1").arg(m_name));
    ApiRequest r = ApiRequest::get(QStringLiteral("profiles"));
    r.query.addQueryItem(QStringLiteral("$filter"),
                         QStringLiteral("displayName eq %1").arg(CheckedCreate::odataQuote(m_name)));
    auto *job = new PagedApiCall(session()->scheduler(), r, 0, this);
    job->start();
    listOrFail(job, [this](const ListResult &found) {
        for (const QJsonObject &o : found.items) {
            const Profile p = Profile::fromJson(o);
            if (p.displayName == m_name) {
                succeed({{QStringLiteral("profileId"), p.id},
                         {QStringLiteral("displayName"), p.displayName},
                         {QStringLiteral("created"), false}});
                return;
            }
        }
        Q_EMIT progress(tr("Creating profile %1").arg(m_name));
        callOrFail(session()->client()->createProfile(m_name), [this](const ApiResponse &resp) {
            const Profile p = Profile::fromJson(resp.json());
            succeed({{QStringLiteral("profileId"), p.id},
                     {QStringLiteral("displayName"), p.displayName},
                     {QStringLiteral("created"), true}},
                    resp.requestId);
        });
    });
}

EnsureWorkspaceOp::EnsureWorkspaceOp(ConnectionSession *session, const QString &asProfileId,
                                     const QString &name, QObject *parent)
    : AsyncOp(session, parent), m_profileId(asProfileId), m_name(name.trimmed())
{}

void EnsureWorkspaceOp::run()
{
    Q_EMIT progress(tr("Looking for workspace %1").arg(m_name));
    const QString filter = QStringLiteral("name eq %1").arg(CheckedCreate::odataQuote(m_name));
    listOrFail(session()->client()->listGroups(m_profileId, filter), [this](const ListResult &found) {
        for (const QJsonObject &o : found.items) {
            const Workspace w = Workspace::fromJson(o);
            if (w.name == m_name) {
                succeed({{QStringLiteral("workspaceId"), w.id},
                         {QStringLiteral("name"), w.name},
                         {QStringLiteral("created"), false}});
                return;
            }
        }
        Q_EMIT progress(tr("Creating workspace %1").arg(m_name));
        callOrFail(session()->client()->createGroup(m_profileId, m_name), [this](const ApiResponse &resp) {
            const Workspace w = Workspace::fromJson(resp.json());
            succeed({{QStringLiteral("workspaceId"), w.id},
                     {QStringLiteral("name"), w.name},
                     {QStringLiteral("created"), true}},
                    resp.requestId);
        });
    });
}

EnsureProfileAdminOp::EnsureProfileAdminOp(ConnectionSession *session, const QString &actingProfileId,
                                           const QString &workspaceId, const QString &profileId,
                                           const QString &spObjectId, QObject *parent)
    : AsyncOp(session, parent), m_acting(actingProfileId), m_workspaceId(workspaceId), m_profileId(profileId),
      m_spObjectId(spObjectId)
{}

void EnsureProfileAdminOp::run()
{
    listOrFail(session()->client()->listGroupUsers(m_acting, m_workspaceId), [this](const ListResult &users) {
        GroupUser existing;
        for (const QJsonObject &o : users.items) {
            const GroupUser u = GroupUser::fromJson(o);
            if (u.profileId.compare(m_profileId, Qt::CaseInsensitive) == 0)
                existing = u;
        }
        if (existing.groupUserAccessRight == QLatin1String("Admin")) {
            succeed({{QStringLiteral("added"), false}});
            return;
        }
        GroupUser admin;
        admin.identifier = m_spObjectId;
        admin.principalType = QStringLiteral("App");
        admin.groupUserAccessRight = QStringLiteral("Admin");
        admin.profileId = m_profileId;
        PowerBiClient *client = session()->client();
        ApiCall *job = existing.profileId.isEmpty() ? client->addGroupUser(m_acting, m_workspaceId, admin)
                                                    : client->updateGroupUser(m_acting, m_workspaceId, admin);
        call(job, [this](const ApiResponse &resp) {
            if (resp.ok())
                succeed({{QStringLiteral("added"), true}}, resp.requestId);
            else
                fail(resp.error);
        });
    });
}

} // namespace td
