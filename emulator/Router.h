#pragma once
#include "Caller.h"
#include "HttpTypes.h"

#include <QRegularExpression>
#include <QVector>
#include <functional>

namespace emu {

struct RouteContext
{
    const HttpRequest &request;
    const Caller &caller;
    QRegularExpressionMatch match;

    QString arg(int n) const { return match.captured(n); }
};

// Method + path-regex routing. Patterns are anchored and matched case-insensitively
// (docs/powerbi-rest/API-NOTES.md §0: the emulator may accept action segments such as AssignToCapacity in any
// case).
class Router
{
public:
    using Handler = std::function<HttpResponse(const RouteContext &)>;

    void add(const QString &method, const QString &pattern, Handler handler);

    enum class Result { Handled, NoPath, WrongMethod };
    Result dispatch(const HttpRequest &request, const Caller &caller, HttpResponse *out) const;
    bool matchesPath(const QString &path) const;

private:
    struct Route
    {
        QString method;
        QRegularExpression regex;
        Handler handler;
    };
    QVector<Route> m_routes;
};

} // namespace emu
