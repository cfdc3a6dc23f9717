#pragma once
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcInventory)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
