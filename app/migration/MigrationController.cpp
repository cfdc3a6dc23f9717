#include "app/migration/MigrationController.h"

#include <QSet>

#include "app/jobs/JobEngine.h"
#include "app/jobs/JobFollower.h"
#include "app/jobs/JobsLogging.h"
#include "app/migration/InventoryScan.h"
#include "app/migration/MappingCsv.h"
#include "app/migration/MappingRule.h"
#include "app/migration/MigrateJobType.h"
#include "app/migration/MigrationCheckJobs.h"
#include "app/migration/MigrationCleanup.h"
#include "app/migration/MigrationPlanner.h"
#include "app/migration/MigrationStore.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

MigrationController::MigrationController(MigrationStore *store, ConnectionSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_store(store)
{
    reload();
}

void MigrationController::setEngine(JobEngine *engine)
{
    m_engine = engine;
    if (m_engine && !m_engine->types().contains(MigrationCheckJobs::validateType()))
        MigrationCheckJobs::registerWith(m_engine->types());
}

void MigrationController::reload()
{
    m_state = m_store->load(m_session ? m_session->connection().id : QString());
}

QString MigrationController::lastStep() const
{
    const QString check = MigrationCheckJobs::lastStep(m_engine, m_state.checkJobIds);
    if (!check.isEmpty())
        return check;
    if (!m_state.runJobId.isEmpty())
        return QStringLiteral("run");
    if (!m_state.plan.isEmpty())
        return QStringLiteral("plan");
    if (!m_state.mapping.isEmpty())
        return QStringLiteral("mapping");
    return m_state.hasInventory() ? QStringLiteral("inventory") : QString();
}

QHash<QString, ValidationResult> MigrationController::validations() const
{
    return MigrationCheckJobs::validations(m_engine, m_state.checkJobIds);
}

QHash<QString, CleanupRecord> MigrationController::cleanupRecords() const
{
    return MigrationCheckJobs::cleanupRecords(m_engine, m_state.checkJobIds);
}

// Submits a validation, clean-up or restore job and keeps its id; "" when there is no engine or it
// refused.
QString MigrationController::submitCheck(const JobRequest &request)
{
    QString error;
    const QString id = m_engine ? m_engine->submit(request, &error) : QString();
    if (id.isEmpty()) {
        qCWarning(lcJobs) << "migration check not submitted:"
                          << (m_engine ? error : QStringLiteral("no engine"));
        return {};
    }
    m_state.checkJobIds << id;
    save();
    return id;
}

bool MigrationController::save(QString *error)
{
    return m_store->save(m_state, error);
}

void MigrationController::setMasterUser(const QString &email)
{
    if (m_state.masterUser.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
        return;
    m_state.masterUser = email.trimmed();
    if (!m_state.plan.isEmpty())
        makePlan(); // the removals depend on it
    save();
}

QString MigrationController::spObjectId() const
{
    const QString known = m_session ? m_session->connection().servicePrincipalObjectId : QString();
    if (!known.isEmpty() || m_state.inventory.workspaces.isEmpty())
        return known;
    // The connection does not name it: the service principal is a direct member (an App without a
    // profile) of every workspace it lists as itself, so the one such identifier common to all is it.
    QHash<QString, int> seen;
    for (const LegacyWorkspace &w : m_state.inventory.workspaces) {
        QSet<QString> here;
        for (const GroupUser &u : w.users) {
            if (u.principalType == QLatin1String("App") && u.profileId.isEmpty())
                here.insert(u.identifier.toLower());
        }
        for (const QString &id : std::as_const(here))
            ++seen[id];
    }
    QStringList common;
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it) {
        if (it.value() == m_state.inventory.workspaces.size())
            common << it.key();
    }
    return common.size() == 1 ? common.first() : QString();
}

void MigrationController::scan()
{
    auto *scan = new InventoryScan(m_session, this);
    connect(scan, &InventoryScan::progress, this, &MigrationController::scanProgress);
    connect(scan, &InventoryScan::finished, this, [this, scan](const ApiError &error) {
        scan->deleteLater();
        if (!error.isError()) {
            m_state.inventory = scan->result();
            if (!m_state.mapping.isEmpty()) { // keep the admin's mapping, drop workspaces gone since
                QVector<MappingRow> kept;
                for (const MappingRow &r : std::as_const(m_state.mapping)) {
                    if (m_state.inventory.find(r.workspaceId))
                        kept << r;
                }
                m_state.mapping = kept;
            }
            save();
        }
        Q_EMIT scanned(error);
    });
    scan->start();
}

QVector<MappingRow> MigrationController::applyPattern(const QString &pattern, const QString &idTemplate,
                                                      QString *error)
{
    const MappingRule rule(pattern, idTemplate);
    if (!rule.isValid()) {
        if (error)
            *error = rule.error();
        return {};
    }
    m_state.pattern = pattern;
    m_state.idTemplate = idTemplate;
    m_state.mapping = rule.preview(m_state.inventory.workspaces);
    save();
    return m_state.mapping;
}

bool MigrationController::importMapping(const QByteArray &csv, QStringList *errors)
{
    const QVector<MappingRow> rows = MappingCsv::import(csv, m_state.inventory, errors);
    if (rows.isEmpty())
        return false;
    setMapping(rows);
    return true;
}

void MigrationController::setMapping(const QVector<MappingRow> &rows)
{
    m_state.mapping = rows;
    MappingRule::noteGroups(m_state.mapping);
    save();
}

bool MigrationController::makePlan(QString *error)
{
    if (!m_state.hasInventory()) {
        if (error)
            *error = tr("Take the inventory first.");
        return false;
    }
    m_state.plan =
        MigrationPlanner::plan(m_state.inventory, m_state.mapping, spObjectId(), m_state.masterUser);
    if (m_state.plan.isEmpty()) {
        if (error)
            *error = tr("The mapping includes no workspace: no customer to migrate.");
        return false;
    }
    return save(error);
}

QString MigrationController::run(QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!m_engine)
        return fail(tr("The job journal is not available; the migration run needs it."));
    if (m_state.plan.isEmpty())
        return fail(tr("Make the plan first."));
    const JobInfo existing = m_state.runJobId.isEmpty() ? JobInfo() : m_engine->job(m_state.runJobId);
    if (!existing.id.isEmpty()) {
        if (m_engine->isActive(existing.id))
            return existing.id;
        if (existing.state == JobState::Interrupted || existing.state == JobState::Paused) {
            if (!m_engine->resume(existing.id, error))
                return {};
            return existing.id;
        }
        if (existing.state == JobState::CompletedWithErrors || existing.state == JobState::Cancelled) {
            if (!m_engine->retryFailed(existing.id, error))
                return {};
            return existing.id;
        }
    }
    JobRequest req;
    req.type = MigrateJobType::typeName();
    req.connectionId = m_session ? m_session->connection().id : QString();
    req.params = MigrateJobType::jobParams(spObjectId());
    for (const PlanCustomer &c : std::as_const(m_state.plan)) {
        if (!c.blocked)
            req.items.append({c.customerId, c.displayName, c.toJson()});
    }
    if (req.items.isEmpty())
        return fail(tr("Every customer of the plan is blocked; see its warnings."));
    req.title = tr("Migrate %n customer(s) to profiles", nullptr, int(req.items.size()));
    const QString id = m_engine->submit(req, error);
    if (id.isEmpty())
        return {};
    m_state.runJobId = id;
    save();
    return id;
}

QHash<QString, QString> MigrationController::profileIds() const
{
    QHash<QString, QString> ids;
    if (m_registry && m_session) {
        for (const PlanCustomer &c : m_state.plan) {
            const Customer cu = m_registry->find(m_session->connection().id, c.customerId);
            if (!cu.profileId.isEmpty())
                ids.insert(c.customerId, cu.profileId);
        }
    }
    if (m_engine && !m_state.runJobId.isEmpty()) {
        for (const JobItemInfo &i : m_engine->items(m_state.runJobId)) {
            const QString p = i.result.value(QLatin1String("profile"))
                                  .toObject()
                                  .value(QLatin1String("profileId"))
                                  .toString();
            if (!p.isEmpty() && i.state == ItemState::Done)
                ids.insert(i.key, p);
        }
    }
    return ids;
}

void MigrationController::validate(const QString &rlsUser, const QStringList &rlsRoles,
                                   const QStringList &customerIds)
{
    QVector<PlanCustomer> which;
    for (const PlanCustomer &c : std::as_const(m_state.plan)) {
        if (customerIds.isEmpty() || customerIds.contains(c.customerId, Qt::CaseInsensitive))
            which << c;
    }
    const QString id = submitCheck(MigrationCheckJobs::validateRequest(
        m_session ? m_session->connection().id : QString(), which, profileIds(), rlsUser, rlsRoles));
    if (id.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, which] { Q_EMIT validated(0, int(which.size())); }, Qt::QueuedConnection);
        return;
    }
    auto *follower = new JobFollower(m_engine, id, this);
    connect(follower, &JobFollower::itemEnded, this, [this](const JobItemInfo &i) {
        if (MigrationCheckJobs::hasResult(i))
            Q_EMIT customerChecked(i.key);
    });
    connect(follower, &JobFollower::ended, this, [this, follower] {
        follower->deleteLater();
        int passed = 0, failed = 0;
        for (const JobItemInfo &i : m_engine->items(follower->jobId()))
            ++(MigrationCheckJobs::hasResult(i) && MigrationCheckJobs::validation(i).ok ? passed : failed);
        Q_EMIT validated(passed, failed);
    });
}

QStringList MigrationController::cleanupCandidates() const
{
    QStringList ids;
    const QHash<QString, ValidationResult> checked = validations();
    const QHash<QString, CleanupRecord> records = cleanupRecords();
    for (const PlanCustomer &c : m_state.plan) {
        const ValidationResult v = checked.value(c.customerId);
        const CleanupRecord record = records.value(c.customerId);
        const bool cleaned = !record.removed.isEmpty();
        bool allRestored = cleaned;
        for (const AccessEntry &e : record.removed)
            allRestored = allRestored && e.restored;
        if (v.ok && (!cleaned || allRestored))
            ids << c.customerId;
    }
    return ids;
}

bool MigrationController::cleanup(const QStringList &customerIds, bool confirmed, QStringList *refused)
{
    if (!confirmed) {
        if (refused)
            *refused << tr("The clean-up needs an explicit confirmation.");
        return false;
    }
    return runAccessJob(customerIds, false, refused);
}

QStringList MigrationController::restoreCandidates() const
{
    QStringList ids;
    const QHash<QString, CleanupRecord> records = cleanupRecords();
    for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
        for (const AccessEntry &e : it.value().removed) {
            if (!e.restored) {
                ids << it.key();
                break;
            }
        }
    }
    ids.sort();
    return ids;
}

bool MigrationController::restore(const QStringList &customerIds, QStringList *refused)
{
    return runAccessJob(customerIds, true, refused);
}

// One clean-up or restore of the customers among customerIds that are its candidates (the others are
// refused), as a journaled job; when it ends the counts (entries removed, or put back) and errors go out
// with cleanedUp / restored. False when no customer is left.
bool MigrationController::runAccessJob(const QStringList &customerIds, bool restore, QStringList *refused)
{
    const QStringList allowed = restore ? restoreCandidates() : cleanupCandidates();
    const QHash<QString, QString> profiles = profileIds();
    const QHash<QString, CleanupRecord> before = restore ? cleanupRecords() : QHash<QString, CleanupRecord>();
    QVector<MigrationCleanup::Target> targets;
    for (const QString &id : customerIds) {
        const PlanCustomer *c = m_state.planFor(id);
        if (c && allowed.contains(c->customerId))
            targets.append({*c, profiles.value(c->customerId), before.value(c->customerId)});
        else if (refused)
            *refused << (restore ? tr("%1: nothing to restore.")
                                 : tr("%1: not cleaned up, its validation has not passed (or it was cleaned "
                                      "up already)."))
                            .arg(id);
    }
    if (targets.isEmpty())
        return false;
    const QString id =
        submitCheck(MigrationCheckJobs::accessRequest(m_session ? m_session->connection().id : QString(),
                                                      targets, restore, spObjectId(), m_state.masterUser));
    auto report = [this, restore](int changed, int errors) {
        if (restore)
            Q_EMIT restored(changed, errors);
        else
            Q_EMIT cleanedUp(changed, errors);
    };
    if (id.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [report, n = int(targets.size())] { report(0, n); }, Qt::QueuedConnection);
        return true;
    }
    auto *follower = new JobFollower(m_engine, id, this);
    connect(follower, &JobFollower::ended, this, [this, follower, before, restore, report] {
        follower->deleteLater();
        int changed = 0, errors = 0;
        for (const JobItemInfo &i : m_engine->items(follower->jobId())) {
            if (!MigrationCheckJobs::hasResult(i)) {
                ++errors;
                continue;
            }
            const CleanupRecord r = MigrationCheckJobs::record(i);
            const CleanupRecord was = before.value(i.key);
            for (int k = 0; k < r.removed.size(); ++k)
                changed += restore ? int(r.removed.at(k).restored && !was.removed.value(k).restored) : 1;
            errors += int(r.errors.size());
        }
        report(changed, errors);
    });
    return true;
}

} // namespace td
