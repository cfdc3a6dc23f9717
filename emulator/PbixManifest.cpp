#include "PbixManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace emu {

const char *const PbixManifest::EntryName = "TenantDesk/emulator-manifest.json";

namespace {
constexpr int kLocalHeaderSize = 30;
const QByteArray kLocalSignature("PK\x03\x04", 4);

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

// Finds the STORED manifest entry by scanning local file headers for its name. Returns false and
// sets *error when an entry of that name exists but cannot be used.
bool findManifest(const QByteArray &file, QByteArray *json, QString *error)
{
    const QByteArray name(PbixManifest::EntryName);
    for (qsizetype at = file.indexOf(kLocalSignature); at >= 0; at = file.indexOf(kLocalSignature, at + 4)) {
        if (at + kLocalHeaderSize > file.size())
            break;
        const quint16 method = u16(file, at + 8);
        const quint32 size = u32(file, at + 18);
        const quint16 nameLen = u16(file, at + 26);
        const quint16 extraLen = u16(file, at + 28);
        if (nameLen != name.size() || file.mid(at + kLocalHeaderSize, nameLen) != name)
            continue;
        if (method != 0) {
            *error = QStringLiteral("%1 must be stored uncompressed").arg(QLatin1String(name));
            return false;
        }
        const qsizetype dataAt = at + kLocalHeaderSize + nameLen + extraLen;
        if (dataAt + qsizetype(size) > file.size()) {
            *error = QStringLiteral("%1 is truncated").arg(QLatin1String(name));
            return false;
        }
        *json = file.mid(dataAt, size);
        return true;
    }
    return true; // no manifest: defaults
}

ModelDatasource datasourceFrom(const QJsonObject &o)
{
    ModelDatasource d;
    d.datasourceType = o.value(QLatin1String("datasourceType")).toString(QStringLiteral("Sql"));
    const QJsonObject details = o.value(QLatin1String("connectionDetails")).toObject();
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        d.connectionDetails.insert(it.key(), it.value().toString());
    return d;
}
} // namespace

PbixManifest PbixManifest::defaults()
{
    PbixManifest m;
    ModelDatasource d;
    d.connectionDetails.insert(QStringLiteral("server"), QStringLiteral("sql.contoso-isv.example"));
    d.connectionDetails.insert(QStringLiteral("database"), QStringLiteral("Sales"));
    m.datasources.append(d);
    return m;
}

bool PbixManifest::read(const QByteArray &file, PbixManifest *out, QString *error)
{
    if (!file.startsWith(kLocalSignature)) {
        *error = QStringLiteral("The file is not a valid Power BI file (not a ZIP package).");
        return false;
    }
    QByteArray json;
    if (!findManifest(file, &json, error))
        return false;
    if (json.isNull()) {
        *out = defaults();
        return true;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            QStringLiteral("%1 is not a JSON object: %2").arg(QLatin1String(EntryName), pe.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    PbixManifest m;
    m.fromManifest = true;
    for (const auto v : root.value(QLatin1String("parameters")).toArray()) {
        const QJsonObject o = v.toObject();
        ModelParameter p;
        p.name = o.value(QLatin1String("name")).toString();
        p.type = o.value(QLatin1String("type")).toString(QStringLiteral("Text"));
        p.isRequired = o.value(QLatin1String("isRequired")).toBool(true);
        p.currentValue = o.value(QLatin1String("currentValue")).toString();
        if (!p.name.isEmpty())
            m.parameters.append(p);
    }
    for (const auto v : root.value(QLatin1String("datasources")).toArray())
        m.datasources.append(datasourceFrom(v.toObject()));
    for (const auto v : root.value(QLatin1String("roles")).toArray())
        m.roles.append(v.toString());
    *out = m;
    return true;
}

} // namespace emu
