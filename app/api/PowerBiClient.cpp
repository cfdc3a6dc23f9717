#include "app/api/PowerBiClient.h"

#include <QJsonDocument>
#include <QUrl>

#include "app/api/CheckedCreate.h"
#include "app/api/RequestScheduler.h"

namespace td {

namespace {

QString seg(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

ApiRequest withFilter(ApiRequest r, const QString &filter)
{
    if (!filter.isEmpty())
        r.query.addQueryItem(QStringLiteral("$filter"), filter);
    return r;
}

} // namespace

PowerBiClient::PowerBiClient(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler)
{}

// ---- Profiles: always as the service principal --------------------------------------------------

PagedApiCall *PowerBiClient::listProfiles(int pageSize)
{
    auto *job = new PagedApiCall(m_scheduler, ApiRequest::get(QStringLiteral("profiles")), pageSize, this);
    job->start();
    return job;
}

ApiCall *PowerBiClient::createProfile(const QString &displayName)
{
    const ApiRequest create = ApiRequest::json("POST", QStringLiteral("profiles"),
                                               QJsonObject{{QStringLiteral("displayName"), displayName}});
    const ApiRequest check =
        withFilter(ApiRequest::get(QStringLiteral("profiles")),
                   QStringLiteral("displayName eq %1").arg(CheckedCreate::odataQuote(displayName)));
    return CheckedCreate::start(m_scheduler, create, check, QStringLiteral("displayName"), displayName);
}

ApiCall *PowerBiClient::getProfile(const QString &profileId)
{
    return m_scheduler->submit(ApiRequest::get(QStringLiteral("profiles/") + seg(profileId)));
}

ApiCall *PowerBiClient::updateProfile(const QString &profileId, const QString &displayName)
{
    return m_scheduler->submit(ApiRequest::json("PUT", QStringLiteral("profiles/") + seg(profileId),
                                                QJsonObject{{QStringLiteral("displayName"), displayName}}));
}

ApiCall *PowerBiClient::deleteProfile(const QString &profileId)
{
    ApiRequest r = ApiRequest::get(QStringLiteral("profiles/") + seg(profileId));
    r.method = "DELETE";
    return m_scheduler->submit(r);
}

// ---- Groups ---------------------------------------------------------------------------------------

PagedApiCall *PowerBiClient::listGroups(const QString &asProfileId, const QString &odataFilter, int pageSize)
{
    const ApiRequest r = withFilter(ApiRequest::get(QStringLiteral("groups"), asProfileId), odataFilter);
    auto *job = new PagedApiCall(m_scheduler, r, pageSize, this);
    job->start();
    return job;
}

ApiCall *PowerBiClient::createGroup(const QString &asProfileId, const QString &name)
{
    ApiRequest create = ApiRequest::json("POST", QStringLiteral("groups"),
                                         QJsonObject{{QStringLiteral("name"), name}}, asProfileId);
    create.query.addQueryItem(QStringLiteral("workspaceV2"), QStringLiteral("true"));
    const ApiRequest check = withFilter(ApiRequest::get(QStringLiteral("groups"), asProfileId),
                                        QStringLiteral("name eq %1").arg(CheckedCreate::odataQuote(name)));
    return CheckedCreate::start(m_scheduler, create, check, QStringLiteral("name"), name);
}

ApiCall *PowerBiClient::getGroup(const QString &asProfileId, const QString &groupId)
{
    return m_scheduler->submit(ApiRequest::get(QStringLiteral("groups/") + seg(groupId), asProfileId));
}

ApiCall *PowerBiClient::updateGroup(const QString &asProfileId, const QString &groupId,
                                       const QString &newName)
{
    return m_scheduler->submit(ApiRequest::json("PATCH", QStringLiteral("groups/") + seg(groupId),
                                                QJsonObject{{QStringLiteral("name"), newName}}, asProfileId));
}

ApiCall *PowerBiClient::deleteGroup(const QString &asProfileId, const QString &groupId)
{
    ApiRequest r = ApiRequest::get(QStringLiteral("groups/") + seg(groupId), asProfileId);
    r.method = "DELETE";
    return m_scheduler->submit(r);
}

// ---- Group users ----------------------------------------------------------------------------------

PagedApiCall *PowerBiClient::listGroupUsers(const QString &asProfileId, const QString &groupId)
{
    auto *job = new PagedApiCall(
        m_scheduler, ApiRequest::get(QStringLiteral("groups/%1/users").arg(seg(groupId)), asProfileId), 0,
        this);
    job->start();
    return job;
}

ApiCall *PowerBiClient::addGroupUser(const QString &asProfileId, const QString &groupId,
                                        const GroupUser &user)
{
    return m_scheduler->submit(ApiRequest::json("POST", QStringLiteral("groups/%1/users").arg(seg(groupId)),
                                                user.toJson(), asProfileId));
}

ApiCall *PowerBiClient::updateGroupUser(const QString &asProfileId, const QString &groupId,
                                           const GroupUser &user)
{
    return m_scheduler->submit(ApiRequest::json("PUT", QStringLiteral("groups/%1/users").arg(seg(groupId)),
                                                user.toJson(), asProfileId));
}

ApiCall *PowerBiClient::deleteGroupUser(const QString &asProfileId, const QString &groupId,
                                           const QString &identifier, const QString &memberProfileId)
{
    ApiRequest r =
        ApiRequest::get(QStringLiteral("groups/%1/users/%2").arg(seg(groupId), seg(identifier)), asProfileId);
    r.method = "DELETE";
    if (!memberProfileId.isEmpty())
        r.query.addQueryItem(QStringLiteral("profileId"), memberProfileId);
    return m_scheduler->submit(r);
}

// ---- Items and capacities (un-paged) -------------------------------------------------------------

static PagedApiCall *listIn(PowerBiClient *client, RequestScheduler *s, const QString &profile,
                        const QString &group, const char *what)
{
    auto *job = new PagedApiCall(
        s, ApiRequest::get(QStringLiteral("groups/%1/%2").arg(seg(group), QLatin1String(what)), profile), 0,
        client);
    job->start();
    return job;
}

PagedApiCall *PowerBiClient::listReports(const QString &asProfileId, const QString &groupId)
{
    return listIn(this, m_scheduler, asProfileId, groupId, "reports");
}

PagedApiCall *PowerBiClient::listDatasets(const QString &asProfileId, const QString &groupId)
{
    return listIn(this, m_scheduler, asProfileId, groupId, "datasets");
}

PagedApiCall *PowerBiClient::listDashboards(const QString &asProfileId, const QString &groupId)
{
    return listIn(this, m_scheduler, asProfileId, groupId, "dashboards");
}

PagedApiCall *PowerBiClient::listDataflows(const QString &asProfileId, const QString &groupId)
{
    return listIn(this, m_scheduler, asProfileId, groupId, "dataflows");
}

PagedApiCall *PowerBiClient::listCapacities(const QString &asProfileId)
{
    auto *job =
        new PagedApiCall(m_scheduler, ApiRequest::get(QStringLiteral("capacities"), asProfileId), 0, this);
    job->start();
    return job;
}

} // namespace td
