#pragma once
// A bulk-onboarding rig for tests: emulator + session (short retry pauses), a journal, a registry and a
// JobEngine with the "onboard" type registered, and counters over the emulator's state by name.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "EmulatorFixture.h"
#include "EmulatorModel.h"
#include "EmulatorState.h"
#include "app/api/RequestScheduler.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/onboarding/OnboardJobType.h"
#include "app/registry/CustomerRegistry.h"

struct OnboardTestRig
{
    EmulatorFixture emu;
    QTemporaryDir dir;
    std::unique_ptr<td::JobJournal> journal;
    std::unique_ptr<td::CustomerRegistry> registry;
    std::unique_ptr<td::JobEngine> engine;

    bool start()
    {
        if (!emu.start() || !dir.isValid())
            return false;
        td::RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 200;
        emu.session->scheduler()->setRetryPolicy(fast);
        emu::JobSettings jobs = emu.server->jobSettings();
        jobs.importDelayMs = 60;
        emu.server->setJobSettings(jobs);
        journal = std::make_unique<td::JobJournal>(dir.filePath(QStringLiteral("jobs.sqlite")));
        registry = std::make_unique<td::CustomerRegistry>(dir.filePath(QStringLiteral("customers.sqlite")));
        return journal->open() && registry->open() && newEngine();
    }

    // A fresh engine over the same journal (what a restart gives): marks left-running jobs interrupted.
    bool newEngine(int concurrency = 8)
    {
        engine.reset();
        engine = std::make_unique<td::JobEngine>(journal.get());
        td::OnboardJobType::registerWith(engine->types(), registry.get());
        engine->setSession(emu.connection().id, emu.session.get());
        engine->setMaxConcurrency(concurrency);
        return true;
    }

    // The demo .pbix copied into dir, next to the CSVs (a bulk CSV's pbix must be in its folder); its name.
    QString samplePbix()
    {
        const QString name = QStringLiteral("sample-report.pbix");
        if (!QFile::exists(dir.filePath(name)))
            QFile::copy(QStringLiteral(TD_SOURCE_DIR "/resources/demo/sample-report.pbix"),
                        dir.filePath(name));
        return name;
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return f.fileName();
    }

    int profilesNamed(const QString &name) const
    {
        int n = 0;
        for (const emu::Profile &p : emu.server->state()->profiles().items())
            n += p.displayName == name ? 1 : 0;
        return n;
    }
    QVector<const emu::Workspace *> workspacesNamed(const QString &name) const
    {
        QVector<const emu::Workspace *> out;
        for (const emu::Workspace &w : emu.server->state()->workspaces().items()) {
            if (w.name == name)
                out << &w;
        }
        return out;
    }
    // Imports + datasets of that name across the workspaces of that name.
    int importsIn(const QString &workspace, const QString &dataset, int *datasets = nullptr) const
    {
        int imports = 0, models = 0;
        for (const emu::Workspace *w : workspacesNamed(workspace)) {
            for (const emu::ImportJob &i : w->imports)
                imports += i.name == dataset ? 1 : 0;
            for (const emu::Dataset &d : w->datasets)
                models += d.name == dataset ? 1 : 0;
        }
        if (datasets)
            *datasets = models;
        return imports;
    }
};
