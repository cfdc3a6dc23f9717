#pragma once
#include <QObject>
#include <QStringList>

#include "app/cli/CliContext.h"

namespace td {

class AuditLog;
class CustomerRegistry;
class JobJournal;

// tenantdesk-cli: dispatches "<command> <verb> ..." to the command objects. The stores are the GUI's.
class CliDispatcher : public QObject
{
    Q_OBJECT
public:
    CliDispatcher(const CliContext &context, CustomerRegistry *registry, QObject *parent = nullptr);
    // Starts the command given by args (without the program name). Completion: context.finish(code).
    void start(const QStringList &args);
    void setJournal(JobJournal *journal) { m_journal = journal; } // null: onboard/jobs report it
    // Every session a command opens audits its requests there (null: nothing audited).
    void setAuditLog(AuditLog *audit)
    {
        m_audit = audit;
        m_ctx.audit = audit;
    }
    static QString usage();

private:
    CliContext m_ctx;
    CustomerRegistry *m_registry;
    JobJournal *m_journal = nullptr;
    AuditLog *m_audit = nullptr;
};

} // namespace td
