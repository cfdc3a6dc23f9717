#pragma once
#include <QObject>
#include <QPointer>
#include <deque>

#include "app/api/RetryMath.h"
#include "app/health/HealthTypes.h"

namespace td {

class AsyncOp;
class AuditLog;
class ConnectionSession;
class CustomerRegistry;
class ApiCall;
struct ApiResponse;
struct AuditEntry;
struct OpResult;

struct HealthFixResult
{
    QString key; // HealthFinding::key()
    QString ruleId;
    bool ok = false;
    QString message; // what was done, or why not (one line, translated)
    QString requestId;
};

// Applies the fixes of findings one after the other, each as the identity the finding names (a profile's
// call carries that profile's id and nothing else; profile deletes go as the service principal). The
// session's request layer audits every change sent (failures too); registry fixes change the registry
// only and are audited here (audit may be null).
// Findings without a fix are reported as skipped. The caller asks for confirmation first.
class HealthFixer : public QObject
{
    Q_OBJECT
public:
    HealthFixer(ConnectionSession *session, AuditLog *audit, CustomerRegistry *registry,
                QObject *parent = nullptr);

    void setPollInterval(int ms) { m_pollMs = ms; } // refresh and capacity assignment polls
    void apply(const QVector<HealthFinding> &findings);
    void cancel(); // the fix in flight is cancelled, the rest are not started
    bool isRunning() const { return m_running; }
    const QVector<HealthFixResult> &results() const { return m_results; }

Q_SIGNALS:
    void fixed(const td::HealthFixResult &result);
    void progress(int done, int total);
    void finished(int succeeded, int failed);

private:
    void next();
    void runApi(const HealthFinding &f);
    void runOp(const HealthFinding &f, AsyncOp *op);
    void runRegistry(const HealthFinding &f);
    void offboardEntry(const HealthFinding &f); // after a profile delete, its registry entry
    void done(const HealthFinding &f, bool ok, const QString &message, const QString &requestId = {});
    void auditRegistry(const HealthFinding &f, const QString &action, bool ok, const QString &error);

    QPointer<ConnectionSession> m_session;
    AuditLog *m_audit;
    CustomerRegistry *m_registry;
    std::deque<HealthFinding> m_pending;
    QVector<HealthFixResult> m_results;
    QPointer<ApiCall> m_job;
    QPointer<AsyncOp> m_op;
    int m_total = 0;
    int m_pollMs = RetryDefaults::PollMs;
    bool m_running = false;
};

} // namespace td

Q_DECLARE_METATYPE(td::HealthFixResult)
