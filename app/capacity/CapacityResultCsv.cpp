#include "app/capacity/CapacityResultCsv.h"

#include "app/capacity/AssignCapacityJobType.h"
#include "app/domain/JsonReader.h"
#include "app/util/Csv.h"

namespace td {

QStringList CapacityResultCsv::header()
{
    return {QStringLiteral("workspaceId"),      QStringLiteral("workspaceName"),
            QStringLiteral("identity"),         QStringLiteral("previousCapacityId"),
            QStringLiteral("targetCapacityId"), QStringLiteral("status"),
            QStringLiteral("assignmentStatus"), QStringLiteral("error"),
            QStringLiteral("requestId"),        QStringLiteral("activityId")};
}

QStringList CapacityResultCsv::fields(const JobItemInfo &item, const QJsonObject &jobParams)
{
    const QJsonObject out = item.result.value(AssignCapacityJobType::stepName()).toObject();
    const QString profile = jsonString(item.params, "profileId");
    const QString workspaceId = jsonString(item.params, "workspaceId");
    return {workspaceId.isEmpty() ? item.key : workspaceId,
            item.displayName,
            profile.isEmpty() ? QStringLiteral("serviceprincipal") : profile,
            AssignCapacityJobType::previousCapacityId(item),
            AssignCapacityJobType::targetCapacityId(item, jobParams),
            stateKey(item.state),
            jsonString(out, "status"),
            item.error,
            item.requestId,
            jsonString(out, "activityId")};
}

QString CapacityResultCsv::toCsv(const QVector<JobItemInfo> &items, const QJsonObject &jobParams,
                                 const QVector<PlanItem> &notRun)
{
    QString text = Csv::line(header());
    for (const JobItemInfo &item : items)
        text += Csv::line(fields(item, jobParams));
    const QString target = normalizedCapacityId(jsonString(jobParams, "capacityId"));
    for (const PlanItem &p : notRun) {
        if (p.action == PlanAction::Move)
            continue;
        QStringList messages;
        for (const PreflightFinding &f : p.findings) {
            if (f.severity != FindingSeverity::Info || p.action == PlanAction::Skip)
                messages << QStringLiteral("%1: %2").arg(f.ruleId, f.message);
        }
        text +=
            Csv::line({p.workspace.workspaceId,
                       p.workspace.workspaceName,
                       p.workspace.adminProfileId.isEmpty() ? QStringLiteral("serviceprincipal")
                                                            : p.workspace.adminProfileId,
                       p.workspace.currentCapacityId,
                       target,
                       p.action == PlanAction::Skip ? QStringLiteral("skipped") : QStringLiteral("blocked"),
                       {},
                       messages.join(QStringLiteral("; ")),
                       {},
                       {}});
    }
    return text;
}

bool CapacityResultCsv::write(const QString &path, const QVector<JobItemInfo> &items,
                              const QJsonObject &jobParams, const QVector<PlanItem> &notRun, QString *error)
{
    return Csv::save(path, toCsv(items, jobParams, notRun).toUtf8(), error);
}

} // namespace td
