#pragma once
#include "Caller.h"
#include "EmulatorModel.h"
#include "HttpTypes.h"
#include "ODataFilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace emu {

class EmulatorState;

// Helpers shared by the REST handlers (free functions; no state of their own).
namespace api {

// {"@odata.context": "...$metadata#<entitySet>", "value": [...]} (docs/powerbi-rest/API-NOTES.md §0: '@' form
// on the wire)
QJsonObject collection(const QString &entitySet, const QJsonArray &value);
HttpResponse ok(const QJsonObject &body);

struct Paging
{
    int top = -1; // -1 = no limit
    int skip = 0;
    QJsonArray apply(const QJsonArray &items) const;
};
// Parses $top/$skip; on a bad value fills *error (400) and returns nullopt.
std::optional<Paging> readPaging(const HttpRequest &request, HttpResponse *error);

// Parses $filter into *filter; on a syntax error fills *error (400) and returns false.
bool readFilter(const HttpRequest &request, ODataFilter *filter, HttpResponse *error);

// Parses a JSON object body; on failure fills *error (400).
std::optional<QJsonObject> readJsonObject(const HttpRequest &request, HttpResponse *error);
// A display name from a request body (profiles' displayName, workspaces' name), trimmed: a non-empty string
// without control characters (U+0000-U+001F, U+007F-U+009F). Otherwise std::nullopt and *error (400
// InvalidRequest) with `missing` when it is absent or empty.
std::optional<QString> readName(const QJsonValue &value, const QString &missing, HttpResponse *error);
// Case-insensitive property lookup (requests are parsed leniently, docs/powerbi-rest/API-NOTES.md §17).
QJsonValue field(const QJsonObject &o, const QString &name);
// Canonical spelling of an enum value matched case-insensitively, or "" if not allowed.
QString enumValue(const QString &value, const QStringList &allowed);

// The workspace if the caller is a member (any role); otherwise 404 PowerBIEntityNotFound
// (docs/powerbi-rest/API-NOTES.md §14: a non-member sees the workspace as not found).
Workspace *memberWorkspace(EmulatorState &state, const Caller &caller, const QString &groupId,
                           HttpResponse *error, QString *role = nullptr);
// Like memberWorkspace, but also requires the Admin role (otherwise 401 PowerBINotAuthorizedException).
Workspace *adminWorkspace(EmulatorState &state, const Caller &caller, const QString &groupId,
                          HttpResponse *error);

// Like memberWorkspace, but requires a role that may change content: Admin, Member or Contributor
// (a Viewer gets 401 PowerBINotAuthorizedException).
Workspace *writerWorkspace(EmulatorState &state, const Caller &caller, const QString &groupId,
                           HttpResponse *error);
// The dataset `datasetId` of a workspace the caller may read (write = false) or change (write = true): the
// workspace checks above, then 404 when the workspace has no such dataset. *workspace receives the workspace.
Dataset *workspaceDataset(EmulatorState &state, const Caller &caller, const QString &groupId,
                          const QString &datasetId, bool write, HttpResponse *error,
                          Workspace **workspace = nullptr);

bool isGuid(const QString &s);
QString nowIso();

} // namespace api
} // namespace emu
