#pragma once
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace td {

// The one rule for where a secret or a token may be sent: https anywhere, plain http only to this
// computer (localhost, 127.0.0.0/8, ::1), never a URL with user info. Checked when a connection is
// edited and again, whatever opened the session, before every token request and every REST request.
struct ServiceUrl
{
    Q_DECLARE_TR_FUNCTIONS(ServiceUrl)
public:
    static bool isAllowed(const QUrl &url);
    // Empty when allowed; else a message for the user (the host is named, never the query).
    static QString problem(const QUrl &url);
};

} // namespace td
