// TenantDesk: the thin application main. Wires the core, the UI and (in --demo) the built-in emulator.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>

#include "EmulatorServer.h"
#include "EmulatorState.h"
#include "app/audit/AuditLog.h"
#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "app/inventory/InventoryStore.h"
#include "app/jobs/JobCenter.h"
#include "app/jobs/JobEngine.h"
#include "app/jobs/JobJournal.h"
#include "app/jobtypes/KnownJobTypes.h"
#include "app/registry/CustomerRegistry.h"
#include "app/registry/DemoRegistrySeed.h"
#include "ui/tree/TreeAutoExpander.h"
#include "ui/window/MainWindow.h"

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale::system(), QStringLiteral("tenantdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

// The demo registry: one entry per demo customer profile (and one stale entry, for the health check's
// registry-drift rule), written only when the registry has no entry for the demo connection yet.
void seedDemoRegistry(emu::EmulatorServer &emulator, td::CustomerRegistry *registry,
                      const QString &connectionId)
{
    if (!registry)
        return;
    const emu::EmulatorState *state = emulator.state();
    QVector<td::DemoRegistryProfile> profiles;
    for (const emu::Profile *p : state->profilesOf(emulator.primaryServicePrincipal().clientId)) {
        td::DemoRegistryProfile d{p->id, p->displayName, {}};
        for (const emu::Workspace *w : state->workspacesOf(emu::principalKeyForProfile(p->id))) {
            const emu::Member *m = w->findMember(emu::principalKeyForProfile(p->id));
            if (m && (m->accessRight == QLatin1String("Admin") || w->name == p->displayName)) // its own
                d.workspaceIds.append(w->id);
        }
        profiles.append(d);
    }
    td::DemoRegistrySeed::seedIfEmpty(*registry, connectionId, profiles);
}

// Registers the emulator's demo service principal as a connection and opens it. The demo secret is
// public (documented with the emulator); it still goes to the keychain like any other secret.
bool startDemo(emu::EmulatorServer &emulator, td::ConnectionStore &store, td::SecretStore &secrets,
               td::MainWindow &window)
{
    emu::EmulatorOptions options;
    options.seed = QStringLiteral("demo-limit"); // every broken case, the profile near the limit too
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (QDir().mkpath(dataDir))
        options.statePath = dataDir + QStringLiteral("/demo-state.json");
    QString error;
    if (!emulator.start(options, &error)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Main::tr("Cannot start the built-in emulator: %1").arg(error)));
        return false;
    }
    const emu::ServicePrincipalInfo sp = emulator.primaryServicePrincipal();
    td::Connection c;
    for (const td::Connection &saved : store.list()) {
        if (saved.demo)
            c = saved;
    }
    c.name = Main::tr("Demo (built-in emulator)");
    c.cloud = QStringLiteral("Custom");
    c.apiBaseUrl = emulator.baseUrl();
    c.loginUrl = emulator.loginUrl();
    c.tenantId = sp.tenantId;
    c.clientId = sp.clientId;
    c.servicePrincipalObjectId = sp.objectId;
    c.demo = true;
    c.id = store.save(c);
    seedDemoRegistry(emulator, window.context().registry(), c.id);

    QPointer<td::MainWindow> win(&window);
    const QString secret = sp.clientSecret;
    secrets.write(c.id, secret, &window, [win, c, secret](const td::ApiError &err) {
        if (!win)
            return;
        if (err.isError())
            win->setKeychainMessage(
                Main::tr("Keychain unavailable: %1 The demo secret is kept in memory only.")
                    .arg(err.summary()));
        win->openSession(c, secret);
    });
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TenantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TenantDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Admin console for Power BI embedded multi-tenant estates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Main::tr("Start the built-in emulator and connect to its demo data."));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        Main::tr("Once the tree has loaded, save a picture of the window to <file> and quit."),
        Main::tr("file"));
    const QCommandLineOption open(QStringLiteral("connection"),
                                  Main::tr("Open the saved connection <name-or-id>."),
                                  Main::tr("name-or-id"));
    parser.addOptions({demo, shot, open});
    parser.process(app);

    QNetworkAccessManager nam;
    QSettings settings;
    td::ConnectionStore store(&settings);
    td::SecretStore secrets;
    // The local inventory cache and the audit trail. A store that cannot open is reported and left out:
    // the window then browses from the network only (or acts without an audit trail, which it says).
    td::InventoryStore inventory(td::InventoryStore::defaultPath());
    td::AuditLog audit(td::AuditLog::defaultPath());
    td::CustomerRegistry registry(td::CustomerRegistry::defaultPath());
    td::JobJournal jobs(td::JobJournal::defaultPath());
    td::MainWindow window(&store, &secrets, &nam); // after the stores: destroyed before them
    QString storeError;
    if (inventory.open(&storeError))
        window.setInventory(&inventory);
    else
        std::fprintf(stderr, "%s\n", qPrintable(Main::tr("Inventory cache unavailable: %1").arg(storeError)));
    if (registry.open(&storeError))
        window.setCustomerRegistry(&registry);
    else
        std::fprintf(stderr, "%s\n",
                     qPrintable(Main::tr("Customer registry unavailable: %1").arg(storeError)));
    if (audit.open(&storeError))
        window.setAuditLog(&audit);
    else
        std::fprintf(stderr, "%s\n", qPrintable(Main::tr("Audit log unavailable: %1").arg(storeError)));
    // Without the journal, journaled jobs (onboarding, capacity moves, migrations) are disabled: the Jobs
    // tab says so. They never run in memory only, where a restart would lose their progress.
    if (jobs.open(&storeError)) {
        window.context().jobCenter()->setJournal(&jobs);
        // Jobs a previous run left interrupted (bulk onboardings, capacity moves, migrations) can resume
        // from the Jobs tab.
        td::registerKnownJobTypes(window.context().jobCenter()->engine()->types(), window.context().registry());
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(Main::tr("Job journal unavailable: %1").arg(storeError)));
        window.context().jobCenter()->setJournalUnavailable(storeError);
    }
    emu::EmulatorServer emulator;

    if (parser.isSet(demo)) {
        if (!startDemo(emulator, store, secrets, window))
            return 1;
    } else if (parser.isSet(open)) {
        const td::Connection c = store.find(parser.value(open));
        if (c.id.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Main::tr("No saved connection named %1.").arg(parser.value(open))));
            return 1;
        }
        window.connectTo(c);
    } else {
        QVector<td::Connection> real;
        for (const td::Connection &c : store.list()) {
            if (!c.demo)
                real.append(c);
        }
        if (real.size() == 1) // the only saved connection opens by itself; otherwise pick in the menu
            window.connectTo(real.first());
    }
    window.show();

    int exitCode = 0;
    if (parser.isSet(shot)) {
        const QString file = parser.value(shot);
        auto *expander = new td::TreeAutoExpander(window.treeView(), [&window, &exitCode, file](bool ok) {
            // Let the last rows and the details pane paint before grabbing.
            QTimer::singleShot(400, &window, [&window, &exitCode, file, ok] {
                const bool saved = window.grab().save(file);
                if (!saved)
                    std::fprintf(stderr, "%s\n", qPrintable(Main::tr("Cannot write %1").arg(file)));
                exitCode = saved && ok ? 0 : 2;
                QCoreApplication::quit();
            });
        });
        expander->start();
    }
    const int rc = app.exec();
    return rc != 0 ? rc : exitCode;
}
