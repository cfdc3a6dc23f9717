#include "app/migration/MappingRule.h"

#include "app/registry/Customer.h"

namespace td {

MappingRule::MappingRule(const QString &pattern, const QString &idTemplate, int counterStart)
    : m_idTemplate(idTemplate.trimmed()), m_counterStart(counterStart)
{
    const QString p = pattern.trimmed();
    QString re = QStringLiteral("^");
    int i = 0;
    while (i < p.size()) {
        if (p.mid(i, 6) == QLatin1String("{name}")) {
            if (m_hasName) {
                m_error = tr("The pattern uses {name} more than once.");
                return;
            }
            re += QStringLiteral("(?<name>.+?)");
            m_hasName = true;
            i += 6;
        } else if (p.mid(i, 4) == QLatin1String("{id}")) {
            if (m_hasId) {
                m_error = tr("The pattern uses {id} more than once.");
                return;
            }
            re += QStringLiteral("(?<id>[A-Za-z0-9_.:-]+?)");
            m_hasId = true;
            i += 4;
        } else if (p.at(i) == QLatin1Char('*')) {
            re += QStringLiteral(".*?");
            ++i;
        } else if (p.at(i).isSpace()) {
            re += QStringLiteral("\\s+");
            while (i < p.size() && p.at(i).isSpace())
                ++i;
        } else {
            re += QRegularExpression::escape(p.at(i));
            ++i;
        }
    }
    re += QStringLiteral("$");
    if (!m_hasName && !m_hasId) {
        m_error = tr("The pattern needs {name} or {id}, e.g. \"Legacy \u2013 {name}\".");
        return;
    }
    if (m_idTemplate.isEmpty()) {
        m_error = tr("The customer id template is empty; use e.g. {slug}, {id} or LEG-{n}.");
        return;
    }
    if (m_idTemplate.contains(QLatin1String("{id}")) && !m_hasId) {
        m_error = tr("The id template uses {id} but the pattern has no {id}.");
        return;
    }
    m_re.setPattern(re);
    m_re.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
    if (!m_re.isValid())
        m_error = tr("The pattern cannot be used: %1").arg(m_re.errorString());
}

QString MappingRule::slug(const QString &name)
{
    QString out;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += c.toLower();
            dash = false;
        } else if (!dash && !out.isEmpty() && c.category() != QChar::Mark_NonSpacing) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(64);
}

void MappingRule::noteGroups(QVector<MappingRow> &rows)
{
    QHash<QString, int> count;
    for (const MappingRow &r : rows) {
        if (r.included)
            ++count[r.customerId.toLower()];
    }
    for (MappingRow &r : rows) {
        if (!r.included)
            continue;
        const int n = count.value(r.customerId.toLower());
        r.note = n > 1 ? tr("grouped: %1 workspaces for %2").arg(n).arg(r.customerId) : QString();
    }
}

QVector<MappingRow> MappingRule::preview(const QVector<LegacyWorkspace> &workspaces) const
{
    QVector<MappingRow> rows;
    int counter = m_counterStart;
    for (const LegacyWorkspace &w : workspaces) {
        MappingRow r;
        r.workspaceId = w.id;
        r.workspaceName = w.name;
        if (!isValid()) {
            r.note = m_error;
            rows.append(r);
            continue;
        }
        const QRegularExpressionMatch m = m_re.match(w.name.trimmed());
        if (!m.hasMatch()) {
            r.note = tr("excluded: the name does not match the pattern");
            rows.append(r);
            continue;
        }
        const QString name = m_hasName ? m.captured(QStringLiteral("name")).trimmed() : QString();
        const QString id = m_hasId ? m.captured(QStringLiteral("id")) : QString();
        r.displayName = name.isEmpty() ? id : name;
        QString cid = m_idTemplate;
        cid.replace(QLatin1String("{id}"), id);
        cid.replace(QLatin1String("{slug}"), slug(r.displayName));
        if (cid.contains(QLatin1String("{n}")))
            cid.replace(QLatin1String("{n}"), QStringLiteral("%1").arg(counter++, 3, 10, QLatin1Char('0')));
        r.customerId = cid;
        if (!Customer::isValidCustomerId(cid)) {
            r.note = tr("excluded: \"%1\" is not a valid customer id").arg(cid.left(80));
        } else {
            r.included = true;
        }
        rows.append(r);
    }
    noteGroups(rows);
    return rows;
}

} // namespace td
