#include "app/diagnostics/AccessReport.h"

#include <QJsonArray>

#include "app/diagnostics/DiagnosticsLogging.h"
#include "app/domain/JsonFields.h"

Q_LOGGING_CATEGORY(lcDiagnostics, "td.diagnostics")

namespace td {

namespace {

const JsonFields<AccessEvidence> kEvidenceFields{{"method", &AccessEvidence::method},
                                                 {"path", &AccessEvidence::path},
                                                 {"httpStatus", &AccessEvidence::httpStatus},
                                                 {"requestId", &AccessEvidence::requestId},
                                                 {"note", &AccessEvidence::note}};

const JsonFields<AccessLink> kLinkFields{{"number", &AccessLink::number},
                                         {"key", &AccessLink::key},
                                         {"title", &AccessLink::title},
                                         {"finding", &AccessLink::finding},
                                         {"fix", &AccessLink::fix}};

const EnumKey<AccessLink::Status> kStatusKeys[] = {
    {AccessLink::Status::Pass, "pass", QT_TRANSLATE_NOOP("AccessLink", "PASS")},
    {AccessLink::Status::Fail, "fail", QT_TRANSLATE_NOOP("AccessLink", "FAIL")},
    {AccessLink::Status::Unknown, "unknown", QT_TRANSLATE_NOOP("AccessLink", "UNKNOWN")}};

// checkedAt, the links and "passed" are written beside the table.
const JsonFields<AccessReport> kReportFields{{"connection", &AccessReport::connectionName},
                                             {"tenantId", &AccessReport::tenantId},
                                             {"clientId", &AccessReport::clientId},
                                             {"profileId", &AccessReport::profileId},
                                             {"profileName", &AccessReport::profileName},
                                             {"reportId", &AccessReport::reportId},
                                             {"reportName", &AccessReport::reportName},
                                             {"datasetId", &AccessReport::datasetId},
                                             {"datasetName", &AccessReport::datasetName},
                                             {"workspaceId", &AccessReport::workspaceId},
                                             {"workspaceName", &AccessReport::workspaceName},
                                             {"datasetWorkspaceId", &AccessReport::datasetWorkspaceId},
                                             {"datasetWorkspaceName", &AccessReport::datasetWorkspaceName},
                                             {"username", &AccessReport::username},
                                             {"roles", &AccessReport::roles}};

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
    return kEvidenceFields.write(*this);
}

AccessEvidence AccessEvidence::fromJson(const QJsonObject &o)
{
    return kEvidenceFields.read(o);
}

// ---- AccessLink -----------------------------------------------------------------------------------

QString AccessLink::statusName(Status st)
{
    return enumKey(kStatusKeys, st, "unknown");
}

QString AccessLink::statusLabel(Status st)
{
    return enumLabel(kStatusKeys, st, "AccessLink");
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
    return kLinkFields.write(
        *this, {{QStringLiteral("status"), statusName(status)}, {QStringLiteral("evidence"), ev}});
}

AccessLink AccessLink::fromJson(const QJsonObject &o)
{
    AccessLink l = kLinkFields.read(o);
    l.status = enumFromKey(kStatusKeys, jsonString(o, "status"), Status::Unknown);
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
    return kReportFields.write(*this, {{QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODate)},
                                       {QStringLiteral("passed"), allPassed()},
                                       {QStringLiteral("links"), ls}});
}

AccessReport AccessReport::fromJson(const QJsonObject &o)
{
    AccessReport r;
    kReportFields.read(o, &r);
    r.checkedAt = QDateTime::fromString(jsonString(o, "checkedAt"), Qt::ISODate);
    const QJsonArray ls = o.value(QLatin1String("links")).toArray();
    for (int i = 0; i < ls.size() && i < r.links.size(); ++i)
        r.links[i] = AccessLink::fromJson(ls.at(i).toObject());
    return r;
}

} // namespace td
