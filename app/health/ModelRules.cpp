#include "app/health/ModelRules.h"

namespace td {

namespace {
HealthObject model(const HealthModel &m)
{
    return {QStringLiteral("semantic-model"), m.datasetId, m.name};
}

bool failed(const HealthModel &m)
{
    return m.hasHistory && m.last.status.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0;
}
} // namespace

QVector<HealthFinding> RefreshFailedRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    for (const HealthModel &m : s.models) {
        if (!failed(m) || m.last.errorCode() == MissingCredentialsRule::errorCode())
            continue;
        const QString code = m.last.errorCode().isEmpty() ? tr("no error code") : m.last.errorCode();
        HealthFinding f = finding(
            tr("The last refresh of %1 in workspace %2 failed (%3, %4): its reports show "
               "old data.")
                .arg(m.name, s.workspaceName(m.workspaceId), code, m.last.endTime.toString(Qt::ISODate)),
            {model(m), workspace(s, m.workspaceId)});
        f.fix.action = HealthFix::Action::Refresh;
        f.fix.asProfileId = m.asProfileId;
        f.fix.workspaceId = m.workspaceId;
        f.fix.targetId = m.datasetId;
        f.fix.targetName = m.name;
        f.fix.preview = tr("Refresh %1 in workspace %2 now and wait for the result.")
                            .arg(m.name, s.workspaceName(m.workspaceId));
        out.append(f);
    }
    return out;
}

QVector<HealthFinding> MissingCredentialsRule::check(const HealthSnapshot &s) const
{
    QVector<HealthFinding> out;
    for (const HealthModel &m : s.models) {
        if (!failed(m) || m.last.errorCode() != errorCode())
            continue;
        HealthFinding f =
            finding(tr("The data sources of %1 in workspace %2 have no credentials: every refresh "
                       "fails (%3).")
                        .arg(m.name, s.workspaceName(m.workspaceId), errorCode()),
                    {model(m), workspace(s, m.workspaceId)});
        f.advice =
            tr("TenantDesk does not keep data source secrets. Enter the credentials (Onboard customer, "
               "credentials page, or the gateway data source API) as the model's owner, then refresh.");
        out.append(f);
    }
    return out;
}

} // namespace td
