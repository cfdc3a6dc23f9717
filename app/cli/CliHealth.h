#pragma once
#include <QJsonArray>
#include <QPointer>
#include <QStringList>
#include <memory>

#include "app/cli/CliCommand.h"
#include "app/health/HealthTypes.h"

namespace td {

class HealthCheck;
class InventoryStore;

// tenantdesk-cli health --connection NAME [--json] [--fix RULE [--yes]]
// Runs the estate health check (the inventory is crawled into the GUI's inventory cache) and prints the
// findings; with --fix it applies that rule's fixes as one "health-fix" job (after a confirmation on an
// interactive terminal, or with --yes; otherwise refused with exit code 2), then checks again and reports
// what remains. Interrupted, the job stays in the journal (`jobs resume`).
// Exit codes: 0 check done (and every fix applied), 1 some lists or fixes failed, 2 usage, 3 keychain,
// 4 connection, 5 interrupted.
class CliHealth : public CliCommand
{
    Q_OBJECT
public:
    CliHealth(const CliContext &context, QObject *parent);
    ~CliHealth() override;
    void run(const QStringList &args) override;
    static QString usage();

private:
    void check(bool afterFix);
    void onChecked(const HealthReport &report, bool afterFix);
    void printFindings(const HealthReport &report);
    // After a confirmation (or --yes): the fixes as one health-fix job, then the check again.
    void fix(const QVector<HealthFinding> &findings);

    QPointer<JobEngine> m_engine;
    QString m_fixJobId;
    std::unique_ptr<InventoryStore> m_store;
    QPointer<ConnectionSession> m_session;
    QPointer<HealthCheck> m_check;
    QString m_fixRule;
    bool m_yes = false;
    int m_fixFailures = 0;
    QJsonArray m_fixResults;
};

} // namespace td
