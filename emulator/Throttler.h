#pragma once
#include <QHash>
#include <QString>

namespace emu {

// Per-identity request budget in fixed windows (docs/powerbi-rest/API-NOTES.md §14: 429 + Retry-After).
class Throttler
{
public:
    void setBudget(int requestsPerWindow, int windowSecs);
    int budget() const { return m_budget; }
    int windowSecs() const { return m_windowSecs; }

    // 0 if the request may proceed, otherwise the seconds until the identity's window resets.
    int check(const QString &identity);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    int m_budget = 0;
    int m_windowSecs = 60;
    QHash<QString, Window> m_windows;
};

} // namespace emu
