#pragma once

namespace emu {

// Timing and forced failures of the emulator's asynchronous operations (imports, refreshes, capacity
// assignments). Owned by EmulatorServer; changed through EmulatorOptions, the setters and PUT
// /_emulator/settings.
struct JobSettings
{
    int importDelayMs = 200;   // Publishing -> Succeeded/Failed after this delay
    int refreshDelayMs = 300;  // Unknown -> Completed/Failed after this delay
    int failNextImports = 0;   // the next N imports end Failed (control hook for client tests)
    int failNextRefreshes = 0; // the next N refreshes end Failed
    int assignmentPolls = 2;   // CapacityAssignmentStatus polls before the final status (Pending, InProgress)
    int failNextAssignments = 0; // the next N capacity assignments end AssignmentFailed
};

} // namespace emu
