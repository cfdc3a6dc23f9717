#pragma once
#include <QString>

#include "DemoSeed.h"

// Ids of the demo seed's customers (DemoSeed::seedCustomers): customer n (1-based) is "Cnnnn – Name".
namespace demoids {

inline QString display(int n)
{
    return QStringLiteral("C%1").arg(n, 4, 10, QLatin1Char('0')) + QStringLiteral(" \u2013 ") +
           emu::DemoSeed::customerNames().at(n - 1);
}
inline QString profileId(int n)
{
    return emu::DemoSeed::id(QStringLiteral("profile:") + display(n));
}
inline QString workspaceId(int n)
{
    return emu::DemoSeed::id(QStringLiteral("workspace:") + display(n));
}
inline QString reportId(int n, int r = 0)
{
    return emu::DemoSeed::id(workspaceId(n) + QStringLiteral(":report:%1").arg(r));
}
inline QString datasetId(int n, int d = 0)
{
    return emu::DemoSeed::id(workspaceId(n) + QStringLiteral(":dataset:%1").arg(d));
}

} // namespace demoids
