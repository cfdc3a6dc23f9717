#include "app/util/TerminalText.h"

namespace td {

QString TerminalText::printable(const QString &text)
{
    if (!hasControl(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c.category() != QChar::Other_Control)
            out.append(c);
    }
    return out;
}

bool TerminalText::hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace td
