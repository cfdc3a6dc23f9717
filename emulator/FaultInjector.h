#pragma once
#include "EmulatorServer.h"

#include <QRandomGenerator>

namespace emu {

// Decides, per request, whether to inject a fault (drop / 500 / 429) with the configured shares.
// Uses its own seedable generator so tests are deterministic.
class FaultInjector
{
public:
    enum class Decision { None, Drop, ServerErrorJson, ServerErrorPlain, Throttle };

    void setSettings(const FaultSettings &settings) { m_settings = settings; }
    const FaultSettings &settings() const { return m_settings; }
    void setSeed(quint32 seed);

    Decision decide();

private:
    FaultSettings m_settings;
    QRandomGenerator m_rng{QRandomGenerator::securelySeeded()};
};

} // namespace emu
