#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>

// A small Swagger 2.0 schema validator for contract tests: $ref, allOf, type, properties, required,
// items, enum, format uuid/date-time. Property names are matched case-insensitively because the
// swagger spells some properties in PascalCase while the wire uses camelCase (docs/powerbi-rest/API-NOTES.md
// §0); every such mismatch is listed in casingNotes().
class SwaggerValidator
{
public:
    bool load(const QString &path, QString *error);
    bool loadDocument(const QJsonObject &swagger);

    // responses.<status>.schema of the operation with this operationId (empty if none).
    QJsonObject responseSchema(const QString &operationId,
                               const QString &status = QStringLiteral("200")) const;
    bool hasOperation(const QString &operationId) const;

    // Returns the list of violations (empty = valid).
    QStringList validate(const QJsonValue &value, const QJsonObject &schema) const;
    QStringList casingNotes() const { return m_casingNotes; }

private:
    QJsonObject resolve(const QJsonObject &schema) const; // follows $ref
    QJsonObject flatten(const QJsonObject &schema) const; // merges allOf parts into one object schema
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &where,
               QStringList *errors) const;

    QJsonObject m_swagger;
    mutable QStringList m_casingNotes;
};
