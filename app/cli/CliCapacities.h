#pragma once
#include <QObject>

#include "app/cli/CliContext.h"

namespace td {

// tenantdesk-cli capacities list --connection NAME [--json]
// The capacities the connection's service principal sees: id, name, SKU, region, state, its right.
class CliCapacities : public QObject
{
    Q_OBJECT
public:
    CliCapacities(const CliContext &context, QObject *parent = nullptr);
    void run(const QStringList &args); // args after "capacities"
    static QString usage();

private:
    CliContext m_ctx;
};

} // namespace td
