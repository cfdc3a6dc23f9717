#include "app/diagnostics/AccessCheck.h"

#include "app/api/ActivityLog.h"
#include "app/api/ApiCall.h"
#include "app/api/ContentClient.h"
#include "app/api/PagedApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/auth/TokenProvider.h"
#include "app/diagnostics/DiagnosticsLogging.h"
#include "app/diagnostics/TokenDiagnosis.h"
#include "app/session/ConnectionSession.h"

namespace td {

using Status = AccessLink::Status;

AccessCheck::AccessCheck(ConnectionSession *session, const AccessCheckInput &input, QObject *parent)
    : AsyncOp(session, parent), m_in(input)
{}

AccessEvidence AccessCheck::ev(const char *method, const QString &path, const ApiResponse &r,
                               const QString &note)
{
    const int status = r.httpStatus ? r.httpStatus : r.error.httpStatus;
    const QString rid = r.requestId.isEmpty() ? r.error.requestId : r.requestId;
    QString n = note;
    if (n.isEmpty() && !r.error.code.isEmpty())
        n = r.error.code;
    return {QLatin1String(method), path, status, rid, n};
}

AccessEvidence AccessCheck::ev(const QString &path, const ListResult &r, const QString &note)
{
    if (r.ok())
        return {QStringLiteral("GET"), path, r.httpStatus, r.requestId, note};
    return {QStringLiteral("GET"), path, r.error.httpStatus, r.error.requestId,
            note.isEmpty() ? r.error.code : note};
}

void AccessCheck::skip(int number, const QString &why)
{
    AccessLink &l = link(number);
    if (l.status == Status::Unknown && l.evidence.isEmpty())
        l.finding = why;
}

QString AccessCheck::asWho() const
{
    return m_in.profileId.isEmpty()
               ? tr("the service principal")
               : tr("profile %1").arg(m_report.profileName.isEmpty() ? m_in.profileId : m_report.profileName);
}

void AccessCheck::run()
{
    if (m_in.reportId.isEmpty() && m_in.datasetId.isEmpty()) {
        failWith(tr("Choose a report or a semantic model to check."));
        return;
    }
    const Connection &c = session()->connection();
    m_report.checkedAt = QDateTime::currentDateTimeUtc();
    m_report.connectionName = c.name;
    m_report.tenantId = c.tenantId;
    m_report.clientId = c.clientId;
    m_report.profileId = m_in.profileId;
    m_report.reportId = m_in.reportId;
    m_report.datasetId = m_in.datasetId;
    m_report.workspaceId = m_in.workspaceId;
    m_report.username = m_in.username;
    m_report.roles = m_in.roles;
    qCInfo(lcDiagnostics) << "access check for profile" << m_in.profileId << "report" << m_in.reportId;
    checkToken();
}

// ---- 1 token --------------------------------------------------------------------------------------

void AccessCheck::checkToken()
{
    Q_EMIT progress(tr("Getting a token for the connection"));
    TokenProvider *tokens = session()->tokens();
    tokens->invalidate(); // prove that a token can be had now, not that one was cached
    const QString path = QStringLiteral("/%1/oauth2/v2.0/token").arg(session()->connection().tenantId);
    tokens->requestToken(this, [this, path](const QString &, const ApiError &error) {
        if (isFinished())
            return;
        AccessLink &l = link(AccessLink::Token);
        QString requestId = error.requestId;
        if (requestId.isEmpty() && session()->activity()) { // a granted token: Entra's id from the log
            const QVector<ActivityEntry> log = session()->activity()->entries();
            for (auto it = log.crbegin(); it != log.crend() && requestId.isEmpty(); ++it) {
                if (it->url.contains(QLatin1String("/oauth2/v2.0/token")))
                    requestId = it->requestId;
            }
        }
        l.evidence.append({QStringLiteral("POST"), path, error.isError() ? error.httpStatus : 200, requestId,
                           error.isError() ? error.code : QString()});
        if (!error.isError()) {
            l.status = Status::Pass;
            l.finding = tr("Entra issued a token for application %1: the service principal is enabled and "
                           "its secret is valid.")
                            .arg(session()->connection().clientId);
            l.fix.clear();
            checkProfile();
            return;
        }
        const TokenDiagnosis d = TokenDiagnosis::fromError(error);
        l.status = Status::Fail;
        l.finding = d.finding;
        l.fix = d.fix;
        for (int n = 2; n <= 8; ++n)
            skip(n, tr("Not checked: without a token no call can be made."));
        done();
    });
}

// ---- 2 profile ------------------------------------------------------------------------------------

void AccessCheck::checkProfile()
{
    AccessLink &l = link(AccessLink::Profile);
    if (m_in.profileId.isEmpty()) {
        l.status = Status::Pass;
        l.finding = tr("No profile: the check runs as the service principal itself (e.g. a dedicated service "
                       "principal per customer).");
        listWorkspaces();
        return;
    }
    Q_EMIT progress(tr("Looking up the profile"));
    const QString path = QStringLiteral("profiles/%1").arg(m_in.profileId);
    call(session()->client()->getProfile(m_in.profileId), [this, path](const ApiResponse &resp) {
        AccessLink &l = link(AccessLink::Profile);
        l.evidence.append(ev("GET", path, resp));
        if (resp.ok()) {
            m_report.profileName = Profile::fromJson(resp.json()).displayName;
            l.status = Status::Pass;
            l.finding =
                tr("Profile %1 exists and was created by this service principal.").arg(m_report.profileName);
            listWorkspaces();
            return;
        }
        const int status = resp.error.httpStatus;
        if (status == 404 || status == 400) {
            l.status = Status::Fail;
            l.finding =
                tr("This service principal has no profile with id %1: it does not exist, was deleted, "
                   "or was created by another service principal (a profile is visible only to the "
                   "service principal that created it).")
                    .arg(m_in.profileId);
            l.fix = tr("Check the profile id in the customer registry. If the profile is gone or belongs to "
                       "another application, create it again with this service principal and give it "
                       "access to the customer's workspace.");
        } else if (status == 401 || status == 403) {
            l.status = Status::Fail;
            l.finding =
                tr("The service principal may not call the profiles API: %1").arg(resp.error.summary());
            l.fix = tr("In the Power BI admin portal, allow service principals to use the Power BI APIs and "
                       "check that this application is in the allowed security group.");
        } else {
            l.finding = tr("The profile could not be read: %1").arg(resp.error.summary());
        }
        for (int n = 3; n <= 8; ++n)
            skip(n, tr("Not checked: the profile could not be confirmed."));
        done();
    });
}

// ---- 3 role on the workspaces ---------------------------------------------------------------------

void AccessCheck::listWorkspaces()
{
    Q_EMIT progress(tr("Listing the workspaces of %1").arg(asWho()));
    list(session()->client()->listGroups(m_in.profileId), [this](const ListResult &groups) {
        AccessLink &l = link(AccessLink::WorkspaceRole);
        l.evidence.append(
            ev(QStringLiteral("groups"), groups, tr("%n workspace(s)", nullptr, groups.items.size())));
        if (!groups.ok()) {
            l.finding =
                tr("The workspaces of %1 could not be listed: %2").arg(asWho(), groups.error.summary());
            for (int n = 4; n <= 7; ++n)
                skip(n, tr("Not checked: the workspaces could not be listed."));
            checkGenerateToken();
            return;
        }
        m_groups = parseList<Workspace>(groups.items);
        if (!m_in.workspaceId.isEmpty()) { // the given workspace first
            for (int i = 0; i < m_groups.size(); ++i) {
                if (m_groups.at(i).id.compare(m_in.workspaceId, Qt::CaseInsensitive) == 0)
                    m_groups.move(i, 0);
            }
        }
        searchItem(0);
    });
}

void AccessCheck::searchItem(int index)
{
    if (index >= m_groups.size()) {
        itemNotFound();
        return;
    }
    const Workspace g = m_groups.at(index);
    const bool report = !m_in.reportId.isEmpty();
    PowerBiClient *client = session()->client();
    PagedApiCall *job =
        report ? client->listReports(m_in.profileId, g.id) : client->listDatasets(m_in.profileId, g.id);
    const QString path = QStringLiteral("groups/%1/%2")
                             .arg(g.id, report ? QStringLiteral("reports") : QStringLiteral("datasets"));
    list(job, [this, index, g, report, path](const ListResult &items) {
        for (const QJsonObject &o : items.items) {
            const QString id = o.value(QLatin1String("id")).toString();
            if (id.compare(report ? m_in.reportId : m_in.datasetId, Qt::CaseInsensitive) != 0)
                continue;
            link(AccessLink::WorkspaceRole).evidence.append(ev(path, items));
            m_report.workspaceId = g.id;
            m_report.workspaceName = g.name;
            if (report) {
                const Report r = Report::fromJson(o);
                m_report.reportName = r.name;
                if (m_in.datasetId.isEmpty())
                    m_report.datasetId = r.datasetId;
            } else {
                foundModel(Dataset::fromJson(o), g.id, g.name);
            }
            checkReportRole();
            return;
        }
        searchItem(index + 1);
    });
}

void AccessCheck::itemNotFound()
{
    AccessLink &l = link(AccessLink::WorkspaceRole);
    l.status = Status::Fail;
    const QString item = m_in.reportId.isEmpty() ? tr("semantic model %1").arg(m_in.datasetId)
                                                 : tr("report %1").arg(m_in.reportId);
    l.finding = tr("The %1 is in none of the %n workspace(s) %2 is a member of: it has no access to it "
                   "(or the id is wrong).",
                   nullptr, m_groups.size())
                    .arg(item, asWho());
    l.fix = tr("Add %1 to the workspace that holds the item (Access → Add: principal type App with the "
               "profile), as Admin for the customer's own workspace; or correct the id.")
                .arg(asWho());
    for (int n = 4; n <= 7; ++n)
        skip(n, tr("Not checked: the item is out of reach of this identity."));
    checkGenerateToken();
}

QString AccessCheck::selfRole(const ListResult &users) const
{
    const QString spObject = session()->connection().servicePrincipalObjectId;
    for (const QJsonObject &o : users.items) {
        const GroupUser u = GroupUser::fromJson(o);
        if (!m_in.profileId.isEmpty()) {
            if (u.profileId.compare(m_in.profileId, Qt::CaseInsensitive) == 0)
                return u.groupUserAccessRight;
        } else if (u.principalType == QLatin1String("App") && u.profileId.isEmpty() &&
                   (spObject.isEmpty() || u.identifier.compare(spObject, Qt::CaseInsensitive) == 0)) {
            return u.groupUserAccessRight;
        }
    }
    return {};
}

void AccessCheck::checkReportRole()
{
    Q_EMIT progress(tr("Reading the workspace's access list"));
    const QString ws = m_report.workspaceId;
    list(session()->client()->listGroupUsers(m_in.profileId, ws), [this, ws](const ListResult &users) {
        link(AccessLink::WorkspaceRole).evidence.append(ev(QStringLiteral("groups/%1/users").arg(ws), users));
        // Listed among the workspaces: a member, even when the access list cannot be read.
        m_reportRole = users.ok() ? selfRole(users) : QStringLiteral("?");
        if (m_report.datasetId.isEmpty()) { // a paginated report has no semantic model
            finishRoleLink();
            for (int n : {int(AccessLink::ModelOwner), int(AccessLink::Refresh), int(AccessLink::Rls)}) {
                link(n).status = Status::Pass;
                link(n).finding = tr("Not applicable: the report has no semantic model (paginated report).");
            }
            checkCapacity();
            return;
        }
        if (m_haveModel) {
            finishRoleLink();
            checkModel();
            return;
        }
        locateModel();
    });
}

void AccessCheck::locateModel()
{
    const QString ws = m_report.workspaceId, ds = m_report.datasetId;
    const QString path = QStringLiteral("groups/%1/datasets/%2").arg(ws, ds);
    call(session()->content()->getDataset(m_in.profileId, ws, ds), [this, ws, path](const ApiResponse &resp) {
        if (resp.ok()) {
            link(AccessLink::ModelOwner).evidence.append(ev("GET", path, resp));
            foundModel(Dataset::fromJson(resp.json()), ws, m_report.workspaceName);
            finishRoleLink();
            checkModel();
            return;
        }
        searchModel(0); // the model lives in another workspace
    });
}

void AccessCheck::searchModel(int index)
{
    if (index >= m_groups.size()) {
        m_modelOutOfReach = true;
        finishRoleLink();
        for (int n : {int(AccessLink::ModelOwner), int(AccessLink::Refresh), int(AccessLink::Rls)})
            skip(n, tr("Not checked: the semantic model is out of reach of this identity."));
        checkCapacity();
        return;
    }
    const Workspace g = m_groups.at(index);
    if (g.id.compare(m_report.workspaceId, Qt::CaseInsensitive) == 0) {
        searchModel(index + 1);
        return;
    }
    list(session()->client()->listDatasets(m_in.profileId, g.id), [this, index, g](const ListResult &items) {
        for (const QJsonObject &o : items.items) {
            const Dataset d = Dataset::fromJson(o);
            if (d.id.compare(m_report.datasetId, Qt::CaseInsensitive) != 0)
                continue;
            link(AccessLink::ModelOwner)
                .evidence.append(ev(QStringLiteral("groups/%1/datasets").arg(g.id), items));
            foundModel(d, g.id, g.name);
            checkModelRole();
            return;
        }
        searchModel(index + 1);
    });
}

void AccessCheck::foundModel(const Dataset &model, const QString &workspaceId, const QString &workspaceName)
{
    m_model = model;
    m_haveModel = true;
    m_report.datasetName = model.name;
    m_report.datasetWorkspaceId = workspaceId;
    m_report.datasetWorkspaceName = workspaceName;
}

void AccessCheck::checkModelRole()
{
    const QString ws = m_report.datasetWorkspaceId;
    list(session()->client()->listGroupUsers(m_in.profileId, ws), [this, ws](const ListResult &users) {
        link(AccessLink::WorkspaceRole).evidence.append(ev(QStringLiteral("groups/%1/users").arg(ws), users));
        m_modelRole = users.ok() ? selfRole(users) : QStringLiteral("?");
        finishRoleLink();
        checkModel();
    });
}

void AccessCheck::finishRoleLink()
{
    AccessLink &l = link(AccessLink::WorkspaceRole);
    QStringList findings;
    QStringList fixes;
    bool fail = false;
    bool unknown = false;
    const QString who = asWho();
    const QString whoCap = who.left(1).toUpper() + who.mid(1); // at the start of a sentence
    if (m_reportRole == QLatin1String("?")) {
        unknown = true;
        findings << tr("%1 is a member of workspace %2, but its access list could not be read.")
                        .arg(whoCap, m_report.workspaceName);
    } else if (m_reportRole.isEmpty()) {
        fail = true;
        findings << tr("%1 is not in the access list of workspace %2.").arg(whoCap, m_report.workspaceName);
        fixes << tr("Add %1 as Admin of workspace %2.").arg(who, m_report.workspaceName);
    } else if (m_reportRole != QLatin1String("Admin")) {
        fail = true;
        findings << tr("%1 is only %2 of workspace %3: it can view and embed, but cannot manage access, "
                       "capacity or credentials there; a customer's own identity should be Admin.")
                        .arg(whoCap, m_reportRole, m_report.workspaceName);
        fixes << tr("Make %1 Admin of workspace %2 (Access → Change role).").arg(who, m_report.workspaceName);
    } else {
        findings << tr("%1 is Admin of workspace %2.").arg(whoCap, m_report.workspaceName);
    }
    const bool elsewhere =
        !m_report.datasetWorkspaceId.isEmpty() &&
        m_report.datasetWorkspaceId.compare(m_report.workspaceId, Qt::CaseInsensitive) != 0;
    if (m_modelOutOfReach) {
        fail = true;
        findings << tr("The semantic model %1 is in none of the workspaces %2 can reach.")
                        .arg(m_report.datasetId, who);
        fixes << tr("Give %1 at least Viewer on the workspace of the semantic model.").arg(who);
    } else if (elsewhere) {
        if (m_modelRole.isEmpty()) {
            fail = true;
            findings << tr("The semantic model lives in workspace %1, where %2 has no role.")
                            .arg(m_report.datasetWorkspaceName, who);
            fixes << tr("Give %1 at least Viewer on workspace %2.").arg(who, m_report.datasetWorkspaceName);
        } else {
            findings << tr("The semantic model lives in workspace %1, where %2 is %3.")
                            .arg(m_report.datasetWorkspaceName, who, m_modelRole);
        }
    }
    l.status = fail ? Status::Fail : unknown ? Status::Unknown : Status::Pass;
    l.finding = findings.join(QLatin1Char(' '));
    l.fix = fixes.join(QLatin1Char(' '));
}

} // namespace td
