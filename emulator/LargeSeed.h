#pragma once

namespace emu {

class EmulatorState;

// The "large" seed for benchmarks and scale tests (documented in emulator/README.md): on top of the
// primary demo app, 6 capacities in 3 regions, 5,000 customer profiles C00001..C05000, 10,000
// workspaces (1-3 per profile, the profile Admin, sometimes a user Viewer) and 200,000 items
// (reports, semantic models, dashboards, dataflows). Deterministic: a fixed-seed std::mt19937 (only raw
// draws, which the standard specifies) and UUIDv5 ids. Call after DemoSeed has seeded the primary app.
class LargeSeed
{
public:
    static constexpr int ProfileCount = 5000;
    static constexpr int WorkspaceCount = 10000;
    static constexpr int ItemCount = 200000;

    static void apply(EmulatorState &state);
};

} // namespace emu
