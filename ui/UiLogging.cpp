#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "td.ui")
Q_LOGGING_CATEGORY(lcTree, "td.ui.tree")
