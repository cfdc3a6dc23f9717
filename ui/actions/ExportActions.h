#pragma once
#include <QObject>

#include "app/inventory/InventoryExport.h"

class QAction;
class QMenu;

namespace td {

class SearchController;
class WindowContext;

// "Export inventory…" (the open connection's whole cached inventory) and "Export current view…" (the
// matches of the current search; the whole inventory when nothing is searched) to CSV or JSON, chosen by
// the file's suffix or the dialog's filter. The file dialog opens with open(); exportInventoryTo() and
// exportViewTo() are the same exports without a dialog.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(SearchController *search, const WindowContext *context);

    QAction *exportViewAction() const { return m_view; }
    QMenu *menu() const { return m_menu; } // the toolbar's "Export ▾"

    bool exportInventoryTo(const QString &path, QString *error, int *rows = nullptr);
    bool exportViewTo(const QString &path, QString *error, int *rows = nullptr);

Q_SIGNALS:
    void exported(const QString &path, int rows);
    void failed(const QString &message);

private:
    enum class What { Inventory, View };
    void ask(What what);
    void finish(What what, const QString &path);
    bool ready(QString *error) const;

    SearchController *m_search;
    const WindowContext *m_context; // outlives this (the window owns both)
    QAction *m_inventory;
    QAction *m_view;
    QMenu *m_menu;
};

} // namespace td
