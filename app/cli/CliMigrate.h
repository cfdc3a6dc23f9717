#pragma once
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

#include "app/cli/CliContext.h"

namespace td {

class ConnectionSession;
class CustomerRegistry;
class JobEngine;
class JobJournal;
class MigrationController;
class MigrationStore;

// tenantdesk-cli migrate plan|run|validate|cleanup|restore --connection NAME [--mapping FILE.csv]
//   [--master-user EMAIL] [--pattern P] [--id-template T] [--customer ID]... [--rls-user U]
//   [--rls-role R]... [--yes]
// Over the same migration journal (migrations.sqlite) and job journal as the wizard. plan takes the
// inventory again and prints the dry run; run submits (or resumes) the "migrate" job; validate checks as
// each profile; cleanup needs passed validation and --yes (or typing "yes" on an interactive terminal);
// restore puts back what a clean-up removed.
class CliMigrate : public QObject
{
    Q_OBJECT
public:
    CliMigrate(const CliContext &context, JobJournal *journal, CustomerRegistry *registry,
               QObject *parent = nullptr);
    ~CliMigrate() override;
    void run(const QStringList &args); // args after "migrate"
    static QString usage();
    static bool stdinIsInteractive();

private:
    void opened(ConnectionSession *session);
    void planStep(bool thenRun);
    void printPlan();
    void runStep();
    void validateStep();
    void cleanupStep();
    void restoreStep();

    CliContext m_ctx;
    JobJournal *m_journal;
    CustomerRegistry *m_registry;
    std::unique_ptr<MigrationStore> m_store;
    MigrationController *m_migration = nullptr;
    JobEngine *m_engine = nullptr;
    QString m_verb, m_mapping, m_masterUser, m_pattern, m_idTemplate, m_rlsUser;
    QStringList m_customers, m_rlsRoles;
    bool m_yes = false;
    bool m_masterSet = false;
};

} // namespace td
