#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include "app/api/ApiError.h"

namespace td {

// One REST call, relative to the connection's REST root (".../v1.0/myorg").
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;    // e.g. "groups", "groups/<id>/users" (no leading slash)
    QUrlQuery query; // $top, $skip, $filter, ...
    QByteArray body; // request body; empty = none
    QByteArray contentType = "application/json";
    QString profileId; // empty = as the service principal; else X-PowerBI-Profile-Id exactly once
    // A request that creates something may be repeated only when the caller has checked it did not
    // happen; the scheduler never retries a non-idempotent request after the server may have seen it.
    bool idempotent = true;
    int timeoutMs = 30000;  // transfer timeout (no bytes moved for this long => Timeout)
    bool expectJson = true; // a non-empty 2xx body that is not JSON => Kind::BadResponse
    // A file upload: the body is multipart/form-data with this file as its one part, streamed from
    // disk (body and contentType are ignored). Such a request is never idempotent.
    QString uploadFilePath;
    QString uploadFileName; // the part's filename; empty = the file's own name

    static ApiRequest get(const QString &path, const QString &profileId = {});
    static ApiRequest json(const QByteArray &method, const QString &path, const QJsonObject &body,
                           const QString &profileId = {});
};

// Value-type result of one request: data or error, never both.
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QString requestId;
    int attempts = 0;     // how many times it was sent
    qint64 elapsedMs = 0; // from submit to completion, including waits
    ApiError error;       // kind None on success (2xx)

    bool ok() const { return !error.isError(); }
    QJsonObject json() const; // the body as an object ({} if empty or not an object)
};

} // namespace td
