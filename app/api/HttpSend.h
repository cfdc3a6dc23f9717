#pragma once
#include <QString>
#include <QUrl>

#include "app/api/ApiRequest.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace td {

// Sends one attempt of a request: bearer token, the profile header exactly once (only when the request
// is made as a profile), JSON content type, transfer timeout, manual redirects. A non-idempotent body
// is one-shot, so Qt cannot silently re-send it after a dropped connection. A file upload is streamed
// from disk. Sends nothing and returns nullptr with a message for the user in *error when the URL breaks
// the ServiceUrl rule or the file to upload cannot be read.
QNetworkReply *sendHttp(QNetworkAccessManager *nam, const ApiRequest &request, const QUrl &url,
                        const QString &token, QString *error = nullptr);

} // namespace td
