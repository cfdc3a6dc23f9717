#include "ui/connections/ConnectionMenu.h"

#include <QActionGroup>
#include <QMenu>

#include "app/connections/ConnectionStore.h"

namespace td {

ConnectionMenu::ConnectionMenu(QMenu *menu, ConnectionStore *store)
    : QObject(menu), m_menu(menu), m_store(store)
{
    connect(menu, &QMenu::aboutToShow, this, &ConnectionMenu::rebuild);
    rebuild();
}

void ConnectionMenu::rebuild()
{
    m_menu->clear();
    QAction *add = m_menu->addAction(tr("&New connection…"), this, &ConnectionMenu::newRequested);
    add->setShortcut(QKeySequence::New);
    QAction *edit = m_menu->addAction(tr("&Edit…"), this, &ConnectionMenu::editRequested);
    QAction *remove = m_menu->addAction(tr("&Remove"), this, &ConnectionMenu::removeRequested);
    edit->setEnabled(!m_currentId.isEmpty());
    remove->setEnabled(!m_currentId.isEmpty());

    QVector<Connection> saved;
    if (m_store) {
        // A demo connection points at an emulator port of an earlier run: list it only while open.
        for (const Connection &c : m_store->list()) {
            if (!c.demo || c.id == m_currentId)
                saved.append(c);
        }
    }
    m_menu->addSection(saved.isEmpty() ? tr("No saved connections") : tr("Saved connections"));
    auto *group = new QActionGroup(m_menu);
    for (const Connection &c : saved) {
        const QString label = c.demo ? tr("%1 (demo)").arg(c.name) : c.name;
        QAction *a = m_menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(c.id == m_currentId);
        a->setActionGroup(group);
        a->setToolTip(tr("tenant id %1, application (client) id %2").arg(c.tenantId, c.clientId));
        const Connection copy = c;
        connect(a, &QAction::triggered, this, [this, copy] { Q_EMIT connectRequested(copy); });
    }
}

} // namespace td
