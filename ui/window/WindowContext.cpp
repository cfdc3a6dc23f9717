#include "ui/window/WindowContext.h"

#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

namespace td {

WindowContext::WindowContext(QMainWindow *window) : m_window(window) {}

QWidget *WindowContext::window() const
{
    return m_window;
}

void WindowContext::setTree(QTreeView *tree)
{
    m_tree = tree;
}

QModelIndex WindowContext::currentIndex() const
{
    return m_tree ? m_tree->currentIndex() : QModelIndex();
}

QModelIndexList WindowContext::selectedRows() const
{
    QModelIndexList rows;
    if (m_tree && m_tree->selectionModel())
        rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex();
    return rows;
}

void WindowContext::showStatus(const QString &text, int timeoutMs) const
{
    m_window->statusBar()->showMessage(text, timeoutMs);
}

bool WindowContext::requireSession(const QString &title) const
{
    if (m_session)
        return true;
    inform(title, tr("Connect to a tenant first."));
    return false;
}

void WindowContext::inform(const QString &title, const QString &text) const
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace td
