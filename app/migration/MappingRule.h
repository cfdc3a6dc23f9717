#pragma once
#include <QCoreApplication>
#include <QRegularExpression>

#include "app/migration/MigrationTypes.h"

namespace td {

// The admin's pattern from workspace name to customer. The pattern is the workspace name with
// placeholders: {name} (the customer's display name) and {id} (a customer id inside the name), e.g.
// "Legacy – {name}" or "{id} - {name}"; '*' matches anything; the rest matches literally (case
// insensitive, the whole name). The id template builds the customer id from {id}, {n} (a counter over
// the matched workspaces in name order, 3 digits, from counterStart) and {slug} (the name in lower case,
// runs of other characters as '-'), e.g. "{slug}", "LEG-{n}", "{id}".
class MappingRule
{
    Q_DECLARE_TR_FUNCTIONS(MappingRule)
public:
    static QString defaultPattern() { return QStringLiteral("Legacy \u2013 {name}"); }
    static QString defaultIdTemplate() { return QStringLiteral("{slug}"); }

    MappingRule(const QString &pattern, const QString &idTemplate, int counterStart = 1);
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // why the pattern or template cannot be used

    // One row per workspace (in the inventory's order). Names the pattern does not match, and ids that
    // are not valid customer ids, are excluded with the reason; rows with the same customer id are
    // grouped under one customer (noted).
    QVector<MappingRow> preview(const QVector<LegacyWorkspace> &workspaces) const;
    static QString slug(const QString &name);
    // Notes every row whose customer id is shared with another included row ("grouped: 2 workspaces").
    static void noteGroups(QVector<MappingRow> &rows);

private:
    QRegularExpression m_re;
    QString m_idTemplate;
    int m_counterStart;
    bool m_hasName = false;
    bool m_hasId = false;
    QString m_error;
};

} // namespace td
