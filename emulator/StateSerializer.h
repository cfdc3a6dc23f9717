#pragma once
#include <QJsonObject>
#include <QString>

namespace emu {

class EmulatorState;

// Converts the emulator state to and from its JSON file format (version 1). Tokens are never stored.
class StateSerializer
{
public:
    static QJsonObject toJson(const EmulatorState &state);
    static bool fromJson(const QJsonObject &json, EmulatorState &state, QString *error);
};

} // namespace emu
