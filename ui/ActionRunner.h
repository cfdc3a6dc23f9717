#pragma once
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include "api/ApiError.h"

class QTreeView;
class QWidget;

namespace td {

class ConnectionTreeModel;
class RequestJob;

// Runs one management call and brings the tree back to the truth afterwards: on failure an ErrorDialog
// (one line + Details), on success a status message; either way the affected node reloads and, when
// given, the object with selectId is selected once it shows up (else the node itself).
class ActionRunner : public QObject
{
    Q_OBJECT
public:
    ActionRunner(QWidget *window, ConnectionTreeModel *model, QTreeView *tree);

    void run(RequestJob *job, const QString &failTitle, const QPersistentModelIndex &refreshAt,
             const QString &successMessage, bool selectCreated = false, const QString &selectId = {});
    void refreshAndSelect(const QPersistentModelIndex &node, const QString &selectId);
    // A refused action: a warning box (opened, not exec'd) with a clear message.
    void refuse(const QString &title, const QString &message);
    void showError(const QString &title, const ApiError &error);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void actionFinished(bool ok); // after the response (the reload may still run)

private:
    QPointer<QWidget> m_window;
    ConnectionTreeModel *m_model;
    QTreeView *m_tree;
};

} // namespace td
