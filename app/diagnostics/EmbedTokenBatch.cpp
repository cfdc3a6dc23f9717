#include "app/diagnostics/EmbedTokenBatch.h"

#include "app/diagnostics/DiagnosticsLogging.h"
#include "app/diagnostics/MainReportTokenOp.h"
#include "app/domain/JsonReader.h"
#include "app/session/ConnectionSession.h"

namespace td {

EmbedTokenBatch::EmbedTokenBatch(ConnectionSession *session, const QVector<Customer> &customers,
                                 QObject *parent)
    : QObject(parent), m_session(session)
{
    for (const Customer &c : customers)
        m_items.append(EmbedBatchItem{c, {}, {}, false, {}, {}});
}

void EmbedTokenBatch::setEffectiveIdentity(const QString &username, const QStringList &roles)
{
    m_username = username;
    m_roles = roles;
}

void EmbedTokenBatch::start()
{
    if (m_running)
        return;
    m_running = true;
    qCInfo(lcDiagnostics) << "embed token batch over" << m_items.size() << "customers";
    QMetaObject::invokeMethod(this, &EmbedTokenBatch::next, Qt::QueuedConnection);
}

void EmbedTokenBatch::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_current)
        m_current->cancel(); // its finished() ends the run
    else
        QMetaObject::invokeMethod(this, &EmbedTokenBatch::next, Qt::QueuedConnection);
}

QVector<EmbedBatchItem> EmbedTokenBatch::failures() const
{
    QVector<EmbedBatchItem> out;
    for (const EmbedBatchItem &i : m_items) {
        if (i.failed())
            out.append(i);
    }
    return out;
}

QString EmbedTokenBatch::failuresText() const
{
    QStringList lines;
    for (const EmbedBatchItem &i : failures()) {
        lines << tr("%1 %2 — %3: %4")
                     .arg(i.customer.customerId, i.customer.displayName,
                          i.reportName.isEmpty() ? tr("(no report)") : i.reportName,
                          i.problem.isEmpty() ? i.outcome.toText() : i.problem);
    }
    return lines.join(QLatin1Char('\n'));
}

void EmbedTokenBatch::complete(int index, const EmbedTokenOutcome &outcome, const QString &problem)
{
    EmbedBatchItem &item = m_items[index];
    item.done = true;
    item.outcome = outcome;
    item.problem = problem;
    ++m_done;
    Q_EMIT itemFinished(index);
    Q_EMIT progress(m_done, m_items.size());
}

void EmbedTokenBatch::next()
{
    if (!m_running)
        return;
    if (m_cancelled || m_next >= m_items.size() || !m_session) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const int index = m_next++;
    const Customer &c = m_items.at(index).customer;
    QString profileId = c.profileId;
    if (c.identity == Customer::Identity::ServicePrincipal) {
        if (c.identityConnectionId.compare(m_session->connection().id, Qt::CaseInsensitive) != 0) {
            complete(index, {}, tr("Its dedicated service principal is another connection; test it there."));
            QMetaObject::invokeMethod(this, &EmbedTokenBatch::next, Qt::QueuedConnection);
            return;
        }
        profileId.clear();
    }
    if (c.workspaceIds.isEmpty()) {
        complete(index, {}, tr("The registry names no workspace for this customer."));
        QMetaObject::invokeMethod(this, &EmbedTokenBatch::next, Qt::QueuedConnection);
        return;
    }
    const QString username = m_username.isEmpty() ? c.customerId : m_username;
    auto *op = new MainReportTokenOp(m_session, profileId, c.workspaceIds.first(), username, m_roles, this);
    m_current = op;
    connect(op, &MainReportTokenOp::reportFound, this, [this, index](const QString &id, const QString &name) {
        m_items[index].reportId = id;
        m_items[index].reportName = name;
    });
    connect(op, &AsyncOp::finished, this, [this, index](const OpResult &r) {
        m_current = nullptr;
        if (r.cancelled()) {
            m_running = false;
            Q_EMIT finished();
            return;
        }
        EmbedTokenOutcome o = EmbedTokenOutcome::fromResult(r);
        if (r.ok) {
            m_items[index].reportId = jsonString(r.output, "reportId");
            m_items[index].reportName = jsonString(r.output, "reportName");
        }
        complete(index, o);
        next();
    });
    op->start();
}

} // namespace td
