// The emulator's OData $filter parser and evaluator: any text parses or is refused, never crashes,
// recurses without bound or takes more than linear time.
#include <QJsonObject>

#include "ODataFilter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    emu::ODataFilter filter;
    QString error;
    if (filter.parse(text, &error)) {
        filter.matches(QJsonObject{{QStringLiteral("name"), QStringLiteral("C0001 – Fabrikam")},
                                   {QStringLiteral("id"), 1},
                                   {QStringLiteral("isReadOnly"), false}});
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    return 0;
}
