#pragma once

namespace emu {

class EmulatorState;

// The demo estate's broken cases for the health check that DemoSeed itself does not make (see
// emulator/README.md): a former master user left on a customer workspace after the migration (C0003),
// a workspace no profile administers ("Fabrikam – Archive", the app alone), one workspace shared by two
// customers' profiles (C0010's profile is Member of C0009's workspace), and with nearLimit (seed
// "demo-limit") a profile near the 1,000-workspace limit (C0044 with 900 extra empty workspaces). That one
// is not in the plain "demo" seed: a crawl lists 5 collections per workspace, so 900 more workspaces make
// every crawl of the demo estate about ten times longer (measured: 1 s -> 11 s per health check).
// Runs after the customers are seeded.
class DemoSeedCases
{
public:
    static constexpr int LimitWorkspaces = 900;
    static void apply(EmulatorState &state, bool nearLimit);

private:
    static void leftoverMasterUser(EmulatorState &state);
    static void profileNearLimit(EmulatorState &state);
    static void workspaceWithoutProfile(EmulatorState &state);
    static void sharedWorkspace(EmulatorState &state);
};

} // namespace emu
