#include "Throttler.h"

#include <QDateTime>

namespace emu {

void Throttler::setBudget(int requestsPerWindow, int windowSecs)
{
    m_budget = qMax(0, requestsPerWindow);
    m_windowSecs = qMax(1, windowSecs);
    m_windows.clear();
}

int Throttler::check(const QString &identity)
{
    if (m_budget <= 0)
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 windowMs = qint64(m_windowSecs) * 1000;
    Window &w = m_windows[identity];
    if (now - w.startMs >= windowMs) {
        w.startMs = now;
        w.count = 0;
    }
    if (w.count < m_budget) {
        ++w.count;
        return 0;
    }
    const qint64 remainingMs = w.startMs + windowMs - now;
    return int(qMax<qint64>(1, (remainingMs + 999) / 1000));
}

} // namespace emu
