#include "ui/common/UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "td.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTree, "td.ui.tree", QtInfoMsg)
