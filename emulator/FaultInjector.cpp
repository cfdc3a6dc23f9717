#include "FaultInjector.h"

namespace emu {

void FaultInjector::setSeed(quint32 seed)
{
    m_rng.seed(seed);
}

FaultInjector::Decision FaultInjector::decide()
{
    const double drop = qBound(0.0, m_settings.dropShare, 1.0);
    const double error = qBound(0.0, m_settings.serverErrorShare, 1.0);
    const double throttle = qBound(0.0, m_settings.throttleShare, 1.0);
    if (drop + error + throttle <= 0.0)
        return Decision::None;
    const double r = m_rng.generateDouble();
    if (r < drop)
        return Decision::Drop;
    if (r < drop + error)
        // docs/powerbi-rest/API-NOTES.md §14: 500s come both as the standard JSON body and as plain text.
        return m_rng.bounded(2) == 0 ? Decision::ServerErrorJson : Decision::ServerErrorPlain;
    if (r < drop + error + throttle)
        return Decision::Throttle;
    return Decision::None;
}

} // namespace emu
