#pragma once
#include <QObject>
#include <QPointer>
#include <functional>

#include "app/cli/CliContext.h"

namespace td {

class ConnectionSession;

// Opens a saved connection for a CLI command the way `connections test` does: the secret from the
// keychain (never from the command line), a session, a token and one API call. On success the callback
// gets the tested session (child of the opener's parent); on failure the context ends the run with
// ExitConnection (unknown connection, token or call refused) or ExitKeychain.
class CliSessionOpener : public QObject
{
    Q_OBJECT
public:
    using Opened = std::function<void(ConnectionSession *session)>;
    CliSessionOpener(const CliContext &context, QObject *parent);
    void open(const QString &nameOrId, const Opened &opened);

private:
    CliContext m_ctx;
};

} // namespace td
