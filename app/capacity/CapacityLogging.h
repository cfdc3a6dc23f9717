#pragma once
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCapacity) // td.capacity: pre-flight and assignment jobs
