#include "app/domain/JsonReader.h"

#include <QJsonDocument>

namespace td {

QJsonValue JsonReader::value(QLatin1String key) const
{
    const auto exact = m_o.constFind(key);
    if (exact != m_o.constEnd())
        return exact.value();
    for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString JsonReader::string(QLatin1String key) const
{
    return text(value(key));
}

QString JsonReader::text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

bool JsonReader::boolean(QLatin1String key, bool fallback) const
{
    return boolean(value(key), fallback);
}

bool JsonReader::boolean(const QJsonValue &v, bool fallback)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || s == QLatin1String("1"))
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || s == QLatin1String("0"))
            return false;
        return fallback;
    }
    if (v.isDouble())
        return v.toDouble() != 0.0;
    return fallback;
}

QJsonObject JsonReader::object(QLatin1String key) const
{
    return value(key).toObject();
}

QJsonArray JsonReader::array(QLatin1String key) const
{
    return value(key).toArray();
}

QString jsonString(const QJsonObject &o, const char *key, const QString &fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : fallback;
}

bool jsonBool(const QJsonObject &o, const char *key, bool fallback)
{
    return o.value(QLatin1String(key)).toBool(fallback);
}

int jsonInt(const QJsonObject &o, const char *key, int fallback)
{
    return o.value(QLatin1String(key)).toInt(fallback);
}

QVector<QJsonObject> listItems(const QByteArray &body, bool *ok)
{
    QVector<QJsonObject> items;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray array;
    bool good = true;
    if (doc.isArray()) {
        array = doc.array();
    } else if (doc.isObject()) {
        const QJsonValue value = JsonReader(doc.object()).value(QLatin1String("value"));
        if (value.isArray())
            array = value.toArray();
        else
            good = value.isUndefined() && doc.object().isEmpty();
    } else {
        good = body.trimmed().isEmpty();
    }
    items.reserve(array.size());
    for (const QJsonValue &v : qAsConst(array)) {
        if (v.isObject())
            items.push_back(v.toObject());
    }
    if (ok)
        *ok = good;
    return items;
}

} // namespace td
