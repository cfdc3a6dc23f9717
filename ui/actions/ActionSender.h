#pragma once
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include "app/api/ApiError.h"
#include "app/audit/AuditLog.h"

class QTreeView;
class QWidget;

namespace td {

class ConnectionTreeModel;
class ApiCall;
struct ApiResponse;

// Runs one management call and brings the tree back to the truth afterwards: on failure an ErrorDialog
// (one line + Details), on success a status message; either way the affected node reloads and, when
// given, the object with selectId is selected once it shows up (else the node itself).
// Every call that was sent is audited (when an AuditLog is set): one AuditEntry with the outcome, the
// one-line error and the RequestId. Refusals (nothing sent) are not audited. The inventory cache follows:
// a deleted workspace or profile leaves it at once; other changes are written back by the reload.
class ActionSender : public QObject
{
    Q_OBJECT
public:
    ActionSender(QWidget *window, ConnectionTreeModel *model, QTreeView *tree);

    // audit: action, targetKind, targetId (empty for a create: taken from the response), targetName and
    // identity; the rest is filled in when the response arrives.
    void run(ApiCall *job, const AuditEntry &audit, const QString &failTitle,
             const QPersistentModelIndex &refreshAt, const QString &successMessage,
             bool selectCreated = false, const QString &selectId = {});
    static AuditEntry entry(const QString &action, const QString &targetKind, const QString &targetId,
                            const QString &targetName, const QString &identity = {});
    void setAuditLog(AuditLog *log) { m_audit = log; } // not owned; may be null
    AuditLog *auditLog() const { return m_audit; }
    void refreshAndSelect(const QPersistentModelIndex &node, const QString &selectId);
    // A refused action: a warning box (opened, not exec'd) with a clear message.
    void refuse(const QString &title, const QString &message);
    void showError(const QString &title, const ApiError &error);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void actionFinished(bool ok);              // after the response (the reload may still run)
    void audited(const td::AuditEntry &entry); // after the entry was appended

private:
    void record(AuditEntry entry, const ApiResponse &response);
    void updateCache(const AuditEntry &entry);

    QPointer<QWidget> m_window;
    AuditLog *m_audit = nullptr;
    ConnectionTreeModel *m_model;
    QTreeView *m_tree;
};

} // namespace td
