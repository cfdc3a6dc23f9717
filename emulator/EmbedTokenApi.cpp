#include "EmbedTokenApi.h"

#include "ApiSupport.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace emu {

namespace {
constexpr int kMaxItems = 50; // [SW] at most 50 reports, datasets and target workspaces

bool canWrite(const QString &role)
{
    return role == QLatin1String("Admin") || role == QLatin1String("Member") ||
           role == QLatin1String("Contributor");
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const auto item : v.toArray())
        out.append(item.toString());
    return out;
}

bool containsId(const QStringList &ids, const QString &id)
{
    for (const QString &s : ids) {
        if (s.compare(id, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Assumption (no error bodies are documented for GenerateToken): RLS violations answer 400
// InvalidRequest with the messages the service is commonly reported to give.
HttpResponse rlsError(const QString &message)
{
    return ErrorBodies::badRequest(message);
}
} // namespace

void EmbedTokenApi::registerRoutes(Router &router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/v1\\.0/myorg/GenerateToken"),
               [this](const RouteContext &c) { return generateV2(c); });
    router.add(QStringLiteral("POST"),
               QStringLiteral("/v1\\.0/myorg/groups/([^/]+)/reports/([^/]+)/GenerateToken"),
               [this](const RouteContext &c) { return generateForReport(c); });
}

EmbedTokenApi::Located EmbedTokenApi::locate(const Caller &caller, const QString &id, bool report)
{
    auto has = [&](Workspace &w) {
        return report ? w.findReport(id) != nullptr : w.findDataset(id) != nullptr;
    };
    const QString key = caller.principalKey();
    for (const Workspace *cw : m_state.workspacesOf(key)) {
        Workspace *w = m_state.findWorkspace(cw->id);
        if (has(*w))
            return {w, w->findMember(key)->accessRight};
    }
    for (Workspace &w : m_state.workspaces().items()) {
        if (has(w))
            return {&w, QString()};
    }
    return {};
}

bool EmbedTokenApi::checkIdentities(const QVector<const Dataset *> &models, const QJsonArray &identities,
                                    const QString &defaultDatasetId, HttpResponse *error)
{
    for (const Dataset *d : models) {
        QVector<QJsonObject> applying;
        for (const auto v : identities) {
            const QJsonObject identity = v.toObject();
            const QJsonValue ds = api::field(identity, QStringLiteral("datasets"));
            const bool applies = ds.isUndefined() ? d->id.compare(defaultDatasetId, Qt::CaseInsensitive) == 0
                                                  : containsId(stringList(ds), d->id);
            if (applies)
                applying.append(identity);
        }
        if (!d->isEffectiveIdentityRequired) {
            if (!applying.isEmpty()) {
                *error = rlsError(
                    QStringLiteral(
                        "Creating embed token for accessing dataset %1 shouldn't have effective identity")
                        .arg(d->id));
                return false;
            }
            continue;
        }
        if (applying.isEmpty()) {
            *error = rlsError(QStringLiteral("Creating embed token for accessing dataset %1 requires "
                                             "effective identity to be provided")
                                  .arg(d->id));
            return false;
        }
        for (const QJsonObject &identity : applying) {
            if (api::field(identity, QStringLiteral("username")).toString().isEmpty() &&
                api::field(identity, QStringLiteral("identityBlob")).isUndefined()) {
                *error = rlsError(QStringLiteral("An effective identity needs a username."));
                return false;
            }
            const QStringList roles = stringList(api::field(identity, QStringLiteral("roles")));
            if (d->isEffectiveIdentityRolesRequired && roles.isEmpty()) {
                *error =
                    rlsError(QStringLiteral("Creating embed token for accessing dataset %1 requires roles to "
                                            "be included in provided effective identity")
                                 .arg(d->id));
                return false;
            }
            for (const QString &role : roles) {
                // Assumption: an unknown role is refused when the token is generated (400 InvalidRequest).
                if (!d->roles.contains(role, Qt::CaseInsensitive)) {
                    *error =
                        rlsError(QStringLiteral("Role '%1' does not exist in dataset %2").arg(role, d->id));
                    return false;
                }
            }
        }
    }
    return true;
}

HttpResponse EmbedTokenApi::tokenAnswer(const QJsonValue &lifetime)
{
    int minutes = DefaultLifetimeMinutes;
    if (!lifetime.isUndefined() && !lifetime.isNull()) {
        const int requested = lifetime.toInt(-1);
        if (requested < 0)
            return ErrorBodies::badRequest(QStringLiteral("lifetimeInMinutes must be a positive integer."));
        if (requested > 0) // 0 = the default; a lifetime can only shorten the token [SW]
            minutes = qMin(requested, DefaultLifetimeMinutes);
    }
    QByteArray random(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString token = QStringLiteral("H4sI") + QString::fromLatin1(random.toBase64());
    const QDateTime expiration = QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60);
    return api::ok(
        {{QStringLiteral("token"), token},
         {QStringLiteral("tokenId"), EmulatorState::newId()},
         {QStringLiteral("expiration"), expiration.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))}});
}

HttpResponse EmbedTokenApi::generateV2(const RouteContext &ctx)
{
    HttpResponse error;
    const auto body = api::readJsonObject(ctx.request, &error);
    if (!body)
        return error;
    const QJsonArray reports = api::field(*body, QStringLiteral("reports")).toArray();
    const QJsonArray datasets = api::field(*body, QStringLiteral("datasets")).toArray();
    const QJsonArray targets = api::field(*body, QStringLiteral("targetWorkspaces")).toArray();
    if (reports.isEmpty() && datasets.isEmpty())
        return ErrorBodies::badRequest(
            QStringLiteral("The request must list at least one report or dataset."));
    if (reports.size() > kMaxItems || datasets.size() > kMaxItems || targets.size() > kMaxItems)
        return ErrorBodies::badRequest(QStringLiteral("At most 50 reports, datasets and target workspaces."));
    // Assumption (access errors are not documented for GenerateToken): an id that exists nowhere
    // answers 404 PowerBIEntityNotFound; an item in a workspace the caller is not a member of (or a
    // report with allowEdit / a target workspace without a write role) answers 401
    // PowerBINotAuthorizedException, like the service's other authorization failures [I-401].
    QVector<const Dataset *> models;
    auto addModel = [&](Workspace *w, const QString &datasetId) {
        const Dataset *d = w ? w->findDataset(datasetId) : nullptr;
        if (d && !models.contains(d))
            models.append(d);
    };
    for (const auto v : reports) {
        const QJsonObject r = v.toObject();
        const QString id = api::field(r, QStringLiteral("id")).toString();
        const Located at = locate(ctx.caller, id, true);
        if (!at.workspace)
            return ErrorBodies::notFound();
        if (at.role.isEmpty())
            return ErrorBodies::notAuthorized();
        if (api::field(r, QStringLiteral("allowEdit")).toVariant().toBool() && !canWrite(at.role))
            return ErrorBodies::notAuthorized();
        const Report *report = at.workspace->findReport(id);
        if (!report->datasetId.isEmpty()) {
            // The report's model may live in another workspace; only check it when it can be found.
            const Located model = locate(ctx.caller, report->datasetId, false);
            if (model.workspace && model.role.isEmpty())
                return ErrorBodies::notAuthorized();
            addModel(model.workspace, report->datasetId);
        }
    }
    for (const auto v : datasets) {
        const QString id = api::field(v.toObject(), QStringLiteral("id")).toString();
        const Located at = locate(ctx.caller, id, false);
        if (!at.workspace)
            return ErrorBodies::notFound();
        if (at.role.isEmpty())
            return ErrorBodies::notAuthorized();
        addModel(at.workspace, id);
    }
    for (const auto v : targets) {
        const QString id = api::field(v.toObject(), QStringLiteral("id")).toString();
        Workspace *w = m_state.findWorkspace(id);
        if (!w)
            return ErrorBodies::notFound();
        const Member *m = w->findMember(ctx.caller.principalKey());
        if (!m || !canWrite(m->accessRight))
            return ErrorBodies::notAuthorized();
    }
    if (!checkIdentities(models, api::field(*body, QStringLiteral("identities")).toArray(), QString(),
                         &error))
        return error;
    return tokenAnswer(api::field(*body, QStringLiteral("lifetimeInMinutes")));
}

HttpResponse EmbedTokenApi::generateForReport(const RouteContext &ctx)
{
    HttpResponse error;
    QString role;
    Workspace *w = api::memberWorkspace(m_state, ctx.caller, ctx.arg(1), &error, &role);
    if (!w)
        return error;
    const Report *report = w->findReport(ctx.arg(2));
    if (!report)
        return ErrorBodies::notFound();
    const auto body = api::readJsonObject(ctx.request, &error);
    if (!body)
        return error;
    QString accessLevel = QStringLiteral("View");
    if (const QJsonValue a = api::field(*body, QStringLiteral("accessLevel")); !a.isUndefined()) {
        accessLevel = api::enumValue(
            a.toString(), {QStringLiteral("View"), QStringLiteral("Edit"), QStringLiteral("Create")});
        if (accessLevel.isEmpty())
            return ErrorBodies::badRequest(QStringLiteral("Invalid value for accessLevel."));
    }
    if (accessLevel != QLatin1String("View") && !canWrite(role))
        return ErrorBodies::notAuthorized();
    QVector<const Dataset *> models;
    if (!report->datasetId.isEmpty()) {
        const Located model = locate(ctx.caller, report->datasetId, false);
        if (const Dataset *d = model.workspace ? model.workspace->findDataset(report->datasetId) : nullptr)
            models.append(d);
    }
    if (!checkIdentities(models, api::field(*body, QStringLiteral("identities")).toArray(), report->datasetId,
                         &error))
        return error;
    return tokenAnswer(api::field(*body, QStringLiteral("lifetimeInMinutes")));
}

} // namespace emu
