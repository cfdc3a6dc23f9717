#pragma once
#include <QObject>
#include <QStringList>

#include "cli/CliContext.h"

namespace td {

class CustomerRegistry;

// tenantdesk-cli: dispatches "<command> <verb> ..." to the command objects. The stores are the GUI's.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(const CliContext &context, CustomerRegistry *registry, QObject *parent = nullptr);
    // Starts the command given by args (without the program name). Completion: context.finish(code).
    void start(const QStringList &args);
    static QString usage();

private:
    CliContext m_ctx;
    CustomerRegistry *m_registry;
};

} // namespace td
