#include "app/api/ResponseCheck.h"

#include <QJsonDocument>

namespace td {

ApiError checkSuccessBody(int status, const QByteArray &body, const QString &requestId, bool expectJson)
{
    const QByteArray trimmed = body.trimmed();
    if (!expectJson || trimmed.isEmpty())
        return {};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()))
        return {};
    ApiError e = ApiError::fromHttp(status, body, requestId);
    e.kind = ApiError::Kind::BadResponse;
    if (!e.htmlBody) {
        e.code.clear();
        e.message = parseError.error != QJsonParseError::NoError
                        ? parseError.errorString()
                        : QStringLiteral("not a JSON object or array");
    }
    return e;
}

} // namespace td
