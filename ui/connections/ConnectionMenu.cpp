#include "ui/connections/ConnectionMenu.h"

#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include "app/connections/ConnectionStore.h"
#include "app/connections/SecretStore.h"
#include "ui/connections/ConnectionDialog.h"

namespace td {

ConnectionMenu::ConnectionMenu(QMenu *menu, ConnectionStore *store, SecretStore *secrets,
                               QNetworkAccessManager *nam, QWidget *dialogParent)
    : QObject(menu), m_menu(menu), m_store(store), m_secrets(secrets), m_nam(nam),
      m_dialogParent(dialogParent)
{
    connect(menu, &QMenu::aboutToShow, this, &ConnectionMenu::rebuild);
    rebuild();
}

void ConnectionMenu::rebuild()
{
    m_menu->clear();
    QAction *add = m_menu->addAction(tr("&New connection…"), this, [this] { openDialog({}); });
    add->setShortcut(QKeySequence::New);
    QAction *edit = m_menu->addAction(tr("&Edit…"), this, [this] { openDialog(m_current); });
    QAction *remove = m_menu->addAction(tr("&Remove"), this, &ConnectionMenu::confirmRemove);
    edit->setEnabled(!m_current.id.isEmpty());
    remove->setEnabled(!m_current.id.isEmpty());

    QVector<Connection> saved;
    if (m_store) {
        // A demo connection points at an emulator port of an earlier run: list it only while open.
        for (const Connection &c : m_store->list()) {
            if (!c.demo || c.id == m_current.id)
                saved.append(c);
        }
    }
    m_menu->addSection(saved.isEmpty() ? tr("No saved connections") : tr("Saved connections"));
    auto *group = new QActionGroup(m_menu);
    for (const Connection &c : saved) {
        const QString label = c.demo ? tr("%1 (demo)").arg(c.name) : c.name;
        QAction *a = m_menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(c.id == m_current.id);
        a->setActionGroup(group);
        a->setToolTip(tr("tenant id %1, application (client) id %2").arg(c.tenantId, c.clientId));
        const Connection copy = c;
        connect(a, &QAction::triggered, this, [this, copy] { Q_EMIT connectRequested(copy); });
    }
}

void ConnectionMenu::openDialog(const Connection &connection)
{
    auto *dlg = new ConnectionDialog(m_store, m_secrets, m_nam, m_dialogParent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    if (!connection.id.isEmpty())
        dlg->setConnection(connection);
    connect(dlg, &ConnectionDialog::saved, this, &ConnectionMenu::connectRequested);
    dlg->open();
}

void ConnectionMenu::confirmRemove()
{
    if (m_current.id.isEmpty() || !m_store)
        return;
    const Connection c = m_current;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove connection"),
                                tr("Remove the connection “%1” and its client secret from the keychain? "
                                   "Nothing in Power BI is changed.")
                                    .arg(c.name),
                                QMessageBox::Cancel, m_dialogParent);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ConnectionMenu> self(this);
    connect(box, &QMessageBox::buttonClicked, this, [self, c, remove](QAbstractButton *clicked) {
        if (!self || clicked != static_cast<QAbstractButton *>(remove))
            return;
        self->m_store->remove(c.id);
        if (self->m_secrets)
            self->m_secrets->remove(c.id, self, [](const ApiError &) {});
        self->m_current = Connection();
        Q_EMIT self->removed(c.id);
    });
    box->open();
}

} // namespace td
