#pragma once
#include "EmulatorModel.h"

#include <QByteArray>
#include <QString>

namespace emu {

// What the emulator reads out of an uploaded .pbix: a .pbix is a ZIP; the emulator does not inflate
// anything. If the ZIP has a STORED (uncompressed) entry `TenantDesk/emulator-manifest.json`, its JSON
// describes the semantic model (format in emulator/README.md):
//   {"parameters":[{"name","type","isRequired","currentValue"}],
//    "datasources":[{"datasourceType","connectionDetails":{"server","database",...}}],
//    "roles":["Customer", ...]}
// A ZIP without the manifest gets defaults (no parameters, one Sql data source); bytes that are not a
// ZIP (no local file header signature at offset 0) are rejected: the import ends Failed.
struct PbixManifest
{
    QVector<ModelParameter> parameters;
    QVector<ModelDatasource> datasources; // without ids (assigned on import)
    QStringList roles;
    bool fromManifest = false; // false = defaults (no manifest entry found)

    static const char *const EntryName; // "TenantDesk/emulator-manifest.json"

    // Returns false (with a reason) if the bytes are not a ZIP or the manifest is not valid JSON.
    static bool read(const QByteArray &file, PbixManifest *out, QString *error);
    static PbixManifest defaults();
};

} // namespace emu
