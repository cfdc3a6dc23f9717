#include "app/util/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "td.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "td.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "td.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnections, "td.connections", QtInfoMsg)
