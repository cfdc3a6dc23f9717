#include "app/domain/JsonReader.h"

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
    const QJsonValue v = value(key);
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
    const QJsonValue v = value(key);
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

} // namespace td
