#include "app/cli/CliSessionOpener.h"

#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "app/session/ConnectionSession.h"

namespace td {

CliSessionOpener::CliSessionOpener(const CliContext &context, QObject *parent)
    : QObject(parent), m_ctx(context)
{}

void CliSessionOpener::open(const QString &nameOrId, const Opened &opened)
{
    const Connection c = m_ctx.connections->find(nameOrId);
    if (c.id.isEmpty()) {
        m_ctx.fail(ExitConnection, tr("No connection named %1.").arg(nameOrId));
        return;
    }
    const CliContext ctx = m_ctx;
    QPointer<QObject> owner(parent());
    m_ctx.secrets->read(c.id, this,
                        [this, ctx, c, owner, opened](const QString &secret, const ApiError &error) {
                            if (error.isError()) {
                                ctx.fail(ExitKeychain, error.summary());
                                return;
                            }
                            if (!owner)
                                return;
                            auto *session = new ConnectionSession(c, secret, ctx.nam, nullptr, owner);
                            session->setAuditLog(ctx.audit);
                            connect(session, &ConnectionSession::tested, this,
                                    [ctx, c, session, opened](const ApiError &e, int) {
                                        if (e.isError()) {
                                            ctx.fail(ExitConnection, tr("%1: %2").arg(c.name, e.summary()));
                                            return;
                                        }
                                        opened(session);
                                    });
                            session->test();
                        });
}

} // namespace td
