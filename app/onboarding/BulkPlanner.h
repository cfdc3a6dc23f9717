#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

#include "app/api/ApiError.h"
#include "app/onboarding/OnboardingRow.h"

namespace td {

class ConnectionSession;
class PagedApiCall;
struct ListResult;

// What an onboarding of one row will do, found by looking (nothing is written).
struct PlanEntry
{
    enum class Action { Create, Exists, Assign, Import, Skip, Unknown };
    OnboardingRow row;
    QString profileName;
    QString workspaceName;
    Action profile = Action::Unknown;
    QString profileId;
    Action workspace = Action::Unknown;
    QString workspaceId;
    Action capacity = Action::Skip;
    Action import = Action::Skip;
    QString error;                       // the row's own error, or a lookup failure
    QString note;                        // a registered customer updated: what is re-used (for people)
    static QString actionName(Action a); // create | exists | assign | import | skip | unknown
};

// The dry run of a bulk onboarding: one profile list for the whole connection, then per existing
// profile its workspaces (by name), then per existing workspace its models (import by name). A registered
// customer updated (OnboardingRow::update) keeps its registered profile and workspace and imports again.
class BulkPlanner : public QObject
{
    Q_OBJECT
public:
    BulkPlanner(ConnectionSession *session, const QVector<OnboardingRow> &rows,
                const OnboardingNaming &naming, QObject *parent = nullptr);
    void start();
    void cancel();
    const QVector<PlanEntry> &entries() const { return m_entries; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const td::ApiError &error); // error set when the profile list itself failed

private:
    void onProfiles(const ListResult &result);
    void lookWorkspace(int index);
    void lookImport(int index);
    void stepDone();

    QPointer<ConnectionSession> m_session;
    OnboardingNaming m_naming;
    QVector<PlanEntry> m_entries;
    QVector<QPointer<PagedApiCall>> m_jobs;
    int m_pending = 0;
    int m_done = 0;
    bool m_finished = false;
};

} // namespace td
