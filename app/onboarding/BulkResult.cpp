#include "app/onboarding/BulkResult.h"

#include "app/util/Csv.h"

namespace td {

namespace {
QString out(const JobItemInfo &item, const char *step, const char *key)
{
    return item.result.value(QLatin1String(step)).toObject().value(QLatin1String(key)).toString();
}
} // namespace

QStringList BulkResult::header()
{
    return {QStringLiteral("customerId"), QStringLiteral("displayName"), QStringLiteral("status"),
            QStringLiteral("profileId"),  QStringLiteral("workspaceId"), QStringLiteral("reportId"),
            QStringLiteral("datasetId"),  QStringLiteral("error"),       QStringLiteral("requestId")};
}

QStringList BulkResult::fields(const JobItemInfo &item)
{
    return {item.key,
            item.displayName,
            stateKey(item.state),
            out(item, "profile", "profileId"),
            out(item, "workspace", "workspaceId"),
            out(item, "import", "reportId"),
            out(item, "import", "datasetId"),
            item.error,
            item.requestId};
}

QString BulkResult::toCsv(const QVector<JobItemInfo> &items, const QVector<OnboardingRow> &badRows)
{
    QString text = Csv::line(header());
    for (const JobItemInfo &item : items)
        text += Csv::line(fields(item));
    for (const OnboardingRow &r : badRows) {
        const bool skipped = r.error.isEmpty() && !r.skipped.isEmpty();
        text += Csv::line({r.customerId,
                           r.displayName,
                           skipped ? QStringLiteral("skipped") : QStringLiteral("invalid"),
                           {},
                           {},
                           {},
                           {},
                           skipped ? r.skipped : r.error,
                           {}});
    }
    return text;
}

bool BulkResult::write(const QString &path, const QVector<JobItemInfo> &items,
                       const QVector<OnboardingRow> &badRows, QString *error)
{
    return Csv::save(path, toCsv(items, badRows).toUtf8(), error);
}

} // namespace td
