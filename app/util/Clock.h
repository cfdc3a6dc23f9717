#pragma once
#include <QDateTime>

namespace td {

// Injected time source, so token expiry and back-off can be tested without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMsecsSinceEpoch() const { return QDateTime::currentMSecsSinceEpoch(); }
    static const Clock *system();
};

} // namespace td
