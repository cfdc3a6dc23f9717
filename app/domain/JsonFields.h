#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <variant>
#include <vector>

#include "app/domain/JsonReader.h"

namespace td {

// One field of a value type and its JSON key.
template<typename T> struct JsonField
{
    using Member = std::variant<QString T::*, bool T::*, int T::*, qint64 T::*, double T::*, QStringList T::*,
                                QDateTime T::*>;
    const char *key;
    Member member;
};

namespace jsonfield {
QJsonValue toValue(const QString &v);
QJsonValue toValue(bool v);
QJsonValue toValue(int v);
QJsonValue toValue(qint64 v);
QJsonValue toValue(double v);
QJsonValue toValue(const QStringList &v);
QJsonValue toValue(const QDateTime &v); // UTC, ISO 8601 with milliseconds; "" when invalid

// Own: JSON this program wrote (a value of another type reads as ""/false/0). Api: the service's
// answers, as JsonReader reads them (numbers as text, "true" strings as booleans; a list keeps its
// strings only).
enum class Mode { Own, Api };
void read(const QJsonValue &v, Mode mode, QString *out);
void read(const QJsonValue &v, Mode mode, bool *out);
void read(const QJsonValue &v, Mode mode, int *out);
void read(const QJsonValue &v, Mode mode, qint64 *out);
void read(const QJsonValue &v, Mode mode, double *out);
void read(const QJsonValue &v, Mode mode, QStringList *out);
void read(const QJsonValue &v, Mode mode, QDateTime *out);
} // namespace jsonfield

// A type's fields listed once; the one table serves both directions of its JSON:
//
//   const JsonFields<AssignTarget> kTargetFields{{"workspaceId", &AssignTarget::workspaceId},
//                                                {"adminVerified", &AssignTarget::adminVerified}};
//   QJsonObject AssignTarget::toJson() const { return kTargetFields.write(*this); }
//   AssignTarget AssignTarget::fromJson(const QJsonObject &o) { return kTargetFields.read(o); }
//
// read() is for JSON this program wrote, readApi() for the service's answers (see JsonReader.h).
// Fields that are not plain values (enums, nested objects) are written and read beside the table.
template<typename T> class JsonFields
{
public:
    JsonFields(std::initializer_list<JsonField<T>> fields) : m_fields(fields) {}

    QJsonObject write(const T &value, QJsonObject into = {}) const
    {
        for (const JsonField<T> &f : m_fields)
            std::visit([&](auto m) { into.insert(QLatin1String(f.key), jsonfield::toValue(value.*m)); },
                       f.member);
        return into;
    }

    void read(const QJsonObject &o, T *value) const { readWith(o, jsonfield::Mode::Own, value); }
    T read(const QJsonObject &o) const
    {
        T value{};
        readWith(o, jsonfield::Mode::Own, &value);
        return value;
    }

    void readApi(const QJsonObject &o, T *value) const { readWith(o, jsonfield::Mode::Api, value); }
    T readApi(const QJsonObject &o) const
    {
        T value{};
        readWith(o, jsonfield::Mode::Api, &value);
        return value;
    }

private:
    // Own JSON: the exact key. Api: JsonReader's case-insensitive lookup.
    void readWith(const QJsonObject &o, jsonfield::Mode mode, T *value) const
    {
        const JsonReader api(o);
        for (const JsonField<T> &f : m_fields) {
            const QLatin1String key(f.key);
            const QJsonValue v = mode == jsonfield::Mode::Api ? api.value(key) : o.value(key);
            std::visit([&](auto m) { jsonfield::read(v, mode, &(value->*m)); }, f.member);
        }
    }

    std::vector<JsonField<T>> m_fields;
};

// An enum's stable JSON/CSV names and, where people see them, its translated labels, listed once for
// both directions (mark the labels with QT_TRANSLATE_NOOP so that lupdate finds them):
//   const EnumKey<PlanAction> kActions[] = {{PlanAction::Move, "move", QT_TRANSLATE_NOOP("CapacityPlan",
//   "Move")},
//                                           ...};
//   enumKey(kActions, a); enumFromKey(kActions, text, PlanAction::Blocked); enumLabel(kActions, a,
//   "CapacityPlan");
template<typename E> struct EnumKey
{
    E value;
    const char *key;
    const char *label = nullptr; // untranslated; see enumLabel()
};

template<typename E, std::size_t N>
QString enumKey(const EnumKey<E> (&table)[N], E value, const char *fallback = "")
{
    for (const EnumKey<E> &k : table) {
        if (k.value == value)
            return QLatin1String(k.key);
    }
    return QLatin1String(fallback);
}

template<typename E, std::size_t N>
E enumFromKey(const EnumKey<E> (&table)[N], const QString &key, E fallback)
{
    for (const EnumKey<E> &k : table) {
        if (key == QLatin1String(k.key))
            return k.value;
    }
    return fallback;
}

// The translated label of value (context: the one its QT_TRANSLATE_NOOP names); "" without one.
template<typename E, std::size_t N>
QString enumLabel(const EnumKey<E> (&table)[N], E value, const char *context)
{
    for (const EnumKey<E> &k : table) {
        if (k.value == value && k.label)
            return QCoreApplication::translate(context, k.label);
    }
    return {};
}

} // namespace td
