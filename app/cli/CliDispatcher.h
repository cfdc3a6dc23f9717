#pragma once
#include <QObject>
#include <QStringList>

#include "app/cli/CliContext.h"

namespace td {

// tenantdesk-cli: dispatches "<command> <verb> ..." to the command objects (CliCommand). The stores
// are the GUI's; the context's journal, registry and audit log may be null (the commands say so).
class CliDispatcher : public QObject
{
    Q_OBJECT
public:
    CliDispatcher(const CliContext &context, QObject *parent = nullptr);
    // Starts the command given by args (without the program name). Completion: context.finish(code).
    void start(const QStringList &args);
    static QString usage();

private:
    CliContext m_ctx;
};

} // namespace td
