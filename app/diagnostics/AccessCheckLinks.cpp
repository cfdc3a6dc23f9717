#include "app/diagnostics/AccessCheck.h"

#include "app/api/ApiCall.h"
#include "app/api/ContentClient.h"
#include "app/api/PagedApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/domain/ContentTypes.h"
#include "app/domain/JsonReader.h"
#include "app/ops/ContentOps.h"
#include "app/session/ConnectionSession.h"

// Links 4 to 8 of the access check (the semantic model, the capacity, row-level security, GenerateToken).
namespace td {

using Status = AccessLink::Status;

// ---- 4 owner and credentials ----------------------------------------------------------------------

void AccessCheck::checkModel()
{
    Q_EMIT progress(tr("Reading the semantic model's data sources"));
    const QString ws = m_report.datasetWorkspaceId, ds = m_report.datasetId;
    const QString path = QStringLiteral("groups/%1/datasets/%2/datasources").arg(ws, ds);
    list(session()->content()->listDatasources(m_in.profileId, ws, ds), [this,
                                                                         path](const ListResult &sources) {
        link(AccessLink::ModelOwner).evidence.append(ev(path, sources));
        if (!sources.ok()) {
            m_sourceUnknown << tr("the data sources could not be listed (%1)").arg(sources.error.summary());
            finishModelLink();
            return;
        }
        for (const QJsonObject &o : sources.items) {
            const Datasource d = Datasource::fromJson(o);
            if (d.gatewayId.isEmpty() || d.datasourceId.isEmpty()) {
                m_sourceUnknown << tr("%1 has no gateway binding to check").arg(d.describe());
                continue;
            }
            m_pendingSources.append({d.gatewayId, d.datasourceId});
            m_pendingNames.append(d.describe());
        }
        nextDatasource();
    });
}

void AccessCheck::nextDatasource()
{
    if (m_pendingSources.isEmpty()) {
        finishModelLink();
        return;
    }
    const auto source = m_pendingSources.takeFirst();
    const QString name = m_pendingNames.takeFirst();
    const QString path = QStringLiteral("gateways/%1/datasources/%2/status").arg(source.first, source.second);
    call(session()->content()->datasourceStatus(m_in.profileId, source.first, source.second),
         [this, path, name](const ApiResponse &resp) {
             link(AccessLink::ModelOwner).evidence.append(ev("GET", path, resp));
             if (resp.ok())
                 ++m_sourcesOk;
             else if (resp.error.httpStatus == 400)
                 m_sourceProblems << tr("%1: %2").arg(
                     name, (resp.error.message.isEmpty() ? resp.error.code : resp.error.message)
                               .chopped(resp.error.message.endsWith(QLatin1Char('.')) ? 1 : 0));
             else
                 m_sourceUnknown << tr("%1: %2").arg(name, resp.error.summary());
             nextDatasource();
         });
}

void AccessCheck::finishModelLink()
{
    AccessLink &l = link(AccessLink::ModelOwner);
    const QString owner = m_model.configuredBy.isEmpty() ? tr("(not reported)") : m_model.configuredBy;
    QString finding = tr("Semantic model %1 is owned by %2.").arg(m_model.name, owner);
    const bool ownedBySelf = !m_model.configuredBy.isEmpty() && !m_report.profileName.isEmpty() &&
                             m_model.configuredBy.compare(m_report.profileName, Qt::CaseInsensitive) == 0;
    if (!m_sourceProblems.isEmpty()) {
        l.status = Status::Fail;
        finding += QLatin1Char(' ') + tr("Data sources without working credentials: %1.")
                                          .arg(m_sourceProblems.join(QStringLiteral("; ")));
        l.fix =
            ownedBySelf || m_in.profileId.isEmpty()
                ? tr("Set the data source credentials (semantic model → Set credentials), then refresh.")
                : tr("Only the owner can set credentials on cloud data sources: take the model over as %1 "
                     "(Default.TakeOver), set the data source credentials, then refresh.")
                      .arg(asWho());
    } else if (!m_sourceUnknown.isEmpty() && m_sourcesOk == 0) {
        l.status = Status::Unknown;
        finding +=
            QLatin1Char(' ') +
            tr("Credentials could not be checked: %1.").arg(m_sourceUnknown.join(QStringLiteral("; ")));
    } else {
        l.status = Status::Pass;
        finding += QLatin1Char(' ') + (m_sourcesOk == 0 ? tr("It has no data sources that need credentials.")
                                                        : tr("%n data source(s) have working credentials.",
                                                             nullptr, m_sourcesOk));
    }
    l.finding = finding;
    checkRefresh();
}

// ---- 5 last refresh -------------------------------------------------------------------------------

void AccessCheck::checkRefresh()
{
    AccessLink &l = link(AccessLink::Refresh);
    if (!m_model.isRefreshable) {
        l.status = Status::Pass;
        l.finding = tr("The semantic model is not refreshable (e.g. DirectQuery or a live connection).");
        checkCapacity();
        return;
    }
    Q_EMIT progress(tr("Reading the refresh history"));
    const QString ws = m_report.datasetWorkspaceId, ds = m_report.datasetId;
    const QString path = QStringLiteral("groups/%1/datasets/%2/refreshes?$top=1").arg(ws, ds);
    list(session()->content()->refreshHistory(m_in.profileId, ws, ds, 1), [this,
                                                                           path](const ListResult &history) {
        AccessLink &l = link(AccessLink::Refresh);
        if (!history.ok()) {
            l.evidence.append(ev(path, history));
            l.finding = tr("The refresh history could not be read: %1").arg(history.error.summary());
        } else if (history.items.isEmpty()) {
            l.evidence.append(ev(path, history));
            l.finding = tr("The semantic model has never been refreshed.");
            l.fix = tr("Refresh the semantic model once its data source credentials are set.");
        } else {
            const RefreshEntry e = RefreshEntry::fromJson(history.items.first());
            l.evidence.append(ev(path, history, tr("refresh %1: %2").arg(e.requestId, e.status)));
            const QString when = e.endTime.isValid() ? e.endTime.toUTC().toString(Qt::ISODate)
                                                     : e.startTime.toUTC().toString(Qt::ISODate);
            if (e.isRunning()) {
                l.finding = tr("A refresh is running (started %1).").arg(when);
            } else if (e.status == QLatin1String("Completed")) {
                l.status = Status::Pass;
                l.finding = tr("The last refresh completed at %1.").arg(when);
            } else {
                l.status = Status::Fail;
                l.finding =
                    tr("The last refresh failed (status %1, ended %2) with %3.")
                        .arg(e.status, when, e.errorCode().isEmpty() ? tr("no error code") : e.errorCode());
                l.fix = e.errorCode().contains(QLatin1String("Credentials"))
                            ? tr("Set the data source credentials (link 4), then refresh the semantic model.")
                            : tr("Fix the data source problem named by the error code (server reachable, "
                                 "credentials valid, gateway online), then refresh the semantic model.");
            }
        }
        checkCapacity();
    });
}

// ---- 6 capacity -----------------------------------------------------------------------------------

void AccessCheck::checkCapacity()
{
    Q_EMIT progress(tr("Checking the workspace's capacity"));
    const QString ws = m_report.workspaceId;
    call(session()->client()->getGroup(m_in.profileId, ws), [this, ws](const ApiResponse &resp) {
        AccessLink &l = link(AccessLink::Capacity);
        l.evidence.append(ev("GET", QStringLiteral("groups/%1").arg(ws), resp));
        if (!resp.ok()) {
            l.finding = tr("The workspace could not be read: %1").arg(resp.error.summary());
            checkGenerateToken();
            return;
        }
        const Workspace w = Workspace::fromJson(resp.json());
        if (!w.isOnDedicatedCapacity || w.capacityId.isEmpty()) {
            l.status = Status::Fail;
            l.finding = tr("Workspace %1 is on shared capacity: embedding for customers needs a capacity.")
                            .arg(w.name);
            l.fix =
                tr("Assign the workspace to an active capacity (A, EM, P or F SKU): Workspace → Assign to "
                   "capacity.");
            checkGenerateToken();
            return;
        }
        const QString capacityId = w.capacityId;
        list(session()->client()->listCapacities(m_in.profileId), [this, capacityId](const ListResult &caps) {
            AccessLink &l = link(AccessLink::Capacity);
            l.evidence.append(ev(QStringLiteral("capacities"), caps));
            for (const QJsonObject &o : caps.items) {
                const Capacity c = Capacity::fromJson(o);
                if (c.id.compare(capacityId, Qt::CaseInsensitive) != 0)
                    continue;
                const QString what = tr("%1 (%2, %3)").arg(c.displayName, c.sku, c.region);
                if (c.state == QLatin1String("Active")) {
                    l.status = Status::Pass;
                    l.finding = tr("The workspace is on capacity %1, which is Active.").arg(what);
                } else {
                    l.status = Status::Fail;
                    l.finding = tr("The workspace is on capacity %1, which is %2: its content cannot be "
                                   "embedded.")
                                    .arg(what, c.state);
                    l.fix = tr("Resume the capacity (Azure portal: Power BI Embedded → Resume) or assign the "
                               "workspace to an active capacity.");
                }
                checkGenerateToken();
                return;
            }
            l.finding = caps.ok() ? tr("The workspace is on capacity %1, which %2 cannot see: its state is "
                                       "unknown.")
                                        .arg(capacityId, asWho())
                                  : tr("The capacities could not be listed: %1").arg(caps.error.summary());
            checkGenerateToken();
        });
    });
}

// ---- 8 GenerateToken, then 7 row-level security ---------------------------------------------------

void AccessCheck::checkGenerateToken()
{
    Q_EMIT progress(tr("Generating an embed token as %1").arg(asWho()));
    GenerateTokenRequest req;
    if (!m_in.reportId.isEmpty())
        req.reportIds << m_in.reportId;
    if (!m_report.datasetId.isEmpty())
        req.datasetIds << m_report.datasetId;
    if (!m_in.username.isEmpty()) {
        EffectiveIdentity id;
        id.username = m_in.username;
        id.roles = m_in.roles;
        id.datasets = req.datasetIds;
        req.identities << id;
    }
    auto *op = new EmbedCheckOp(session(), m_in.profileId, req, this);
    connect(op, &AsyncOp::finished, this, [this](const OpResult &r) {
        if (isFinished())
            return;
        AccessLink &l = link(AccessLink::GenerateToken);
        const QString note =
            r.ok ? tr("token id %1, expires %2")
                       .arg(jsonString(r.output, "tokenId"), jsonString(r.output, "expiration"))
                 : r.error.code;
        l.evidence.append({QStringLiteral("POST"), QStringLiteral("GenerateToken"),
                           r.ok ? 200 : r.error.httpStatus, r.requestId, note});
        if (r.ok) {
            l.status = Status::Pass;
            l.finding = tr("GenerateToken (V2) as %1 succeeded for exactly this report and semantic model.")
                            .arg(asWho());
        } else {
            l.status = Status::Fail;
            const QString message =
                r.error.message.isEmpty() ? QString() : QStringLiteral(": ") + r.error.message;
            l.finding = tr("GenerateToken as %1 failed with HTTP %2 %3%4")
                            .arg(asWho())
                            .arg(r.error.httpStatus)
                            .arg(r.error.code, message);
            const int st = r.error.httpStatus;
            l.fix = st == 401 || st == 403
                        ? tr("Give %1 access to every item in the token (see link 3), and check the capacity "
                             "(link 6).")
                              .arg(asWho())
                    : st == 404 ? tr("Check the report and semantic model ids; they do not exist.")
                    : st == 400 ? tr("Correct the request; for row-level security see link 7.")
                                : tr("Try again; if it persists, open a support case with the RequestId.");
        }
        checkRls(r);
    });
    op->start();
}

void AccessCheck::checkRls(const OpResult &embed)
{
    AccessLink &l = link(AccessLink::Rls);
    if (!m_haveModel) {
        done();
        return;
    }
    const QString message = embed.ok ? QString() : embed.error.message;
    const bool identityRefused = !embed.ok && embed.error.httpStatus == 400 &&
                                 (message.contains(QLatin1String("identity"), Qt::CaseInsensitive) ||
                                  message.contains(QLatin1String("role"), Qt::CaseInsensitive));
    const QString who = m_in.username.isEmpty() ? QString() : m_in.username;
    if (!m_model.isEffectiveIdentityRequired) {
        if (!who.isEmpty()) {
            l.status = Status::Fail;
            l.finding =
                tr("Semantic model %1 has no row-level security, but an effective identity (%2) was given: "
                   "GenerateToken refuses it.")
                    .arg(m_model.name, who);
            l.fix = tr("Generate the token without an effective identity for this semantic model.");
        } else {
            l.status = Status::Pass;
            l.finding = tr("Semantic model %1 has no row-level security: no effective identity is needed.")
                            .arg(m_model.name);
        }
    } else if (who.isEmpty()) {
        l.status = Status::Fail;
        l.finding =
            tr("Semantic model %1 uses row-level security: it requires an effective identity, and none "
               "was given.")
                .arg(m_model.name);
        l.fix = tr("Pass an effective identity (the customer's user name and the roles its users need, e.g. "
                   "Customer) when generating the token; enter them here to check them.");
    } else if (m_model.isEffectiveIdentityRolesRequired && m_in.roles.isEmpty()) {
        l.status = Status::Fail;
        l.finding = tr("Semantic model %1 requires roles in the effective identity; none were given.")
                        .arg(m_model.name);
        l.fix = tr("Add the row-level security roles the customer's users need to the effective identity.");
    } else if (identityRefused) {
        l.status = Status::Fail;
        l.finding = tr("The effective identity %1 was refused: %2").arg(who, message);
        l.fix = tr("Use only roles that exist in the semantic model (check its security roles in Power BI "
                   "Desktop).");
    } else if (embed.ok) {
        l.status = Status::Pass;
        l.finding =
            tr("Semantic model %1 uses row-level security; the identity %2 with roles %3 was accepted.")
                .arg(m_model.name, who, m_in.roles.join(QStringLiteral(", ")));
    } else {
        l.finding = tr("Semantic model %1 uses row-level security; the roles could not be confirmed because "
                       "GenerateToken failed for another reason.")
                        .arg(m_model.name);
    }
    l.evidence.append(link(AccessLink::GenerateToken).evidence.constLast());
    done();
}

void AccessCheck::done()
{
    succeed(m_report.toJson());
}

} // namespace td
