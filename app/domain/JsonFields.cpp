#include "app/domain/JsonFields.h"

namespace td::jsonfield {

QJsonValue toValue(const QString &v)
{
    return v;
}

QJsonValue toValue(bool v)
{
    return v;
}

QJsonValue toValue(int v)
{
    return v;
}

QJsonValue toValue(qint64 v)
{
    return v;
}

QJsonValue toValue(double v)
{
    return v;
}

QJsonValue toValue(const QStringList &v)
{
    return QJsonArray::fromStringList(v);
}

QJsonValue toValue(const QDateTime &v)
{
    return v.isValid() ? v.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void read(const QJsonValue &v, Mode mode, QString *out)
{
    *out = mode == Mode::Api ? JsonReader::text(v) : v.toString();
}

void read(const QJsonValue &v, Mode mode, bool *out)
{
    *out = mode == Mode::Api ? JsonReader::boolean(v) : v.toBool();
}

void read(const QJsonValue &v, Mode, int *out)
{
    *out = v.toInt();
}

void read(const QJsonValue &v, Mode, qint64 *out)
{
    *out = v.toInteger();
}

void read(const QJsonValue &v, Mode, double *out)
{
    *out = v.toDouble();
}

void read(const QJsonValue &v, Mode mode, QStringList *out)
{
    out->clear();
    for (const QJsonValue &s : v.toArray()) {
        if (mode == Mode::Own || s.isString())
            out->append(s.toString());
    }
}

void read(const QJsonValue &v, Mode mode, QDateTime *out)
{
    QString text;
    read(v, mode, &text);
    *out = QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace td::jsonfield
