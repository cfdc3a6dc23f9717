#pragma once
#include <QByteArray>

#include "app/api/ApiError.h"

namespace td {

// Kind::BadResponse when a 2xx body that should be JSON is not (HTML from a proxy, broken JSON);
// Kind::None otherwise (an empty body is fine).
ApiError checkSuccessBody(int status, const QByteArray &body, const QString &requestId, bool expectJson);

} // namespace td
