#include "SwaggerValidator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

bool SwaggerValidator::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object").arg(path);
        return false;
    }
    return loadDocument(doc.object());
}

bool SwaggerValidator::loadDocument(const QJsonObject &swagger)
{
    m_swagger = swagger;
    return m_swagger.contains(QLatin1String("definitions"));
}

bool SwaggerValidator::hasOperation(const QString &operationId) const
{
    const QJsonObject paths = m_swagger.value(QLatin1String("paths")).toObject();
    for (auto p = paths.constBegin(); p != paths.constEnd(); ++p) {
        const QJsonObject ops = p.value().toObject();
        for (auto o = ops.constBegin(); o != ops.constEnd(); ++o) {
            if (o.value().toObject().value(QLatin1String("operationId")).toString() == operationId)
                return true;
        }
    }
    return false;
}

QJsonObject SwaggerValidator::responseSchema(const QString &operationId, const QString &status) const
{
    const QJsonObject paths = m_swagger.value(QLatin1String("paths")).toObject();
    for (auto p = paths.constBegin(); p != paths.constEnd(); ++p) {
        const QJsonObject ops = p.value().toObject();
        for (auto o = ops.constBegin(); o != ops.constEnd(); ++o) {
            const QJsonObject op = o.value().toObject();
            if (op.value(QLatin1String("operationId")).toString() == operationId)
                return op.value(QLatin1String("responses"))
                    .toObject()
                    .value(status)
                    .toObject()
                    .value(QLatin1String("schema"))
                    .toObject();
        }
    }
    return {};
}

QJsonObject SwaggerValidator::resolve(const QJsonObject &schema) const
{
    QJsonObject s = schema;
    for (int depth = 0; depth < 32 && s.contains(QLatin1String("$ref")); ++depth) {
        const QString ref = s.value(QLatin1String("$ref")).toString();
        const QString name = ref.section(QLatin1Char('/'), -1);
        QJsonObject target = m_swagger.value(QLatin1String("definitions")).toObject().value(name).toObject();
        // Sibling keys next to $ref (e.g. "type":"object") are kept unless the target defines them.
        for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
            if (it.key() != QLatin1String("$ref") && !target.contains(it.key()))
                target.insert(it.key(), it.value());
        }
        s = target;
    }
    return s;
}

QJsonObject SwaggerValidator::flatten(const QJsonObject &schema) const
{
    QJsonObject s = resolve(schema);
    if (!s.contains(QLatin1String("allOf")))
        return s;
    QJsonObject props = s.value(QLatin1String("properties")).toObject();
    QJsonArray required = s.value(QLatin1String("required")).toArray();
    for (const auto part : s.value(QLatin1String("allOf")).toArray()) {
        const QJsonObject flat = flatten(part.toObject());
        const QJsonObject partProps = flat.value(QLatin1String("properties")).toObject();
        for (auto it = partProps.constBegin(); it != partProps.constEnd(); ++it)
            props.insert(it.key(), it.value());
        for (const auto r : flat.value(QLatin1String("required")).toArray())
            required.append(r);
    }
    s.remove(QLatin1String("allOf"));
    s.insert(QLatin1String("type"), QStringLiteral("object"));
    s.insert(QLatin1String("properties"), props);
    s.insert(QLatin1String("required"), required);
    return s;
}

QStringList SwaggerValidator::validate(const QJsonValue &value, const QJsonObject &schema) const
{
    m_casingNotes.clear();
    QStringList errors;
    check(value, schema, QStringLiteral("$"), &errors);
    return errors;
}

void SwaggerValidator::check(const QJsonValue &value, const QJsonObject &rawSchema, const QString &where,
                             QStringList *errors) const
{
    const QJsonObject schema = flatten(rawSchema);
    QString type = schema.value(QLatin1String("type")).toString();
    if (type.isEmpty() && schema.contains(QLatin1String("properties")))
        type = QStringLiteral("object");
    auto fail = [&](const QString &msg) { errors->append(where + QStringLiteral(": ") + msg); };

    if (type == QLatin1String("object")) {
        if (!value.isObject())
            return fail(QStringLiteral("expected object"));
        const QJsonObject obj = value.toObject();
        const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
        auto findKey = [](const QJsonObject &o, const QString &name) -> QString {
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                    return it.key();
            }
            return {};
        };
        for (const auto r : schema.value(QLatin1String("required")).toArray()) {
            if (findKey(obj, r.toString()).isEmpty())
                fail(QStringLiteral("required property '%1' missing").arg(r.toString()));
        }
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
            const QString schemaKey = findKey(props, it.key());
            if (schemaKey.isEmpty())
                continue; // unknown properties (e.g. @odata.count) are allowed
            if (schemaKey != it.key())
                m_casingNotes.append(
                    QStringLiteral("%1.%2: wire '%2', swagger '%3'").arg(where, it.key(), schemaKey));
            check(it.value(), props.value(schemaKey).toObject(), where + QLatin1Char('.') + it.key(), errors);
        }
        return;
    }
    if (type == QLatin1String("array")) {
        if (!value.isArray())
            return fail(QStringLiteral("expected array"));
        const QJsonArray arr = value.toArray();
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        for (int i = 0; i < arr.size(); ++i)
            check(arr.at(i), items, QStringLiteral("%1[%2]").arg(where).arg(i), errors);
        return;
    }
    if (type == QLatin1String("string")) {
        if (!value.isString())
            return fail(QStringLiteral("expected string"));
        const QString s = value.toString();
        const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(QJsonValue(s)))
            fail(QStringLiteral("'%1' is not one of the enum values").arg(s));
        const QString format = schema.value(QLatin1String("format")).toString();
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        if (format == QLatin1String("uuid") && !uuid.match(s).hasMatch())
            fail(QStringLiteral("'%1' is not a uuid").arg(s));
        if (format == QLatin1String("date-time") && !QDateTime::fromString(s, Qt::ISODateWithMs).isValid())
            fail(QStringLiteral("'%1' is not a date-time").arg(s));
        return;
    }
    if (type == QLatin1String("integer")) {
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            fail(QStringLiteral("expected integer"));
        return;
    }
    if (type == QLatin1String("number")) {
        if (!value.isDouble())
            fail(QStringLiteral("expected number"));
        return;
    }
    if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            fail(QStringLiteral("expected boolean"));
        return;
    }
}
