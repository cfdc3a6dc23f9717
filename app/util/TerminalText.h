#pragma once
#include <QString>

namespace td {

// Text from outside (customer names, service messages) on its way to a terminal: a control character
// could move the cursor, clear the screen or change the terminal's title.
struct TerminalText
{
    // Without control characters (C0, DEL, C1) but line feeds and tabs, which the CLI's own lines and
    // columns use (names with either are refused on input).
    static QString printable(const QString &text);
    // True when the text holds any control character, tab and line breaks included: refused in names.
    static bool hasControl(const QString &text);
};

} // namespace td
