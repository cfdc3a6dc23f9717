#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

namespace td {

// Two ways to read a JSON object, one for each kind of JSON:
// - JsonReader: answers of the Power BI service. Case-insensitive keys, type-lenient values ("true" and
//   "False" strings read as booleans, numbers as text).
// - jsonString() and the other free functions: JSON this program wrote itself (journaled job
//   parameters and results, plans, reports). Exact keys; a value of another type reads as the fallback.
// A type that writes and reads its own JSON lists its fields once in a JsonFields table (JsonFields.h).
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &o) : m_o(o) {}
    QJsonValue value(QLatin1String key) const;
    QString string(QLatin1String key) const;
    bool boolean(QLatin1String key, bool fallback = false) const;
    QJsonObject object(QLatin1String key) const;
    QJsonArray array(QLatin1String key) const;

    // The same leniency for a value at hand.
    static QString text(const QJsonValue &v);                        // numbers and booleans as text
    static bool boolean(const QJsonValue &v, bool fallback = false); // "true", "False", 1, 0, ...

private:
    QJsonObject m_o;
};

// The items of a list response: "value" of the wrapper object (@odata.* ignored), or a bare array.
// ok is false when the body is neither.
QVector<QJsonObject> listItems(const QByteArray &body, bool *ok = nullptr);

QString jsonString(const QJsonObject &o, const char *key, const QString &fallback = {});
bool jsonBool(const QJsonObject &o, const char *key, bool fallback = false);
int jsonInt(const QJsonObject &o, const char *key, int fallback = 0);

} // namespace td
