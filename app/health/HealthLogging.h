#pragma once
#include <QLoggingCategory>

// The estate health check (checks and fixes). No secret or token is ever logged.
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
