#pragma once
#include "EmulatorModel.h"

#include <QJsonObject>

namespace emu {

// JSON of the semantic model details (parameters, data sources, refresh history, roles) and of imports
// for the state file (see StateSerializer). Data sources keep only the credential type, never a secret.
// Keys are written only when non-empty, so the large seed's state file does not grow.
class ModelSerializer
{
public:
    static void writeDetails(const Dataset &d, QJsonObject *o);
    static void readDetails(const QJsonObject &o, Dataset *d);
    static QJsonObject importToJson(const ImportJob &job);
    static ImportJob importFromJson(const QJsonObject &o);
};

} // namespace emu
