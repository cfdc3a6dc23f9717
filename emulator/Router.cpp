#include "Router.h"

namespace emu {

void Router::add(const QString &method, const QString &pattern, Handler handler)
{
    m_routes.append({method,
                     QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("/?$"),
                                        QRegularExpression::CaseInsensitiveOption),
                     std::move(handler)});
}

Router::Result Router::dispatch(const HttpRequest &request, const Caller &caller, HttpResponse *out) const
{
    bool pathSeen = false;
    for (const Route &route : m_routes) {
        QRegularExpressionMatch m = route.regex.match(request.path);
        if (!m.hasMatch())
            continue;
        pathSeen = true;
        if (route.method != request.method)
            continue;
        *out = route.handler(RouteContext{request, caller, m});
        return Result::Handled;
    }
    return pathSeen ? Result::WrongMethod : Result::NoPath;
}

bool Router::matchesPath(const QString &path) const
{
    for (const Route &route : m_routes) {
        if (route.regex.match(path).hasMatch())
            return true;
    }
    return false;
}

} // namespace emu
