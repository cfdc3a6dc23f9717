#include "app/audit/RequestAudit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "app/api/ApiError.h"
#include "app/api/ApiRequest.h"
#include "app/domain/JsonReader.h"

namespace td {

namespace {

// Method + path shape ("*" = one id segment) -> action, target kind, and which segment is the target id
// (-1: the created object's "id" from the response).
struct Shape
{
    const char *method;
    const char *path;
    const char *action;
    const char *kind;
    int idSegment;
};

constexpr Shape shapes[] = {
    {"POST", "profiles", "createProfile", "profile", -1},
    {"PUT", "profiles/*", "updateProfile", "profile", 1},
    {"PATCH", "profiles/*", "updateProfile", "profile", 1},
    {"DELETE", "profiles/*", "deleteProfile", "profile", 1},
    {"POST", "groups", "createGroup", "workspace", -1},
    {"PATCH", "groups/*", "updateGroup", "workspace", 1},
    {"DELETE", "groups/*", "deleteGroup", "workspace", 1},
    {"POST", "groups/*/users", "addGroupUser", "workspace", 1},
    {"PUT", "groups/*/users", "updateGroupUser", "workspace", 1},
    {"DELETE", "groups/*/users/*", "deleteGroupUser", "workspace", 1},
    {"POST", "groups/*/AssignToCapacity", "assignToCapacity", "workspace", 1},
    {"POST", "groups/*/imports", "import", "workspace", 1},
    {"POST", "groups/*/datasets/*/Default.UpdateParameters", "updateParameters", "dataset", 3},
    {"POST", "groups/*/datasets/*/refreshes", "refreshDataset", "dataset", 3},
    {"POST", "groups/*/datasets/*/Default.TakeOver", "takeOver", "dataset", 3},
    {"PATCH", "gateways/*/datasources/*", "setDatasourceCredentials", "datasource", 3},
    {"POST", "GenerateToken", "generateToken", "embed token", -2},
    {"POST", "groups/*/reports/*/GenerateToken", "generateToken", "report", 3},
};

QStringList segments(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = QUrl::fromPercentEncoding(p.toUtf8());
    return parts;
}

const Shape *match(const QByteArray &method, const QStringList &parts)
{
    for (const Shape &s : shapes) {
        if (method != s.method)
            continue;
        const QStringList want = QString::fromLatin1(s.path).split(QLatin1Char('/'));
        if (want.size() != parts.size())
            continue;
        bool same = true;
        for (int i = 0; same && i < want.size(); ++i)
            same =
                want.at(i) == QLatin1String("*") || want.at(i).compare(parts.at(i), Qt::CaseInsensitive) == 0;
        if (same)
            return &s;
    }
    return nullptr;
}

} // namespace

bool RequestAudit::audits(const ApiRequest &request)
{
    return request.method != "GET" && request.method != "HEAD";
}

QString RequestAudit::actionName(const QByteArray &method, const QString &path)
{
    if (method == "GET" || method == "HEAD")
        return {};
    const QStringList parts = segments(path);
    if (const Shape *s = match(method, parts))
        return QString::fromLatin1(s->action);
    // Not in the table: the method and the last segment that is not an id, e.g. "post:refreshes".
    return QString::fromLatin1(method).toLower() + QLatin1Char(':') +
           (parts.isEmpty() ? QString() : parts.last());
}

AuditEntry RequestAudit::entry(const ApiRequest &request, int status, const QByteArray &responseBody,
                               const QString &requestId, const QString &error, int attempt)
{
    AuditEntry e;
    const QStringList parts = segments(request.path);
    const Shape *shape = match(request.method, parts);
    e.action = actionName(request.method, request.path);
    e.identity = request.profileId;
    e.requestId = requestId;
    e.ok = error.isEmpty() && status >= 200 && status < 300;
    if (!error.isEmpty())
        e.error = error.simplified();
    else if (!e.ok)
        e.error = ApiError::fromHttp(status, responseBody, requestId).summary().simplified();

    const QJsonObject body =
        request.uploadFilePath.isEmpty() ? QJsonDocument::fromJson(request.body).object() : QJsonObject();
    if (shape) {
        e.targetKind = QString::fromLatin1(shape->kind);
        if (shape->idSegment >= 0)
            e.targetId = parts.value(shape->idSegment);
        else if (shape->idSegment == -1 && e.ok)
            e.targetId =
                jsonString(QJsonDocument::fromJson(responseBody).object(), "id"); // the created object
    }
    e.targetName =
        !jsonString(body, "displayName").isEmpty() ? jsonString(body, "displayName")
        : !jsonString(body, "name").isEmpty()
            ? jsonString(body, "name")
            : request.query.queryItemValue(QStringLiteral("datasetDisplayName"), QUrl::FullyDecoded);

    QStringList details;
    if (parts.size() >= 3 && parts.at(2).compare(QLatin1String("users"), Qt::CaseInsensitive) == 0) {
        const QString member = parts.size() >= 4 ? parts.at(3) : jsonString(body, "identifier");
        details << QStringLiteral("member=%1").arg(member);
        const QString memberProfile =
            parts.size() >= 4
                ? request.query.queryItemValue(QStringLiteral("profileId"))
                : body.value(QLatin1String("profile")).toObject().value(QLatin1String("id")).toString();
        if (!memberProfile.isEmpty())
            details << QStringLiteral("profile=%1").arg(memberProfile);
        if (!jsonString(body, "principalType").isEmpty())
            details << QStringLiteral("principalType=%1").arg(jsonString(body, "principalType"));
        if (!jsonString(body, "groupUserAccessRight").isEmpty())
            details << QStringLiteral("role=%1").arg(jsonString(body, "groupUserAccessRight"));
    }
    if (!jsonString(body, "capacityId").isEmpty())
        details << QStringLiteral("capacity=%1").arg(jsonString(body, "capacityId"));
    if (status > 0)
        details << QStringLiteral("HTTP %1").arg(status);
    if (attempt > 1)
        details << QStringLiteral("attempt %1").arg(attempt);
    e.details = details.join(QLatin1Char(' '));
    return e;
}

} // namespace td
