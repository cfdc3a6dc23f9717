#pragma once
#include <QObject>
#include <QPointer>
#include <QVector>

#include "app/api/ApiError.h"
#include "app/jobs/JobTypes.h"
#include "app/onboarding/BulkPlanner.h"
#include "app/onboarding/ExistingCustomers.h"
#include "app/onboarding/OnboardJobParams.h"

namespace td {

class ConnectionSession;
class CustomerRegistry;
class JobEngine;

// A bulk onboarding from a CSV, for the CLI, the dialog and the benchmark:
//   BulkOnboarding b(engine, session);           // engine has OnboardJobType registered + the session set
//   b.setExisting(registry, connectionId, policy); // optional: rows of registered customers
//   b.load(csvPath, &error);                      // rows, each with its own error
//   b.plan();  -> planned(error), planEntries()   // optional dry run (nothing written)
//   QString jobId = b.submit(&error);             // the good rows as one "onboard" job
//   ... engine->jobFinished(jobId, state) ...; BulkResult::write(path, engine->items(jobId), b.badRows())
class BulkOnboarding : public QObject
{
    Q_OBJECT
public:
    BulkOnboarding(JobEngine *engine, ConnectionSession *session, QObject *parent = nullptr);

    void setEngine(JobEngine *engine);
    void setSession(ConnectionSession *session);
    bool load(const QString &csvPath, QString *error = nullptr); // false: the file as a whole is unusable
    // pbix paths outside the CSV's folder (absolute, "..") are refused unless allowed before load().
    void setAllowOutsidePaths(bool allow) { m_allowOutsidePaths = allow; }
    void setRows(const QVector<OnboardingRow> &rows, const QString &csvDir);
    // A row whose customer id the registry holds for connectionId is refused, skipped or updated
    // (ExistingCustomers); applied to the rows now and to those of every later load() or setRows().
    // The registry must outlive this object.
    void setExisting(const CustomerRegistry *registry, const QString &connectionId, ExistingPolicy policy);
    ExistingPolicy existingPolicy() const { return m_existing; }
    void setParams(const OnboardJobParams &params); // an empty csvDir keeps the loaded CSV's folder
    const OnboardJobParams &params() const { return m_params; }
    const QVector<OnboardingRow> &rows() const { return m_rows; }
    QVector<OnboardingRow> goodRows() const;
    QVector<OnboardingRow> badRows() const; // not run: invalid (error) or skipped (skipped)
    int skippedCount() const;
    QString csvPath() const { return m_csvPath; }

    void plan(); // dry run with BulkPlanner; completes through planned()
    void cancelPlan();
    const QVector<PlanEntry> &planEntries() const { return m_entries; }

    // The job request for the good rows (one item per row, key = customerId).
    JobRequest request(const QString &title = {}) const;
    QString submit(QString *error = nullptr); // "" with *error when nothing could be submitted

Q_SIGNALS:
    void planProgress(int done, int total);
    void planned(const td::ApiError &error);

private:
    QPointer<JobEngine> m_engine;
    QPointer<ConnectionSession> m_session;
    QPointer<BulkPlanner> m_planner;
    OnboardJobParams m_params;
    QVector<OnboardingRow> m_fileRows; // as read
    QVector<OnboardingRow> m_rows;     // with the registry's customers refused, skipped or updated
    const CustomerRegistry *m_registry = nullptr;
    QString m_connectionId;
    ExistingPolicy m_existing = ExistingPolicy::Fail;
    QVector<PlanEntry> m_entries;
    QString m_csvPath;
    bool m_allowOutsidePaths = false;
};

} // namespace td
