#include "DemoSeedCases.h"

#include "DemoSeed.h"
#include "EmulatorState.h"

namespace emu {

namespace {
const QString kDash = QStringLiteral(" \u2013 "); // " – "

QString customerName(int index) // 0-based, "C0001 – Fabrikam"
{
    return QStringLiteral("C%1").arg(index + 1, 4, 10, QLatin1Char('0')) + kDash +
           DemoSeed::customerNames().at(index);
}

Workspace *customerWorkspace(EmulatorState &state, int index)
{
    return state.findWorkspace(DemoSeed::id(QStringLiteral("workspace:") + customerName(index)));
}

const Profile *customerProfile(EmulatorState &state, int index)
{
    return state.findProfile(DemoSeed::id(QStringLiteral("profile:") + customerName(index)));
}
} // namespace

void DemoSeedCases::apply(EmulatorState &state, bool nearLimit)
{
    leftoverMasterUser(state);
    if (nearLimit)
        profileNearLimit(state);
    workspaceWithoutProfile(state);
    sharedWorkspace(state);
}

void DemoSeedCases::leftoverMasterUser(EmulatorState &state)
{
    // C0003 was migrated to its profile (Admin), but the old master user kept its Admin right.
    if (Workspace *w = customerWorkspace(state, 2))
        state.addMember(*w, {QStringLiteral("User"), DemoSeed::MasterUser, QString(), QStringLiteral("Admin"),
                             DemoSeed::MasterUser.section(QLatin1Char('@'), 0, 0), DemoSeed::MasterUser});
}

void DemoSeedCases::profileNearLimit(EmulatorState &state)
{
    // C0044 has one workspace per store: empty, on its capacity, the profile its only member.
    const Profile *p = customerProfile(state, 43);
    if (!p)
        return;
    const Member admin{QStringLiteral("App"),   DemoSeed::ObjectId, p->id,
                       QStringLiteral("Admin"), p->displayName,     QString()};
    const QString capacityId = DemoSeed::id(QStringLiteral("capacity:EMB-EUS-1"));
    for (int i = 1; i <= LimitWorkspaces; ++i) {
        Workspace w;
        w.name = p->displayName + kDash + QStringLiteral("Store %1").arg(i, 3, 10, QLatin1Char('0'));
        w.id = DemoSeed::id(QStringLiteral("workspace:") + w.name);
        w.capacityId = capacityId;
        w.assignmentStatus = QStringLiteral("CompletedSuccessfully");
        w.members.append(admin);
        state.insertWorkspace(w);
    }
}

void DemoSeedCases::workspaceWithoutProfile(EmulatorState &state)
{
    // Left over from Fabrikam's pilot: the app is its only member, no profile owns it.
    Workspace w;
    w.name = QStringLiteral("Fabrikam") + kDash + QStringLiteral("Archive");
    w.id = DemoSeed::id(QStringLiteral("workspace:") + w.name);
    w.capacityId = DemoSeed::id(QStringLiteral("capacity:EMB-WEU-1"));
    w.assignmentStatus = QStringLiteral("CompletedSuccessfully");
    w.members.append({QStringLiteral("App"), DemoSeed::ObjectId, QString(), QStringLiteral("Admin"),
                      QStringLiteral("TenantDesk Demo App"), QString()});
    state.insertWorkspace(w);
}

void DemoSeedCases::sharedWorkspace(EmulatorState &state)
{
    // C0010's profile was given Member on C0009's workspace: one customer can see another's data.
    Workspace *w = customerWorkspace(state, 8);
    const Profile *other = customerProfile(state, 9);
    if (w && other)
        state.addMember(*w, {QStringLiteral("App"), DemoSeed::ObjectId, other->id, QStringLiteral("Member"),
                             other->displayName, QString()});
}

} // namespace emu
