#pragma once
#include <QStringList>
#include <memory>

#include "app/cli/CliCommand.h"

namespace td {

class MigrationController;
class MigrationStore;

// tenantdesk-cli migrate plan|run|validate|cleanup|restore --connection NAME [--mapping FILE.csv]
//   [--master-user EMAIL] [--pattern P] [--id-template T] [--customer ID]... [--rls-user U]
//   [--rls-role R]... [--yes]
// Over the same migration journal (migrations.sqlite) and job journal as the wizard. plan takes the
// inventory again and prints the dry run; run submits (or resumes) the "migrate" job; validate checks as
// each profile; cleanup needs passed validation and --yes (or typing "yes" on an interactive terminal);
// restore puts back what a clean-up removed.
class CliMigrate : public CliCommand
{
    Q_OBJECT
public:
    CliMigrate(const CliContext &context, QObject *parent);
    ~CliMigrate() override;
    void run(const QStringList &args) override; // args after "migrate"
    static QString usage();

private:
    void opened(ConnectionSession *session);
    void planStep(bool thenRun);
    void printPlan();
    void runStep();
    void validateStep();
    void cleanupStep();
    void restoreStep();

    std::unique_ptr<MigrationStore> m_store;
    MigrationController *m_migration = nullptr;
    JobEngine *m_engine = nullptr;
    QString m_verb, m_mapping, m_masterUser, m_pattern, m_idTemplate, m_rlsUser;
    QStringList m_customers, m_rlsRoles;
    bool m_yes = false;
    bool m_masterSet = false;
};

} // namespace td
