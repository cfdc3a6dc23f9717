#include "app/diagnostics/AccessReport.h"

#include <QJsonArray>

#include "app/diagnostics/DiagnosticsLogging.h"

Q_LOGGING_CATEGORY(lcDiagnostics, "td.diagnostics")

namespace td {

namespace {

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString named(const QString &name, const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("-");
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace

// ---- AccessEvidence -------------------------------------------------------------------------------

QString AccessEvidence::toText() const
{
    QString text =
        QStringLiteral("%1 %2 → %3")
            .arg(method, path, httpStatus > 0 ? QString::number(httpStatus) : QStringLiteral("no answer"));
    if (!requestId.isEmpty())
        text += QStringLiteral(" (RequestId %1)").arg(requestId);
    if (!note.isEmpty())
        text += QStringLiteral(" ") + note;
    return text;
}

QJsonObject AccessEvidence::toJson() const
{
    return {{QStringLiteral("method"), method},
            {QStringLiteral("path"), path},
            {QStringLiteral("httpStatus"), httpStatus},
            {QStringLiteral("requestId"), requestId},
            {QStringLiteral("note"), note}};
}

AccessEvidence AccessEvidence::fromJson(const QJsonObject &o)
{
    return {s(o, "method"), s(o, "path"), o.value(QLatin1String("httpStatus")).toInt(), s(o, "requestId"),
            s(o, "note")};
}

// ---- AccessLink -----------------------------------------------------------------------------------

QString AccessLink::statusName(Status st)
{
    switch (st) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString AccessLink::statusLabel(Status st)
{
    switch (st) {
    case Status::Pass:
        return tr("PASS");
    case Status::Fail:
        return tr("FAIL");
    case Status::Unknown:
        break;
    }
    return tr("UNKNOWN");
}

AccessLink AccessLink::make(int number)
{
    static const char *const keys[] = {"token",    "profile", "workspace-role", "model-owner", "refresh",
                                       "capacity", "rls",     "generate-token"};
    const QString titles[] = {tr("The connection gets a token"),
                              tr("The profile exists and belongs to this service principal"),
                              tr("The profile's role on the workspaces"),
                              tr("The semantic model's owner and data source credentials"),
                              tr("The semantic model's last refresh"),
                              tr("The workspace is on an active capacity"),
                              tr("Row-level security (effective identity and roles)"),
                              tr("GenerateToken as the profile")};
    AccessLink l;
    l.number = number;
    l.key = QLatin1String(keys[number - 1]);
    l.title = titles[number - 1];
    l.finding = tr("Not checked.");
    return l;
}

QJsonObject AccessLink::toJson() const
{
    QJsonArray ev;
    for (const AccessEvidence &e : evidence)
        ev.append(e.toJson());
    return {{QStringLiteral("number"), number},   {QStringLiteral("key"), key},
            {QStringLiteral("title"), title},     {QStringLiteral("status"), statusName(status)},
            {QStringLiteral("finding"), finding}, {QStringLiteral("fix"), fix},
            {QStringLiteral("evidence"), ev}};
}

AccessLink AccessLink::fromJson(const QJsonObject &o)
{
    AccessLink l;
    l.number = o.value(QLatin1String("number")).toInt();
    l.key = s(o, "key");
    l.title = s(o, "title");
    const QString st = s(o, "status");
    l.status = st == QLatin1String("pass")   ? Status::Pass
               : st == QLatin1String("fail") ? Status::Fail
                                             : Status::Unknown;
    l.finding = s(o, "finding");
    l.fix = s(o, "fix");
    for (const auto v : o.value(QLatin1String("evidence")).toArray())
        l.evidence.append(AccessEvidence::fromJson(v.toObject()));
    return l;
}

// ---- AccessReport ---------------------------------------------------------------------------------

AccessReport::AccessReport()
{
    for (int n = 1; n <= 8; ++n)
        links.append(AccessLink::make(n));
}

int AccessReport::count(AccessLink::Status st) const
{
    int n = 0;
    for (const AccessLink &l : links)
        n += l.status == st ? 1 : 0;
    return n;
}

const AccessLink *AccessReport::firstFailure() const
{
    for (const AccessLink &l : links) {
        if (l.status == AccessLink::Status::Fail)
            return &l;
    }
    for (const AccessLink &l : links) {
        if (l.status == AccessLink::Status::Unknown)
            return &l;
    }
    return nullptr;
}

QString AccessReport::toTicketText() const
{
    QStringList out;
    out << tr("TenantDesk access check, %1").arg(checkedAt.toUTC().toString(Qt::ISODate));
    out << tr("Connection: %1 (tenant %2, application id %3)").arg(connectionName, tenantId, clientId);
    out << (profileId.isEmpty() ? tr("Identity: the service principal itself (no profile)")
                                : tr("Identity: profile %1").arg(named(profileName, profileId)));
    if (!reportId.isEmpty())
        out << tr("Report: %1").arg(named(reportName, reportId));
    out << tr("Semantic model: %1").arg(named(datasetName, datasetId));
    out << tr("Workspace: %1").arg(named(workspaceName, workspaceId));
    if (!datasetWorkspaceId.isEmpty() && datasetWorkspaceId.compare(workspaceId, Qt::CaseInsensitive) != 0)
        out << tr("Semantic model's workspace: %1").arg(named(datasetWorkspaceName, datasetWorkspaceId));
    if (!username.isEmpty())
        out << tr("Effective identity: %1, roles: %2")
                   .arg(username, roles.isEmpty() ? tr("(none)") : roles.join(QStringLiteral(", ")));
    const AccessLink *first = firstFailure();
    out << tr("Result: %1 passed, %2 failed, %3 unknown%4")
               .arg(count(AccessLink::Status::Pass))
               .arg(count(AccessLink::Status::Fail))
               .arg(count(AccessLink::Status::Unknown))
               .arg(first ? tr("; first broken link: %1. %2").arg(first->number).arg(first->title)
                          : QString());
    for (const AccessLink &l : links) {
        out << QString();
        out << QStringLiteral("%1. [%2] %3").arg(l.number).arg(AccessLink::statusLabel(l.status), l.title);
        out << tr("   Finding: %1").arg(l.finding);
        for (const AccessEvidence &e : l.evidence)
            out << tr("   Evidence: %1").arg(e.toText());
        if (!l.fix.isEmpty())
            out << tr("   Fix: %1").arg(l.fix);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject AccessReport::toJson() const
{
    QJsonArray ls;
    for (const AccessLink &l : links)
        ls.append(l.toJson());
    return {{QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("connection"), connectionName},
            {QStringLiteral("tenantId"), tenantId},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("profileId"), profileId},
            {QStringLiteral("profileName"), profileName},
            {QStringLiteral("reportId"), reportId},
            {QStringLiteral("reportName"), reportName},
            {QStringLiteral("datasetId"), datasetId},
            {QStringLiteral("datasetName"), datasetName},
            {QStringLiteral("workspaceId"), workspaceId},
            {QStringLiteral("workspaceName"), workspaceName},
            {QStringLiteral("datasetWorkspaceId"), datasetWorkspaceId},
            {QStringLiteral("datasetWorkspaceName"), datasetWorkspaceName},
            {QStringLiteral("username"), username},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
            {QStringLiteral("passed"), allPassed()},
            {QStringLiteral("links"), ls}};
}

AccessReport AccessReport::fromJson(const QJsonObject &o)
{
    AccessReport r;
    r.checkedAt = QDateTime::fromString(s(o, "checkedAt"), Qt::ISODate);
    r.connectionName = s(o, "connection");
    r.tenantId = s(o, "tenantId");
    r.clientId = s(o, "clientId");
    r.profileId = s(o, "profileId");
    r.profileName = s(o, "profileName");
    r.reportId = s(o, "reportId");
    r.reportName = s(o, "reportName");
    r.datasetId = s(o, "datasetId");
    r.datasetName = s(o, "datasetName");
    r.workspaceId = s(o, "workspaceId");
    r.workspaceName = s(o, "workspaceName");
    r.datasetWorkspaceId = s(o, "datasetWorkspaceId");
    r.datasetWorkspaceName = s(o, "datasetWorkspaceName");
    r.username = s(o, "username");
    for (const auto v : o.value(QLatin1String("roles")).toArray())
        r.roles.append(v.toString());
    const QJsonArray ls = o.value(QLatin1String("links")).toArray();
    for (int i = 0; i < ls.size() && i < r.links.size(); ++i)
        r.links[i] = AccessLink::fromJson(ls.at(i).toObject());
    return r;
}

} // namespace td
