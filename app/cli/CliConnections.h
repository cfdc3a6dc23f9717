#pragma once
#include <QObject>
#include <QStringList>

#include "app/cli/CliContext.h"

namespace td {

class ConnectionSession;

// tenantdesk-cli connections add|list|remove|test
class CliConnections : public QObject
{
    Q_OBJECT
public:
    CliConnections(const CliContext &context, QObject *parent = nullptr);
    void run(const QStringList &args); // args after "connections"
    static QString usage();

private:
    void add(const QStringList &args);
    void list();
    void remove(const QString &nameOrId);
    void test(const QString &nameOrId);

    CliContext m_ctx;
    ConnectionSession *m_session = nullptr;
};

} // namespace td
