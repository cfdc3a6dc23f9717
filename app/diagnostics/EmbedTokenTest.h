#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include "app/domain/ContentTypes.h"

namespace td {

struct OpResult;

// What to embed in one test: GenerateToken V2 as an identity (a profile, or the service principal when
// profileId is empty) for reports, semantic models and target workspaces, optionally with one effective
// identity (row-level security) applied to the listed semantic models.
struct EmbedTokenTestInput
{
    QString profileId;
    QStringList reportIds, datasetIds, targetWorkspaceIds;
    QString username; // empty = no effective identity
    QStringList roles;
    int lifetimeInMinutes = 0;

    GenerateTokenRequest toRequest() const;
};

// The outcome of one embed token test: success with the token's id and expiry (the token itself is never
// kept), or the exact error the service gave with its RequestId.
struct EmbedTokenOutcome
{
    Q_DECLARE_TR_FUNCTIONS(EmbedTokenOutcome)
public:
    bool ok = false;
    QString tokenId;
    QDateTime expiration;
    int httpStatus = 0;
    QString errorCode, errorMessage, summary;
    QString requestId;

    static EmbedTokenOutcome fromResult(const OpResult &result); // from EmbedCheckOp's finished()
    QString toText() const;                                      // one or two lines for people
    QJsonObject toJson() const;
};

} // namespace td
