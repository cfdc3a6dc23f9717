#include "app/onboarding/BulkOnboarding.h"

#include <QFileInfo>

#include "app/jobs/JobEngine.h"
#include "app/onboarding/BulkCsv.h"
#include "app/onboarding/OnboardJobType.h"
#include "app/session/ConnectionSession.h"

namespace td {

BulkOnboarding::BulkOnboarding(JobEngine *engine, ConnectionSession *session, QObject *parent)
    : QObject(parent), m_engine(engine), m_session(session)
{}

void BulkOnboarding::setEngine(JobEngine *engine)
{
    m_engine = engine;
}

void BulkOnboarding::setSession(ConnectionSession *session)
{
    m_session = session;
}

void BulkOnboarding::setParams(const OnboardJobParams &params)
{
    const QString dir = m_params.csvDir;
    m_params = params;
    if (m_params.csvDir.isEmpty())
        m_params.csvDir = dir;
}

bool BulkOnboarding::load(const QString &csvPath, QString *error)
{
    const BulkCsvResult r = BulkCsv::read(csvPath, m_allowOutsidePaths);
    m_csvPath = csvPath;
    if (!r.error.isEmpty()) {
        m_rows.clear();
        m_fileRows.clear();
        if (error)
            *error = r.error;
        return false;
    }
    if (r.rows.isEmpty()) {
        m_rows.clear();
        m_fileRows.clear();
        if (error)
            *error = tr("%1 has a header but no customers.").arg(csvPath);
        return false;
    }
    setRows(r.rows, QFileInfo(csvPath).absolutePath());
    return true;
}

void BulkOnboarding::setRows(const QVector<OnboardingRow> &rows, const QString &csvDir)
{
    m_fileRows = rows;
    m_params.csvDir = csvDir;
    m_rows = m_registry ? ExistingCustomers::apply(rows, *m_registry, m_connectionId, m_existing) : rows;
    m_entries.clear();
}

void BulkOnboarding::setExisting(const CustomerRegistry *registry, const QString &connectionId,
                                 ExistingPolicy policy)
{
    m_registry = registry;
    m_connectionId = connectionId;
    m_existing = policy;
    setRows(m_fileRows, m_params.csvDir);
}

int BulkOnboarding::skippedCount() const
{
    int n = 0;
    for (const OnboardingRow &r : m_rows)
        n += r.skipped.isEmpty() ? 0 : 1;
    return n;
}

QVector<OnboardingRow> BulkOnboarding::goodRows() const
{
    QVector<OnboardingRow> out;
    for (const OnboardingRow &r : m_rows) {
        if (r.ok())
            out << r;
    }
    return out;
}

QVector<OnboardingRow> BulkOnboarding::badRows() const
{
    QVector<OnboardingRow> out;
    for (const OnboardingRow &r : m_rows) {
        if (!r.ok())
            out << r;
    }
    return out;
}

void BulkOnboarding::plan()
{
    cancelPlan();
    m_entries.clear();
    auto *planner = new BulkPlanner(m_session, m_rows, m_params.naming, this);
    m_planner = planner;
    connect(planner, &BulkPlanner::progress, this, &BulkOnboarding::planProgress);
    connect(planner, &BulkPlanner::finished, this, [this, planner](const ApiError &error) {
        m_entries = planner->entries();
        planner->deleteLater();
        Q_EMIT planned(error);
    });
    planner->start();
}

void BulkOnboarding::cancelPlan()
{
    if (m_planner) {
        BulkPlanner *p = m_planner;
        m_planner = nullptr;
        disconnect(p, nullptr, this, nullptr);
        p->cancel();
        p->deleteLater();
    }
}

JobRequest BulkOnboarding::request(const QString &title) const
{
    JobRequest req;
    req.type = OnboardJobType::typeName();
    req.title = title.isEmpty() ? tr("Bulk onboarding from %1").arg(QFileInfo(m_csvPath).fileName()) : title;
    req.connectionId = m_session ? m_session->connection().id : QString();
    req.params = m_params.toJson();
    for (const OnboardingRow &r : m_rows) {
        if (r.ok())
            req.items.append({r.customerId, r.displayName, onboardItemParams(r)});
    }
    return req;
}

QString BulkOnboarding::submit(QString *error)
{
    auto bad = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!m_engine)
        return bad(tr("The job journal is not available."));
    if (!m_session)
        return bad(tr("The connection is closed."));
    const JobRequest req = request();
    if (req.items.isEmpty())
        return bad(tr("No row of the file can be onboarded."));
    if (!m_engine->types().contains(OnboardJobType::typeName()))
        return bad(tr("The onboarding job type is not registered."));
    if (m_engine->session(req.connectionId) != m_session)
        m_engine->setSession(req.connectionId, m_session);
    return m_engine->submit(req, error);
}

} // namespace td
