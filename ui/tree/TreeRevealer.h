#pragma once
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include "app/inventory/InventoryTypes.h"
#include "ui/tree/TreeNode.h"

class QTreeView;

namespace td {

class ConnectionTreeModel;

// Opens the live tree along an object's path (connection -> "Service principal" or "Profiles" ->
// profile -> workspace -> item folder -> item), loading each level lazily, and selects the object.
// Polls the model (no nested event loop); finished(ok, message) once, then the revealer deletes itself.
class TreeRevealer : public QObject
{
    Q_OBJECT
public:
    TreeRevealer(ConnectionTreeModel *model, QTreeView *view, const FoundObject &target,
                 int timeoutMs = 30000);
    void start();

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    struct Step
    {
        TreeNode::Kind kind;
        QString id; // empty for folders
    };
    void step();
    void finish(bool ok, const QString &message);

    QPointer<ConnectionTreeModel> m_model;
    QPointer<QTreeView> m_view;
    FoundObject m_target;
    QVector<Step> m_steps;
    int m_next = 0;
    QPersistentModelIndex m_current;
    QTimer m_poll;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace td
