#include "app/diagnostics/EmbedTokenTest.h"

#include "app/domain/JsonReader.h"
#include "app/ops/AsyncOp.h"
#include "app/session/ConnectionSession.h"

namespace td {

GenerateTokenRequest EmbedTokenTestInput::toRequest() const
{
    GenerateTokenRequest r;
    r.reportIds = reportIds;
    r.datasetIds = datasetIds;
    r.targetWorkspaceIds = targetWorkspaceIds;
    r.lifetimeInMinutes = lifetimeInMinutes;
    if (!username.isEmpty()) {
        EffectiveIdentity id;
        id.username = username;
        id.roles = roles;
        id.datasets = datasetIds;
        r.identities << id;
    }
    return r;
}

EmbedTokenOutcome EmbedTokenOutcome::fromResult(const OpResult &result)
{
    EmbedTokenOutcome o;
    o.ok = result.ok;
    o.requestId = result.requestId;
    if (result.ok) {
        o.httpStatus = 200;
        o.tokenId = jsonString(result.output, "tokenId");
        o.expiration = QDateTime::fromString(jsonString(result.output, "expiration"), Qt::ISODate);
        return o;
    }
    o.httpStatus = result.error.httpStatus;
    o.errorCode = result.error.code;
    o.errorMessage = result.error.message;
    o.summary = result.error.summary();
    return o;
}

QString EmbedTokenOutcome::toText() const
{
    if (ok)
        return tr("Embed token generated: token id %1, expires %2 UTC (RequestId %3).")
            .arg(tokenId, expiration.toUTC().toString(Qt::ISODate), requestId);
    QString text = tr("GenerateToken failed: HTTP %1 %2").arg(httpStatus).arg(errorCode);
    if (!errorMessage.isEmpty())
        text += QStringLiteral(": ") + errorMessage;
    else if (!summary.isEmpty())
        text += QStringLiteral(": ") + summary;
    if (!requestId.isEmpty())
        text += tr(" (RequestId %1)").arg(requestId);
    return text;
}

QJsonObject EmbedTokenOutcome::toJson() const
{
    return {{QStringLiteral("ok"), ok},
            {QStringLiteral("tokenId"), tokenId},
            {QStringLiteral("expiration"),
             expiration.isValid() ? expiration.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("httpStatus"), httpStatus},
            {QStringLiteral("errorCode"), errorCode},
            {QStringLiteral("errorMessage"), errorMessage},
            {QStringLiteral("requestId"), requestId}};
}

} // namespace td
