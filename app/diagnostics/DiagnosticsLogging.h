#pragma once
#include <QLoggingCategory>

// Logging of the diagnostics (access check, embed token test). Never a token, secret or header.
Q_DECLARE_LOGGING_CATEGORY(lcDiagnostics)
