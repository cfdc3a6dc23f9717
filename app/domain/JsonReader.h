#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace td {

// Case-insensitive, type-lenient access to a JSON object ("true"/"False" strings read as booleans).
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &o) : m_o(o) {}
    QJsonValue value(QLatin1String key) const;
    QString string(QLatin1String key) const;
    bool boolean(QLatin1String key, bool fallback = false) const;
    QJsonObject object(QLatin1String key) const;
    QJsonArray array(QLatin1String key) const;

private:
    QJsonObject m_o;
};

} // namespace td
