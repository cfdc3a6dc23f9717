#pragma once
#include <QLoggingCategory>

// The job engine and its journal. Never logs a secret, token or step output.
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
