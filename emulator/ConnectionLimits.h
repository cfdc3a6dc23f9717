#pragma once

namespace emu {

// What one client may hold of the emulator's connections. Owned by the HttpListener's ConnectionGuard;
// changed through EmulatorOptions, EmulatorServer::setConnectionLimits and --idle-timeout /
// --max-connections.
struct ConnectionLimits
{
    // A connection that has no complete request this long after it opened or after its last answer is
    // closed (an idle keep-alive connection, or headers sent too slowly). A request handed to the emulator
    // and not answered yet (a delayed answer) keeps its connection open. 0 = never.
    int idleTimeoutMs = 30000;
    // Connections open at once; one more is answered 503 and closed. 0 = no cap.
    int maxConnections = 256;
};

} // namespace emu
