#pragma once
#include <QObject>
#include <QPointer>
#include <QVector>

#include "app/diagnostics/EmbedTokenTest.h"
#include "app/registry/Customer.h"

namespace td {

class ConnectionSession;
class MainReportTokenOp;

// One customer's line in the batch.
struct EmbedBatchItem
{
    Customer customer;
    QString reportId, reportName;
    bool done = false;
    EmbedTokenOutcome outcome; // outcome.ok = the customer's main report can be embedded
    QString problem;           // why it could not be tested (no workspace, other connection), else empty
    bool failed() const { return done && !outcome.ok; }
};

// Batch embed token test: for every customer (of the registry) on this connection, GenerateToken V2 as its
// identity for its main report (MainReportTokenOp), one customer after another. Models that need an
// effective identity get username (default: the customer id) and roles. A long operation: progress(),
// cancel(), finished() once; then failures() lists the customers whose report cannot be embedded.
class EmbedTokenBatch : public QObject
{
    Q_OBJECT
public:
    EmbedTokenBatch(ConnectionSession *session, const QVector<Customer> &customers,
                    QObject *parent = nullptr);
    void setEffectiveIdentity(const QString &username, const QStringList &roles);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const QVector<EmbedBatchItem> &items() const { return m_items; }
    QVector<EmbedBatchItem> failures() const;
    QString failuresText() const; // one line per failure (customer, report, error, RequestId)

Q_SIGNALS:
    void progress(int done, int total);
    void itemFinished(int index);
    void finished();

private:
    void next();
    void complete(int index, const EmbedTokenOutcome &outcome, const QString &problem = {});

    QPointer<ConnectionSession> m_session;
    QVector<EmbedBatchItem> m_items;
    QString m_username;
    QStringList m_roles;
    QPointer<MainReportTokenOp> m_current;
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace td
