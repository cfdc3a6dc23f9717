#pragma once
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

#include "api/ApiError.h"

class QNetworkAccessManager;

namespace td {

class Clock;

struct ClientCredentials
{
    QUrl loginUrl; // authority root; token URL = {loginUrl}/{tenantId}/oauth2/v2.0/token
    QString tenantId;
    QString clientId;
    QString clientSecret; // held in memory only while the session lives; never logged
    QString scope = QStringLiteral("https://analysis.windows.net/powerbi/api/.default");
};

// Client-credentials token for one connection. The token lives in memory only. It is refreshed ahead
// of expiry (5 minutes before, i.e. at 55 of 60 minutes); concurrent requests share one fetch.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &accessToken, const td::ApiError &error)>;

    TokenProvider(QNetworkAccessManager *nam, const Clock *clock, QObject *parent = nullptr);
    void setCredentials(const ClientCredentials &credentials);
    void setRefreshMarginSecs(int secs); // default 300

    // Calls back (asynchronously, through the event loop) with a valid token, or with an error.
    // The callback is dropped when context is destroyed first.
    void requestToken(QObject *context, Callback callback);
    void invalidate(); // after a 401: the next requestToken() fetches a new token

    bool hasValidToken() const;
    qint64 expiresAtMsecs() const; // 0 if none
    ApiError lastError() const;

Q_SIGNALS:
    void stateChanged(); // token obtained, refreshed, invalidated or failed

private:
    // (members are the implementation's choice)
};

} // namespace td
