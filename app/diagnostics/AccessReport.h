#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace td {

// One call made while checking a link: method and path (no host, no token, no query secrets), the HTTP
// status (0 = no answer) and the RequestId the service gave, plus a short note (an error code).
struct AccessEvidence
{
    QString method;
    QString path;
    int httpStatus = 0;
    QString requestId;
    QString note;

    QString toText() const; // "GET groups/…/users → 200 (RequestId …) note"
    QJsonObject toJson() const;
    static AccessEvidence fromJson(const QJsonObject &o);
};

// One link of the chain "this identity can embed this report".
struct AccessLink
{
    Q_DECLARE_TR_FUNCTIONS(AccessLink)
public:
    enum class Status { Pass, Fail, Unknown };
    enum Id { Token = 1, Profile, WorkspaceRole, ModelOwner, Refresh, Capacity, Rls, GenerateToken };

    int number = 0; // 1..8, the order of the check (see Id)
    QString key;    // stable name: token, profile, workspace-role, model-owner, refresh, capacity, rls,
                    // generate-token
    QString title;  // translated
    Status status = Status::Unknown;
    QString finding; // what was found, one or two sentences
    QString fix;     // what to do (empty when the link passes)
    QVector<AccessEvidence> evidence;

    static QString statusName(Status s);  // "pass" | "fail" | "unknown"
    static QString statusLabel(Status s); // translated PASS/FAIL/UNKNOWN
    static AccessLink make(int number);   // an unchecked link with its key and title
    QJsonObject toJson() const;
    static AccessLink fromJson(const QJsonObject &o);
};

// The outcome of one access check: what was checked and each link's result. Holds no token and no
// secret; toTicketText() is the plain-text report for a support ticket.
struct AccessReport
{
    Q_DECLARE_TR_FUNCTIONS(AccessReport)
public:
    QDateTime checkedAt; // UTC
    QString connectionName, tenantId, clientId;
    QString profileId, profileName; // empty profileId = the service principal itself
    QString reportId, reportName, datasetId, datasetName;
    QString workspaceId, workspaceName, datasetWorkspaceId, datasetWorkspaceName;
    QString username;
    QStringList roles;
    QVector<AccessLink> links; // always 8, in order

    AccessReport();
    int count(AccessLink::Status s) const;
    bool allPassed() const { return count(AccessLink::Status::Pass) == links.size(); }
    const AccessLink *firstFailure() const; // the first failing link, else the first unknown, else null
    AccessLink &link(int number) { return links[number - 1]; }
    const AccessLink &link(int number) const { return links[number - 1]; }

    QString toTicketText() const;
    QJsonObject toJson() const;
    static AccessReport fromJson(const QJsonObject &o);
};

} // namespace td
