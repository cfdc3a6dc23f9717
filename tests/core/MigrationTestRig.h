#pragma once
// A migration rig for tests: emulator + session (short retries), job journal, registry, audit log,
// migration store, a JobEngine with the "migrate" type and a MigrationController; helpers over the
// emulator's state for the seeded "Legacy – <Name>" workspaces.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "EmulatorFixture.h"
#include "EmulatorModel.h"
#include "EmulatorState.h"
#include "app/api/RequestScheduler.h"
#include "app/audit/AuditLog.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/migration/MappingRule.h"
#include "app/migration/MigrateJobType.h"
#include "app/migration/MigrationController.h"
#include "app/migration/MigrationStore.h"
#include "app/registry/CustomerRegistry.h"

struct MigrationTestRig
{
    static QString master() { return QStringLiteral("embed.master@contoso-isv.example"); }
    static QString legacy(const QString &name) { return QStringLiteral("Legacy \u2013 ") + name; }

    EmulatorFixture emu;
    QTemporaryDir dir;
    std::unique_ptr<td::JobJournal> journal;
    std::unique_ptr<td::CustomerRegistry> registry;
    std::unique_ptr<td::AuditLog> audit;
    std::unique_ptr<td::MigrationStore> store;
    std::unique_ptr<td::JobEngine> engine;
    std::unique_ptr<td::MigrationController> migration;

    bool start()
    {
        if (!emu.start() || !dir.isValid())
            return false;
        td::RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 200;
        emu.session->scheduler()->setRetryPolicy(fast);
        journal = std::make_unique<td::JobJournal>(dir.filePath(QStringLiteral("jobs.sqlite")));
        registry = std::make_unique<td::CustomerRegistry>(dir.filePath(QStringLiteral("customers.sqlite")));
        audit = std::make_unique<td::AuditLog>(dir.filePath(QStringLiteral("audit.sqlite")));
        emu.session->setAuditLog(audit.get()); // every write the migration sends is audited there
        store = std::make_unique<td::MigrationStore>(dir.filePath(QStringLiteral("migrations.sqlite")));
        return journal->open() && registry->open() && audit->open() && store->open() && restart();
    }

    // A fresh engine and controller over the same journal and store (what a restart gives).
    bool restart()
    {
        migration.reset();
        engine.reset();
        engine = std::make_unique<td::JobEngine>(journal.get());
        td::MigrateJobType::registerWith(engine->types(), registry.get());
        engine->setSession(emu.connection().id, emu.session.get());
        migration = std::make_unique<td::MigrationController>(store.get(), emu.session.get());
        migration->setEngine(engine.get());
        migration->setRegistry(registry.get());
        return true;
    }

    bool scan()
    {
        QSignalSpy done(migration.get(), &td::MigrationController::scanned);
        migration->scan();
        return done.wait(10000) && !done.first().first().value<td::ApiError>().isError();
    }
    bool waitJob(const QString &jobId, int ms = 15000)
    {
        return QTest::qWaitFor([&] { return !engine->isActive(jobId); }, ms);
    }
    bool validate(int *passed, int *failed, const QStringList &roles = {QStringLiteral("Customer")})
    {
        QSignalSpy done(migration.get(), &td::MigrationController::validated);
        migration->validate(QString(), roles);
        if (!done.wait(15000))
            return false;
        *passed = done.first().at(0).toInt();
        *failed = done.first().at(1).toInt();
        return true;
    }

    emu::EmulatorState *state() const { return emu.server->state(); }
    emu::Workspace *workspace(const QString &name) const
    {
        for (emu::Workspace &w : state()->workspaces().items()) {
            if (w.name == name)
                return &w;
        }
        return nullptr;
    }
    int profilesNamed(const QString &name) const
    {
        int n = 0;
        for (const emu::Profile &p : state()->profiles().items())
            n += p.displayName == name ? 1 : 0;
        return n;
    }
    const emu::Member *spOwn(const emu::Workspace *w) const
    {
        for (const emu::Member &m : w->members) {
            if (m.principalType == QLatin1String("App") && m.profileId.isEmpty() &&
                m.identifier.compare(emu.sp().objectId, Qt::CaseInsensitive) == 0)
                return &m;
        }
        return nullptr;
    }
    const emu::Member *user(const emu::Workspace *w, const QString &email) const
    {
        for (const emu::Member &m : w->members) {
            if (m.principalType == QLatin1String("User") &&
                m.identifier.compare(email, Qt::CaseInsensitive) == 0)
                return &m;
        }
        return nullptr;
    }
    // App members with Admin (the SP itself or any profile).
    QVector<const emu::Member *> appAdmins(const emu::Workspace *w) const
    {
        QVector<const emu::Member *> out;
        for (const emu::Member &m : w->members) {
            if (m.principalType == QLatin1String("App") && m.accessRight == QLatin1String("Admin"))
                out << &m;
        }
        return out;
    }
    // Scans, maps with the default pattern and plans; "" when fine, else what went wrong. The demo estate
    // gives 24 workspaces: 20 legacy, Sales Template, Shared Dev, C0012 (the SP is still a member) and the
    // health seed's "Fabrikam – Archive" (no profile on it).
    QString planDefault()
    {
        if (!scan())
            return QStringLiteral("scan failed");
        migration->setMasterUser(master());
        QString error;
        const int mapped = int(migration
                                   ->applyPattern(td::MappingRule::defaultPattern(),
                                                  td::MappingRule::defaultIdTemplate(), &error)
                                   .size());
        if (mapped != 24)
            return QStringLiteral("mapped %1 workspaces, expected 24 %2").arg(mapped).arg(error);
        return migration->makePlan(&error) ? QString() : error;
    }
    // planDefault(), then the migrate job to completion; "" when fine.
    QString runAll()
    {
        QString error = planDefault();
        if (!error.isEmpty())
            return error;
        const QString jobId = migration->run(&error);
        if (jobId.isEmpty())
            return error;
        if (!waitJob(jobId))
            return QStringLiteral("the job did not end");
        return engine->job(jobId).state == td::JobState::Completed
                   ? QString()
                   : QStringLiteral("the job did not complete");
    }
};
