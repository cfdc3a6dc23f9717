#pragma once
#include <QLoggingCategory>

// Logging categories of the core. No secret, token or Authorization header is ever logged.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcConnections)
