#pragma once
#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QVector>

#include "app/health/HealthTypes.h"

namespace td {

// Findings as CSV (UTF-8 with BOM, RFC 4180: severity,rule,objects,explanation,fix,advice), as a
// self-contained HTML page (every text escaped) and as JSON (for tenantdesk-cli health --json).
class HealthExport
{
    Q_DECLARE_TR_FUNCTIONS(HealthExport)
public:
    static QStringList csvHeader();
    static QByteArray toCsv(const QVector<HealthFinding> &findings);
    static QByteArray toHtml(const QVector<HealthFinding> &findings, const QString &title);
    static QJsonArray toJson(const QVector<HealthFinding> &findings);
    // Writes CSV or HTML by the file's suffix (.html/.htm, else CSV). False with *error when it cannot.
    static bool write(const QString &path, const QVector<HealthFinding> &findings, const QString &title,
                      QString *error);
};

} // namespace td
