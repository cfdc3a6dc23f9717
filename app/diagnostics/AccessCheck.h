#pragma once
#include <QPair>
#include <QStringList>
#include <QVector>

#include "app/diagnostics/AccessReport.h"
#include "app/domain/Types.h"
#include "app/ops/AsyncOp.h"

namespace td {

struct ApiResponse;
struct ListResult;

// What to check: an identity (a profile of the connection's service principal, or the service principal
// itself when profileId is empty, e.g. a dedicated SP connection) and a report, or only a semantic model.
struct AccessCheckInput
{
    QString profileId;   // empty = the service principal itself
    QString reportId;    // the report to embed, or empty with datasetId set
    QString datasetId;   // the semantic model (taken from the report when empty)
    QString workspaceId; // optional: the report's (or model's) workspace; else searched among the identity's
    QString username;    // optional effective identity (row-level security)
    QStringList roles;
};

// "Why can't this customer see this report": checks each link of the chain in order and records pass,
// fail or unknown with the evidence (calls made, HTTP status, RequestId) and a fix:
//  1 token for the connection, 2 the profile exists and belongs to the SP, 3 the profile's role on the
//  report's workspace (and the model's, when elsewhere), 4 the model's owner and data source credentials,
//  5 the last refresh, 6 an Active capacity, 7 row-level security, 8 GenerateToken V2 as the profile.
// A failing link does not stop the check: later links are evaluated where they still can be, else they
// stay "unknown" with the reason. finished(): ok when the check ran to its end (whatever the links say),
// output = AccessReport::toJson() (read it with reportFrom()); not ok when cancelled or the input is bad.
// Calls go through the session's PowerBiClient and ContentClient; GenerateToken through EmbedCheckOp (the
// token is dropped at once).
class AccessCheck : public AsyncOp
{
    Q_OBJECT
public:
    AccessCheck(ConnectionSession *session, const AccessCheckInput &input, QObject *parent = nullptr);
    static AccessReport reportFrom(const OpResult &result) { return AccessReport::fromJson(result.output); }

protected:
    void run() override;

private:
    // AccessCheck.cpp: links 1-3
    void checkToken();
    void checkProfile();
    void listWorkspaces();
    void searchItem(int index);
    void itemNotFound();
    void checkReportRole();
    void locateModel();
    void searchModel(int index);
    void foundModel(const Dataset &model, const QString &workspaceId, const QString &workspaceName);
    void checkModelRole();
    void finishRoleLink();
    // AccessCheckLinks.cpp: links 4-8
    void checkModel();
    void nextDatasource();
    void finishModelLink();
    void checkRefresh();
    void checkCapacity();
    void checkGenerateToken();
    void checkRls(const OpResult &embed);
    void done();

    void skip(int number, const QString &why); // leaves an unchecked link "unknown" with the reason
    AccessLink &link(int number) { return m_report.link(number); }
    QString selfRole(const ListResult &users) const; // the identity's role in a group users list, "" = none
    QString asWho() const;
    static AccessEvidence ev(const char *method, const QString &path, const ApiResponse &r,
                             const QString &note = {});
    static AccessEvidence ev(const QString &path, const ListResult &r, const QString &note = {});

    AccessCheckInput m_in;
    AccessReport m_report;
    QVector<Workspace> m_groups;
    bool m_haveModel = false;
    Dataset m_model;
    QString m_reportRole, m_modelRole; // "" = not a member (or unknown)
    bool m_modelOutOfReach = false;
    QStringList m_sourceProblems, m_sourceUnknown;
    QVector<QPair<QString, QString>> m_pendingSources; // gateway id, datasource id (+ description below)
    QStringList m_pendingNames;
    int m_sourcesOk = 0;
};

} // namespace td
