#include "ApiSupport.h"

#include "EmulatorState.h"
#include "ErrorBodies.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace emu::api {

QJsonObject collection(const QString &entitySet, const QJsonArray &value)
{
    return {{QStringLiteral("@odata.context"),
             QStringLiteral(
                 "http://wabi-west-europe-d-primary-redirect.analysis.windows.net/v1.0/myorg/$metadata#") +
                 entitySet},
            {QStringLiteral("value"), value}};
}

HttpResponse ok(const QJsonObject &body)
{
    return HttpResponse::json(200, QJsonDocument(body));
}

QJsonArray Paging::apply(const QJsonArray &items) const
{
    QJsonArray out;
    const int end = top < 0 ? int(items.size()) : int(qMin<qint64>(items.size(), qint64(skip) + top));
    for (int i = skip; i < end; ++i)
        out.append(items.at(i));
    return out;
}

std::optional<Paging> readPaging(const HttpRequest &request, HttpResponse *error)
{
    Paging p;
    for (const QString &key : {QStringLiteral("$top"), QStringLiteral("$skip")}) {
        if (!request.hasQuery(key))
            continue;
        bool ok = false;
        const int v = request.queryValue(key).trimmed().toInt(&ok);
        if (!ok || v < 0) {
            *error = ErrorBodies::badRequest(QStringLiteral("Invalid value for query parameter %1").arg(key));
            return std::nullopt;
        }
        if (key == QLatin1String("$top"))
            p.top = v;
        else
            p.skip = v;
    }
    return p;
}

bool readFilter(const HttpRequest &request, ODataFilter *filter, HttpResponse *error)
{
    QString filterError;
    if (filter->parse(request.queryValue(QStringLiteral("$filter")), &filterError))
        return true;
    *error = ErrorBodies::badRequest(QStringLiteral("Invalid $filter: %1").arg(filterError));
    return false;
}

std::optional<QJsonObject> readJsonObject(const HttpRequest &request, HttpResponse *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = ErrorBodies::badRequest(QStringLiteral("The request body is not a valid JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QString> readName(const QJsonValue &value, const QString &missing, HttpResponse *error)
{
    const QString name = value.toString().trimmed();
    if (!value.isString() || name.isEmpty()) {
        *error = ErrorBodies::badRequest(missing);
        return std::nullopt;
    }
    // Assumption: the service documents no character rules for names; control characters (which no
    // portal or client can type, and which terminals and CSV readers act on) are refused as invalid.
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)) {
            *error = ErrorBodies::badRequest(QStringLiteral("The name contains a control character."));
            return std::nullopt;
        }
    }
    return name;
}

QJsonValue field(const QJsonObject &o, const QString &name)
{
    const auto exact = o.constFind(name);
    if (exact != o.constEnd())
        return *exact;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString enumValue(const QString &value, const QStringList &allowed)
{
    for (const QString &a : allowed) {
        if (a.compare(value, Qt::CaseInsensitive) == 0)
            return a;
    }
    return {};
}

Workspace *memberWorkspace(EmulatorState &state, const Caller &caller, const QString &groupId,
                           HttpResponse *error, QString *role)
{
    Workspace *w = state.findWorkspace(groupId);
    const Member *m = w ? w->findMember(caller.principalKey()) : nullptr;
    if (!m) {
        *error = ErrorBodies::notFound();
        return nullptr;
    }
    if (role)
        *role = m->accessRight;
    return w;
}

Workspace *adminWorkspace(EmulatorState &state, const Caller &caller, const QString &groupId,
                          HttpResponse *error)
{
    QString role;
    Workspace *w = memberWorkspace(state, caller, groupId, error, &role);
    if (w && role != QLatin1String("Admin")) {
        *error = ErrorBodies::notAuthorized();
        return nullptr;
    }
    return w;
}

Workspace *writerWorkspace(EmulatorState &state, const Caller &caller, const QString &groupId,
                           HttpResponse *error)
{
    QString role;
    Workspace *w = memberWorkspace(state, caller, groupId, error, &role);
    if (w && role != QLatin1String("Admin") && role != QLatin1String("Member") &&
        role != QLatin1String("Contributor")) {
        *error = ErrorBodies::notAuthorized();
        return nullptr;
    }
    return w;
}

Dataset *workspaceDataset(EmulatorState &state, const Caller &caller, const QString &groupId,
                          const QString &datasetId, bool write, HttpResponse *error, Workspace **workspace)
{
    Workspace *w = write ? writerWorkspace(state, caller, groupId, error)
                         : memberWorkspace(state, caller, groupId, error);
    if (workspace)
        *workspace = w;
    if (!w)
        return nullptr;
    Dataset *d = w->findDataset(datasetId);
    if (!d)
        *error = ErrorBodies::notFound();
    return d;
}

bool isGuid(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace emu::api
