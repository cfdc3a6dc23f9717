#include "app/migration/MigrationController.h"

#include <QSet>

#include "app/jobs/JobEngine.h"
#include "app/migration/InventoryScan.h"
#include "app/migration/MappingCsv.h"
#include "app/migration/MappingRule.h"
#include "app/migration/MigrateJobType.h"
#include "app/migration/MigrationCleanup.h"
#include "app/migration/MigrationPlanner.h"
#include "app/migration/MigrationStore.h"
#include "app/migration/MigrationValidator.h"
#include "app/registry/CustomerRegistry.h"
#include "app/session/ConnectionSession.h"

namespace td {

MigrationController::MigrationController(MigrationStore *store, ConnectionSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_store(store)
{
    reload();
}

void MigrationController::reload()
{
    m_state = m_store->load(m_session ? m_session->connection().id : QString());
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
            m_state.lastStep = QStringLiteral("inventory");
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
    m_state.lastStep = QStringLiteral("mapping");
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
    m_state.lastStep = QStringLiteral("mapping");
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
    m_state.lastStep = QStringLiteral("plan");
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
    m_state.lastStep = QStringLiteral("run");
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
    auto *v = new MigrationValidator(m_session, this);
    v->setRlsIdentity(rlsUser, rlsRoles);
    connect(v, &MigrationValidator::customerDone, this, [this](const QString &id, const ValidationResult &r) {
        m_state.validation.insert(id, r);
        save();
        Q_EMIT customerChecked(id);
    });
    connect(v, &MigrationValidator::finished, this, [this, v] {
        v->deleteLater();
        int passed = 0, failed = 0;
        for (const ValidationResult &r : v->results())
            ++(r.ok ? passed : failed);
        m_state.lastStep = QStringLiteral("validate");
        save();
        Q_EMIT validated(passed, failed);
    });
    v->start(which, profileIds());
}

QStringList MigrationController::cleanupCandidates() const
{
    QStringList ids;
    for (const PlanCustomer &c : m_state.plan) {
        const ValidationResult v = m_state.validation.value(c.customerId);
        const bool cleaned =
            m_state.cleanup.contains(c.customerId) && !m_state.cleanup.value(c.customerId).removed.isEmpty();
        bool allRestored = cleaned;
        for (const AccessEntry &e : m_state.cleanup.value(c.customerId).removed)
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
    const QStringList allowed = cleanupCandidates();
    const QHash<QString, QString> profiles = profileIds();
    QVector<MigrationCleanup::Target> targets;
    for (const QString &id : customerIds) {
        const PlanCustomer *c = m_state.planFor(id);
        if (!c || !allowed.contains(c->customerId)) {
            if (refused)
                *refused
                    << tr("%1: not cleaned up, its validation has not passed (or it was cleaned up already).")
                           .arg(id);
            continue;
        }
        targets.append({*c, profiles.value(c->customerId), {}});
    }
    if (targets.isEmpty())
        return false;
    runAccessJob(targets, false);
    return true;
}

QStringList MigrationController::restoreCandidates() const
{
    QStringList ids;
    for (auto it = m_state.cleanup.constBegin(); it != m_state.cleanup.constEnd(); ++it) {
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
    const QStringList allowed = restoreCandidates();
    const QHash<QString, QString> profiles = profileIds();
    QVector<MigrationCleanup::Target> targets;
    for (const QString &id : customerIds) {
        const PlanCustomer *c = m_state.planFor(id);
        if (!c || !allowed.contains(c->customerId)) {
            if (refused)
                *refused << tr("%1: nothing to restore.").arg(id);
            continue;
        }
        targets.append({*c, profiles.value(c->customerId), m_state.cleanup.value(c->customerId)});
    }
    if (targets.isEmpty())
        return false;
    runAccessJob(targets, true);
    return true;
}

// One clean-up or restore over the targets: each customer's record is saved as it completes; the counts
// (entries removed, or put back) and errors go out with cleanedUp / restored.
void MigrationController::runAccessJob(const QVector<MigrationCleanup::Target> &targets, bool restore)
{
    auto *job = new MigrationCleanup(m_session, m_audit, this);
    auto changed = std::make_shared<int>(0);
    auto errors = std::make_shared<int>(0);
    connect(job, &MigrationCleanup::customerDone, this,
            [this, changed, errors, restore](const QString &id, const CleanupRecord &r) {
                if (restore) {
                    const CleanupRecord before = m_state.cleanup.value(id);
                    for (int i = 0; i < r.removed.size(); ++i)
                        *changed += (r.removed.at(i).restored && !before.removed.value(i).restored) ? 1 : 0;
                } else {
                    *changed += int(r.removed.size());
                }
                *errors += int(r.errors.size());
                m_state.cleanup.insert(id, r);
                save();
            });
    connect(job, &MigrationCleanup::finished, this, [this, job, changed, errors, restore] {
        job->deleteLater();
        m_state.lastStep = restore ? QStringLiteral("restore") : QStringLiteral("cleanup");
        save();
        if (restore)
            Q_EMIT restored(*changed, *errors);
        else
            Q_EMIT cleanedUp(*changed, *errors);
    });
    if (restore)
        job->restore(targets);
    else
        job->cleanup(targets, spObjectId(), m_state.masterUser);
}

} // namespace td
