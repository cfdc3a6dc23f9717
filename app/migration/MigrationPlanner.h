#pragma once
#include <QCoreApplication>

#include "app/migration/MigrationTypes.h"

namespace td {

// The dry run: from the inventory and the mapping, per customer the profile to create (or the existing
// one of the same name to reuse), the workspaces it becomes Admin of, the models it takes over (those
// another identity owns; their credentials must then be set again) and the access the clean-up will
// remove later (the service principal's own and the named master user's). Nothing is sent.
class MigrationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlanner)
public:
    static QVector<PlanCustomer> plan(const MigrationInventory &inventory, const QVector<MappingRow> &mapping,
                                      const QString &spObjectId, const QString &masterUser);
};

} // namespace td
