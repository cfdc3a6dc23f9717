#pragma once
#include <QCoreApplication>

#include "app/capacity/AssignCapacityJobType.h"
#include "app/jobs/JobTypes.h"

namespace td {

// Builds the job that moves workspaces of an "assign-capacity" job back to the capacity each was on
// before (its item's previousCapacityId; shared capacity = the empty GUID), as the same identity.
// The rollback is an "assign-capacity" job of its own (rollbackOf = the original job id).
class CapacityRollback
{
    Q_DECLARE_TR_FUNCTIONS(CapacityRollback)
public:
    enum class Scope {
        Failed, // items that failed (or were cancelled) - harmless when the workspace did not move
        Moved,  // items that completed
        All     // both
    };
    // Items of `items` in scope, as the rollback's items. Empty when nothing is in scope.
    static QVector<JobItemSpec> itemsFor(const QVector<JobItemInfo> &items, Scope scope);
    // The rollback job; *error (and an empty type) when the job is not an assign-capacity job or
    // nothing is in scope.
    static JobRequest request(const JobInfo &job, const QVector<JobItemInfo> &items, Scope scope,
                              QString *error = nullptr);
};

} // namespace td
