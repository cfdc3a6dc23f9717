#include "ui/actions/ActionSender.h"

#include <QJsonObject>
#include <QMessageBox>
#include <QTreeView>
#include <memory>

#include "ui/tree/ConnectionTreeModel.h"
#include "ui/common/ErrorDialog.h"
#include "ui/common/UiLogging.h"
#include "app/api/ApiCall.h"
#include "app/inventory/InventoryStore.h"

namespace td {

ActionSender::ActionSender(QWidget *window, ConnectionTreeModel *model, QTreeView *tree)
    : QObject(window), m_window(window), m_model(model), m_tree(tree)
{}

void ActionSender::run(ApiCall *job, const AuditEntry &audit, const QString &failTitle,
                       const QPersistentModelIndex &refreshAt, const QString &successMessage,
                       bool selectCreated, const QString &selectId)
{
    if (!job)
        return;
    AuditEntry entry = audit;
    if (entry.connectionId.isEmpty())
        entry.connectionId =
            m_model->connectionId(); // the connection acted on, even if another opens meanwhile
    QPointer<ActionSender> self(this);
    connect(job, &ApiCall::finished, this,
            [self, audit = entry, failTitle, refreshAt, successMessage, selectCreated,
             selectId](const ApiResponse &r) {
                if (!self)
                    return;
                self->record(audit, r);
                QString select = selectId;
                if (r.ok()) {
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
                Q_EMIT self->actionFinished(r.ok());
            });
}

AuditEntry ActionSender::entry(const QString &action, const QString &targetKind, const QString &targetId,
                               const QString &targetName, const QString &identity)
{
    AuditEntry e;
    e.action = action;
    e.targetKind = targetKind;
    e.targetId = targetId;
    e.targetName = targetName;
    e.identity = identity;
    return e;
}

void ActionSender::record(AuditEntry entry, const ApiResponse &r)
{
    entry.when = QDateTime::currentDateTimeUtc();
    entry.ok = r.ok();
    if (entry.ok && entry.targetId.isEmpty())
        entry.targetId = r.json().value(QStringLiteral("id")).toString(); // a created object
    if (!entry.ok)
        entry.error = r.error.summary().simplified(); // one line
    entry.requestId = r.requestId.isEmpty() ? r.error.requestId : r.requestId;
    if (r.httpStatus > 0)
        entry.details = (entry.details + QStringLiteral(" HTTP %1").arg(r.httpStatus)).trimmed();
    if (entry.ok)
        updateCache(entry);
    if (!m_audit)
        return;
    if (!m_audit->append(entry))
        qCWarning(lcUi) << "could not append to the audit log:" << entry.action;
    Q_EMIT audited(entry);
}

void ActionSender::updateCache(const AuditEntry &entry)
{
    InventoryStore *store = m_model->inventory();
    if (!store || !store->isOpen())
        return;
    // Deletes leave the cache at once (every identity's view of them); the reload that follows writes
    // creates, renames and access changes back (ConnectionTreeModel writes every live list through).
    if (entry.action == QLatin1String("deleteGroup"))
        store->removeWorkspace(entry.targetId);
    else if (entry.action == QLatin1String("deleteProfile"))
        store->removeProfile(entry.connectionId, entry.targetId);
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
                            for (int r = 0; r < self->m_model->rowCount(parent); ++r) {
                                const QModelIndex c = self->m_model->index(r, 0, parent);
                                if (c.data(ConnectionTreeModel::IdRole)
                                        .toString()
                                        .compare(selectId, Qt::CaseInsensitive) == 0) {
                                    self->m_tree->setCurrentIndex(c);
                                    self->m_tree->scrollTo(c);
                                    return;
                                }
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
