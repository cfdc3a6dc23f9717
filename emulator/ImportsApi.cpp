#include "ImportsApi.h"

#include "ApiSupport.h"
#include "EmulatorState.h"
#include "ErrorBodies.h"
#include "ItemsApi.h"
#include "MultipartParser.h"

#include <QTimer>

namespace emu {

namespace {
const QStringList kConflictModes{QStringLiteral("Ignore"), QStringLiteral("Abort"),
                                 QStringLiteral("Overwrite"), QStringLiteral("CreateOrOverwrite"),
                                 QStringLiteral("GenerateUniqueName")};

QString itemNameOf(const QString &displayName)
{
    // Assumption (docs/powerbi-rest/API-NOTES.md §9 is silent): the report and model are named after
    // datasetDisplayName without a trailing ".pbix"; the import keeps the name as given.
    return displayName.endsWith(QLatin1String(".pbix"), Qt::CaseInsensitive) ? displayName.chopped(5)
                                                                             : displayName;
}

QVector<Dataset *> datasetsNamed(Workspace &w, const QString &name)
{
    QVector<Dataset *> out;
    for (Dataset &d : w.datasets) {
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            out.append(&d);
    }
    return out;
}

// A data source of the new model keeps the credentials of an old one with the same connection.
QVector<ModelDatasource> withIds(const QVector<ModelDatasource> &fresh, const QVector<ModelDatasource> &old)
{
    QVector<ModelDatasource> out;
    for (ModelDatasource d : fresh) {
        d.datasourceId = EmulatorState::newId();
        d.gatewayId = cloudGatewayId();
        for (const ModelDatasource &o : old) {
            if (o.datasourceType == d.datasourceType && o.connectionDetails == d.connectionDetails) {
                d = o;
                break;
            }
        }
        out.append(d);
    }
    return out;
}

// Pick the uploaded file: the first part with a filename, else the first part.
const MultipartPart &filePart(const QList<MultipartPart> &parts)
{
    for (const MultipartPart &p : parts) {
        if (!p.fileName.isEmpty())
            return p;
    }
    return parts.first();
}
} // namespace

void ImportsApi::registerRoutes(Router &router)
{
    const QString base = QStringLiteral("/v1\\.0/myorg/groups/([^/]+)/imports");
    router.add(QStringLiteral("POST"), base, [this](const RouteContext &c) { return postImport(c); });
    router.add(QStringLiteral("GET"), base, [this](const RouteContext &c) { return listImports(c); });
    router.add(QStringLiteral("GET"), base + QStringLiteral("/([^/]+)"),
               [this](const RouteContext &c) { return getImport(c); });
}

QJsonObject ImportsApi::importJson(const Workspace &w, const ImportJob &job)
{
    QJsonArray reports, datasets;
    if (job.importState == QLatin1String("Succeeded")) {
        for (const Report &r : w.reports) {
            if (job.reportIds.contains(r.id))
                reports.append(ItemsApi::reportJson(w, r));
        }
        for (const Dataset &d : w.datasets) {
            if (job.datasetIds.contains(d.id))
                datasets.append(ItemsApi::datasetJson(w, d));
        }
    }
    QJsonObject o{{QStringLiteral("id"), job.id},
                  {QStringLiteral("importState"), job.importState},
                  {QStringLiteral("createdDateTime"), job.createdDateTime},
                  {QStringLiteral("updatedDateTime"), job.updatedDateTime},
                  {QStringLiteral("name"), job.name},
                  {QStringLiteral("connectionType"), QStringLiteral("import")}, // [EX], not in the schema
                  {QStringLiteral("source"), QStringLiteral("Upload")},
                  {QStringLiteral("datasets"), datasets},
                  {QStringLiteral("reports"), reports}};
    if (job.importState == QLatin1String("Failed")) {
        // Assumption (the swagger's Import has no error field and no example shows a failed import):
        // a failed import carries {"error":{"code","message"}} so clients can show why.
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), job.errorCode},
                                                      {QStringLiteral("message"), job.errorMessage}});
    }
    return o;
}

HttpResponse ImportsApi::postImport(const RouteContext &ctx)
{
    HttpResponse error;
    Workspace *w = api::writerWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    const QString displayName = ctx.request.queryValue(QStringLiteral("datasetDisplayName")).trimmed();
    if (displayName.isEmpty())
        return ErrorBodies::badRequest(QStringLiteral("The query parameter datasetDisplayName is required."));
    QString mode = QStringLiteral("Ignore");
    if (ctx.request.hasQuery(QStringLiteral("nameConflict"))) {
        mode = api::enumValue(ctx.request.queryValue(QStringLiteral("nameConflict")), kConflictModes);
        if (mode.isEmpty())
            return ErrorBodies::badRequest(QStringLiteral("Invalid value for query parameter nameConflict."));
    }
    // [SW] Imports_PostImportInGroup: GenerateUniqueName names a new *dataflow*; "for dataflow model.json
    // files, Abort and GenerateUniqueName are the only supported options". The emulator imports .pbix
    // files only, so it refuses the mode (assumption: 400 InvalidRequest).
    if (mode == QLatin1String("GenerateUniqueName"))
        return ErrorBodies::badRequest(QStringLiteral(
            "nameConflict GenerateUniqueName is supported only for dataflow (model.json) imports."));
    const QByteArray contentType = ctx.request.header("Content-Type");
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        // Assumption: the JSON ImportInfo variant (OneDrive filePath / temporary upload fileUrl) is not
        // emulated; anything but multipart/form-data is a 400.
        return ErrorBodies::badRequest(
            QStringLiteral("The emulator accepts imports only as multipart/form-data file uploads."));
    QList<MultipartPart> parts;
    QString parseError;
    if (!MultipartParser::parse(contentType, ctx.request.body, &parts, &parseError))
        // Assumption (the reference documents no error for a malformed upload): 400 InvalidRequest.
        return ErrorBodies::badRequest(
            QStringLiteral("Malformed multipart/form-data body: %1").arg(parseError));

    Pending p;
    p.workspaceId = w->id;
    p.owner = ctx.caller.ownerName();
    p.itemName = itemNameOf(displayName);
    p.skipReport = ctx.request.queryValue(QStringLiteral("skipReport"))
                       .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    const QVector<Dataset *> matches = datasetsNamed(*w, p.itemName);
    if (mode == QLatin1String("Abort") && !matches.isEmpty())
        // Assumption: Abort against an existing name is refused at once with 409, the mirror of the
        // documented DuplicatePackageNotFoundError / MoreThanOneDuplicatePackageFoundError codes.
        return ErrorBodies::powerBi(409, QStringLiteral("DuplicatePackageFoundError"));
    if ((mode == QLatin1String("Overwrite") || mode == QLatin1String("CreateOrOverwrite")) &&
        matches.size() > 1)
        return ErrorBodies::powerBi(409, QStringLiteral("MoreThanOneDuplicatePackageFoundError"));
    if (mode == QLatin1String("Overwrite") && matches.isEmpty())
        // Observed: Overwrite without anything to overwrite answers 404 DuplicatePackageNotFoundError.
        return ErrorBodies::powerBi(404, QStringLiteral("DuplicatePackageNotFoundError"));
    if (matches.size() == 1 &&
        (mode == QLatin1String("Overwrite") || mode == QLatin1String("CreateOrOverwrite")))
        p.overwriteDatasetId = matches.first()->id;

    p.valid = PbixManifest::read(filePart(parts).data, &p.manifest, &p.error);
    if (m_jobs.failNextImports > 0) {
        --m_jobs.failNextImports;
        p.forcedFailure = true;
    }
    ImportJob job;
    job.id = EmulatorState::newId();
    job.name = displayName;
    job.importState = QStringLiteral("Publishing");
    job.createdDateTime = api::nowIso();
    job.updatedDateTime = job.createdDateTime;
    w->imports.append(job);
    p.importId = job.id;
    m_state.markChanged();
    QTimer::singleShot(qMax(0, m_jobs.importDelayMs), &m_state, [this, p] { finish(p); });
    return HttpResponse::json(202, QJsonDocument(QJsonObject{{QStringLiteral("id"), job.id}}));
}

void ImportsApi::finish(const Pending &p)
{
    Workspace *w = m_state.findWorkspace(p.workspaceId);
    ImportJob *job = w ? w->findImport(p.importId) : nullptr;
    if (!job || job->importState != QLatin1String("Publishing"))
        return; // the workspace was deleted meanwhile
    job->updatedDateTime = api::nowIso();
    if (p.forcedFailure || !p.valid) {
        job->importState = QStringLiteral("Failed");
        // Assumption: error codes of failed imports are not documented; these are the emulator's.
        job->errorCode = p.forcedFailure ? QStringLiteral("ImportFailedByEmulatorControl")
                                         : QStringLiteral("InvalidPbixFile");
        job->errorMessage =
            p.forcedFailure ? QStringLiteral("The import was made to fail on purpose.") : p.error;
    } else {
        publish(*w, *job, p);
        job->importState = QStringLiteral("Succeeded");
    }
    m_state.markChanged();
}

void ImportsApi::publish(Workspace &w, ImportJob &job, const Pending &p)
{
    Dataset *model = p.overwriteDatasetId.isEmpty() ? nullptr : w.findDataset(p.overwriteDatasetId);
    if (!model) {
        Dataset fresh;
        fresh.id = EmulatorState::newId();
        fresh.name = p.itemName;
        fresh.createdDate = api::nowIso();
        w.datasets.append(fresh);
        model = &w.datasets.last();
    }
    // The importing caller owns the model ([D-GUIDE] in docs/powerbi-rest/API-NOTES.md §9).
    model->configuredBy = p.owner;
    model->parameters = p.manifest.parameters;
    model->datasources = withIds(p.manifest.datasources, model->datasources);
    model->roles = p.manifest.roles;
    model->isEffectiveIdentityRequired = !model->roles.isEmpty();
    model->isEffectiveIdentityRolesRequired = !model->roles.isEmpty();
    job.datasetIds = QStringList{model->id};
    if (p.skipReport)
        return;
    Report *report = nullptr;
    for (Report &r : w.reports) {
        if (r.datasetId == model->id && r.name.compare(model->name, Qt::CaseInsensitive) == 0)
            report = &r;
    }
    if (!report) {
        Report fresh;
        fresh.id = EmulatorState::newId();
        fresh.name = model->name;
        fresh.reportType = QStringLiteral("PowerBIReport");
        fresh.datasetId = model->id;
        w.reports.append(fresh);
        report = &w.reports.last();
    }
    job.reportIds = QStringList{report->id};
}

HttpResponse ImportsApi::getImport(const RouteContext &ctx)
{
    HttpResponse error;
    Workspace *w = api::memberWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    const ImportJob *job = w->findImport(ctx.arg(2));
    return job ? api::ok(importJson(*w, *job)) : ErrorBodies::notFound();
}

HttpResponse ImportsApi::listImports(const RouteContext &ctx)
{
    HttpResponse error;
    const Workspace *w = api::memberWorkspace(m_state, ctx.caller, ctx.arg(1), &error);
    if (!w)
        return error;
    QJsonArray value;
    for (const ImportJob &job : w->imports)
        value.append(importJson(*w, job));
    return api::ok(api::collection(QStringLiteral("imports"), value));
}

} // namespace emu
