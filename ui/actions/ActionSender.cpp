#include "ui/actions/ActionSender.h"

#include <QJsonObject>
#include <QMessageBox>
#include <QTreeView>
#include <QUrl>
#include <memory>

#include "app/api/ApiCall.h"
#include "app/audit/RequestAudit.h"
#include "app/inventory/InventoryStore.h"
#include "ui/common/ErrorDialog.h"
#include "ui/common/UiLogging.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/tree/TreeQueries.h"

namespace td {

ActionSender::ActionSender(QWidget *window, ConnectionTreeModel *model, QTreeView *tree)
    : QObject(window), m_window(window), m_model(model), m_tree(tree)
{}

void ActionSender::run(ApiCall *job, const QString &failTitle, const QPersistentModelIndex &refreshAt,
                       const QString &successMessage, bool selectCreated, const QString &selectId)
{
    if (!job)
        return;
    const QString connectionId = m_model->connectionId(); // the one acted on, even if another opens meanwhile
    const QByteArray method = job->request().method;
    const QString path = job->request().path;
    QPointer<ActionSender> self(this);
    connect(job, &ApiCall::finished, this,
            [self, connectionId, method, path, failTitle, refreshAt, successMessage, selectCreated,
             selectId](const ApiResponse &r) {
                if (!self)
                    return;
                QString select = selectId;
                if (r.ok()) {
                    self->updateCache(connectionId, method, path);
                    if (selectCreated)
                        select = r.json().value(QStringLiteral("id")).toString();
                    Q_EMIT self->statusMessage(successMessage);
                } else {
                    qCInfo(lcUi) << "action failed:" << r.error.summary();
                    self->showError(failTitle, r.error);
                    select.clear();
                }
                // Either way, show what the service now holds (a failed call may still have happened).
                self->refreshAndSelect(refreshAt, select);
            });
}

void ActionSender::updateCache(const QString &connectionId, const QByteArray &method, const QString &path)
{
    InventoryStore *store = m_model->inventory();
    if (!store || !store->isOpen())
        return;
    // Deletes leave the cache at once (every identity's view of them); the reload that follows writes
    // creates, renames and access changes back (ConnectionTreeModel writes every live list through).
    const QString action = RequestAudit::actionName(method, path);
    const QString id = QUrl::fromPercentEncoding(path.section(QLatin1Char('/'), 1, 1).toUtf8());
    if (action == QLatin1String("deleteGroup"))
        store->removeWorkspace(id);
    else if (action == QLatin1String("deleteProfile"))
        store->removeProfile(connectionId, id);
}

void ActionSender::refreshAndSelect(const QPersistentModelIndex &node, const QString &selectId)
{
    if (!node.isValid())
        return;
    const QModelIndex target = node;
    if (!selectId.isEmpty()) {
        auto conn = std::make_shared<QMetaObject::Connection>();
        QPointer<ActionSender> self(this);
        *conn = connect(m_model, &ConnectionTreeModel::loadFinished, this,
                        [self, node, selectId, conn](const QModelIndex &parent, bool) {
                            if (!self || !node.isValid() || parent != QModelIndex(node))
                                return;
                            QObject::disconnect(*conn);
                            const QModelIndex c = TreeQueries::childById(self->m_model, parent, selectId);
                            if (c.isValid()) {
                                self->m_tree->setCurrentIndex(c);
                                self->m_tree->scrollTo(c);
                            }
                        });
    }
    m_tree->setCurrentIndex(target);
    m_model->refresh(target);
    m_tree->expand(target);
}

void ActionSender::refuse(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("refusalMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT statusMessage(message);
}

void ActionSender::showError(const QString &title, const ApiError &error)
{
    ErrorDialog::showError(m_window, title, error);
}

} // namespace td
