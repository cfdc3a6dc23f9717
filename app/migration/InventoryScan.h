#pragma once
#include <QObject>
#include <QPointer>

#include "app/api/ApiError.h"
#include "app/migration/MigrationTypes.h"

namespace td {

class ConnectionSession;
class PagedApiCall;

// Step 1 of a migration: the workspaces the service principal reaches directly (as itself), each with
// its users, reports and semantic models, and the SP's existing profiles (to reuse by name). A workspace
// whose users or items cannot be read is kept with its error. finished() once; cancel() stops.
class InventoryScan : public QObject
{
    Q_OBJECT
public:
    explicit InventoryScan(ConnectionSession *session, QObject *parent = nullptr);
    void start();
    void cancel();
    const MigrationInventory &result() const { return m_result; }

Q_SIGNALS:
    void progress(int done, int total);       // workspaces read
    void finished(const td::ApiError &error); // error set when the workspaces themselves could not be listed

private:
    void readWorkspace(int index);
    void track(PagedApiCall *job);
    void oneDone(int index);
    void finish(const ApiError &error);

    QPointer<ConnectionSession> m_session;
    MigrationInventory m_result;
    QVector<int> m_pending; // lists outstanding per workspace
    QVector<QPointer<PagedApiCall>> m_jobs;
    int m_done = 0;
    int m_next = 0;
    bool m_profilesDone = false;
    bool m_finished = false;
};

} // namespace td
