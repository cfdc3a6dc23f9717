#pragma once
#include <QObject>
#include <QStringList>

#include "app/cli/CliContext.h"

namespace td {

// tenantdesk-cli check-access --connection NAME [--profile ID] (--report ID | --dataset ID)
// [--workspace ID] [--username NAME --roles R1,R2] [--json]: runs the access check (AccessCheck) and prints
// each link (or the report as JSON). Exit 0 when every link passes, 1 when one fails or stays unknown. A
// token refused by Entra is link 1 failing (exit 1), not a connection error.
class CliCheckAccess : public QObject
{
    Q_OBJECT
public:
    CliCheckAccess(const CliContext &context, QObject *parent = nullptr);
    void run(const QStringList &args);
    static QString usage();

private:
    CliContext m_ctx;
};

} // namespace td
