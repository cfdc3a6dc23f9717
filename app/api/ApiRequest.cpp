#include "app/api/ApiRequest.h"

#include <QJsonDocument>

namespace td {

ApiRequest ApiRequest::get(const QString &path, const QString &profileId)
{
    ApiRequest r;
    r.method = "GET";
    r.path = path;
    r.profileId = profileId;
    return r;
}

ApiRequest ApiRequest::json(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QString &profileId)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.profileId = profileId;
    return r;
}

QJsonObject ApiResponse::json() const
{
    if (body.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? doc.object() : QJsonObject();
}

} // namespace td
