#include "app/health/HealthExport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>

#include "app/util/Csv.h"
#include "app/util/DataDir.h"

namespace td {

QStringList HealthExport::csvHeader()
{
    return {QStringLiteral("severity"),    QStringLiteral("rule"), QStringLiteral("objects"),
            QStringLiteral("explanation"), QStringLiteral("fix"),  QStringLiteral("advice")};
}

QByteArray HealthExport::toCsv(const QVector<HealthFinding> &findings)
{
    QString text = Csv::line(csvHeader());
    for (const HealthFinding &f : findings)
        text += Csv::line({healthSeverityName(f.severity), f.ruleId, f.objectsText(), f.explanation,
                           f.fix.preview, f.advice});
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray HealthExport::toHtml(const QVector<HealthFinding> &findings, const QString &title)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                                  "td,th{border:1px solid #999;padding:4px;vertical-align:top}"
                                  ".error{color:#a00}.warning{color:#a60}</style></head><body>\n")
                       .arg(title.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(title.toHtmlEscaped(), tr("%n finding(s), %1", nullptr, int(findings.size()))
                                                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                                .toHtmlEscaped());
    html += QStringLiteral("<table>\n<tr>");
    for (const QString &h : {tr("Severity"), tr("Rule"), tr("Objects"), tr("Explanation"), tr("Fix")})
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>\n");
    for (const HealthFinding &f : findings) {
        const QString fix = f.fix.isAvailable() ? f.fix.preview : f.advice;
        html +=
            QStringLiteral("<tr><td class=\"%1\">%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                .arg(healthSeverityName(f.severity), healthSeverityLabel(f.severity).toHtmlEscaped(),
                     f.ruleId.toHtmlEscaped(), f.objectsText().toHtmlEscaped(), f.explanation.toHtmlEscaped(),
                     fix.toHtmlEscaped());
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html.toUtf8();
}

QJsonArray HealthExport::toJson(const QVector<HealthFinding> &findings)
{
    QJsonArray out;
    for (const HealthFinding &f : findings) {
        QJsonArray objects;
        for (const HealthObject &o : f.objects)
            objects.append(o.toJson());
        QJsonObject o{{QStringLiteral("rule"), f.ruleId},
                      {QStringLiteral("severity"), healthSeverityName(f.severity)},
                      {QStringLiteral("objects"), objects},
                      {QStringLiteral("explanation"), f.explanation},
                      {QStringLiteral("fixAvailable"), f.fix.isAvailable()}};
        if (f.fix.isAvailable()) {
            o.insert(QStringLiteral("fix"), f.fix.preview);
            o.insert(QStringLiteral("fixAction"), HealthFix::actionName(f.fix.action));
        } else {
            o.insert(QStringLiteral("advice"), f.advice);
        }
        out.append(o);
    }
    return out;
}

bool HealthExport::write(const QString &path, const QVector<HealthFinding> &findings, const QString &title,
                         QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm");
    QString why;
    if (DataDir::save(path, html ? toHtml(findings, title) : toCsv(findings), &why))
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(path, why);
    return false;
}

} // namespace td
