#pragma once
#include <QCoreApplication>

#include "app/migration/MigrationTypes.h"

namespace td {

// The mapping as a CSV the admin prepared: customerId,displayName,workspaceId (header required, any
// column order). Several rows with one customer id group those workspaces under that customer; a row
// with an empty customer id excludes its workspace; a workspace of the inventory that no row names is
// excluded ("not in the file"). Rows naming a workspace the inventory does not have, or an invalid
// customer id, are refused with "line N: why" and the others are used.
class MappingCsv
{
    Q_DECLARE_TR_FUNCTIONS(MappingCsv)
public:
    static QVector<MappingRow> import(const QByteArray &utf8, const MigrationInventory &inventory,
                                      QStringList *errors);
    static QByteArray toCsv(const QVector<MappingRow> &rows); // included rows and excluded ones (empty id)
};

} // namespace td
