#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "td.api")
Q_LOGGING_CATEGORY(lcAuth, "td.auth")
Q_LOGGING_CATEGORY(lcKeychain, "td.keychain")
Q_LOGGING_CATEGORY(lcConnections, "td.connections")
