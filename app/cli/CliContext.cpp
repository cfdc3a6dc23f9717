#include "app/cli/CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "app/util/TerminalText.h"

namespace td {

void CliContext::print(const QString &line) const
{
    if (!json && out) {
        *out << TerminalText::printable(line) << Qt::endl;
    }
}

void CliContext::printJson(const QJsonValue &v) const
{
    if (!out)
        return;
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    *out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
}

void CliContext::fail(int code, const QString &message) const
{
    if (json)
        printJson(QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("exitCode"), code}});
    else if (err)
        *err << TerminalText::printable(message) << Qt::endl;
    if (finish)
        finish(code);
}

} // namespace td
