#pragma once
// Shared by the health check tests (core, cli, ui): the demo registry seeded from the emulator's state
// (what main.cpp does in --demo), and look-ups of the demo estate's seeded cases.
#include "DemoSeed.h"
#include "EmulatorServer.h"
#include "EmulatorState.h"
#include "app/health/HealthTypes.h"
#include "app/registry/CustomerRegistry.h"
#include "app/registry/DemoRegistrySeed.h"

namespace tdtest {

inline QString demoCustomer(int number) // 1-based: 1 -> "C0001 – Fabrikam"
{
    return QStringLiteral("C%1").arg(number, 4, 10, QLatin1Char('0')) + QStringLiteral(" \u2013 ") +
           emu::DemoSeed::customerNames().at(number - 1);
}
inline QString demoProfileId(int number)
{
    return emu::DemoSeed::id(QStringLiteral("profile:") + demoCustomer(number)).toLower();
}
inline QString demoWorkspaceId(int number)
{
    return emu::DemoSeed::id(QStringLiteral("workspace:") + demoCustomer(number)).toLower();
}
inline QString demoWorkspaceIdByName(const QString &name)
{
    return emu::DemoSeed::id(QStringLiteral("workspace:") + name).toLower();
}

inline int seedDemoRegistry(const emu::EmulatorServer &emulator, td::CustomerRegistry &registry,
                            const QString &connectionId)
{
    const emu::EmulatorState *state = emulator.state();
    QVector<td::DemoRegistryProfile> profiles;
    for (const emu::Profile *p : state->profilesOf(emulator.primaryServicePrincipal().clientId)) {
        td::DemoRegistryProfile d{p->id, p->displayName, {}};
        for (const emu::Workspace *w : state->workspacesOf(emu::principalKeyForProfile(p->id))) {
            const emu::Member *m = w->findMember(emu::principalKeyForProfile(p->id));
            if (m && (m->accessRight == QLatin1String("Admin") || w->name == p->displayName)) // its own
                d.workspaceIds.append(w->id);
        }
        profiles.append(d);
    }
    return td::DemoRegistrySeed::seedIfEmpty(registry, connectionId, profiles);
}

// The findings of rule that name an object with this id (any kind).
inline QVector<td::HealthFinding> findingsAbout(const QVector<td::HealthFinding> &findings,
                                                const QString &rule, const QString &objectId)
{
    QVector<td::HealthFinding> out;
    for (const td::HealthFinding &f : findings) {
        if (f.ruleId != rule)
            continue;
        for (const td::HealthObject &o : f.objects) {
            if (o.id.compare(objectId, Qt::CaseInsensitive) == 0) {
                out.append(f);
                break;
            }
        }
    }
    return out;
}

} // namespace tdtest
