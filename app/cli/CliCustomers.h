#pragma once
#include <QObject>
#include <QStringList>

#include "app/cli/CliContext.h"

namespace td {

class CustomerRegistry;

// tenantdesk-cli customers list|import|export
class CliCustomers : public QObject
{
    Q_OBJECT
public:
    CliCustomers(const CliContext &context, CustomerRegistry *registry, QObject *parent = nullptr);
    void run(const QStringList &args);
    static QString usage();

private:
    QString connectionIdFor(const QString &nameOrId) const; // "" = unknown (reported)
    CliContext m_ctx;
    CustomerRegistry *m_registry;
};

} // namespace td
