#pragma once
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include "app/api/ApiError.h"

class QTreeView;
class QWidget;

namespace td {

class ConnectionTreeModel;
class ApiCall;

// Runs one management call and brings the tree back to the truth afterwards: on failure an ErrorDialog
// (one line + Details), on success a status message; either way the affected node reloads and, when
// given, the object with selectId is selected once it shows up (else the node itself).
// (The session's request layer audits every call sent; refusals send nothing.) The inventory cache follows:
// a deleted workspace or profile leaves it at once; other changes are written back by the reload.
class ActionSender : public QObject
{
    Q_OBJECT
public:
    ActionSender(QWidget *window, ConnectionTreeModel *model, QTreeView *tree);

    // selectCreated: select the object the response names (a create).
    void run(ApiCall *job, const QString &failTitle, const QPersistentModelIndex &refreshAt,
             const QString &successMessage, bool selectCreated = false, const QString &selectId = {});
    void refreshAndSelect(const QPersistentModelIndex &node, const QString &selectId);
    // A refused action: a warning box (opened, not exec'd) with a clear message.
    void refuse(const QString &title, const QString &message);
    void showError(const QString &title, const ApiError &error);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateCache(const QString &connectionId, const QByteArray &method, const QString &path);

    QPointer<QWidget> m_window;
    ConnectionTreeModel *m_model;
    QTreeView *m_tree;
};

} // namespace td
