#include "ui/actions/ExportActions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

#include "app/inventory/InventoryIndex.h"
#include "app/inventory/InventoryStore.h"
#include "app/session/ConnectionSession.h"
#include "ui/search/SearchController.h"
#include "ui/window/WindowContext.h"

namespace td {

ExportActions::ExportActions(SearchController *search, const WindowContext *context)
    : QObject(search), m_search(search), m_context(context)
{
    m_inventory = new QAction(tr("Export &inventory…"), this);
    m_inventory->setToolTip(tr("Write the whole cached inventory of this connection to a CSV or JSON file"));
    connect(m_inventory, &QAction::triggered, this, [this] { ask(What::Inventory); });
    m_view = new QAction(tr("Export current &view…"), this);
    m_view->setToolTip(tr("Write the objects the search shows (all of its matches) to a CSV or JSON file"));
    connect(m_view, &QAction::triggered, this, [this] { ask(What::View); });
    m_menu = new QMenu(context->window());
    m_menu->addActions({m_inventory, m_view});
}

bool ExportActions::ready(QString *error) const
{
    if (!m_context->session()) {
        *error = tr("Open a connection first.");
        return false;
    }
    if (!m_context->inventory() || !m_context->inventory()->isOpen()) {
        *error = tr("The inventory cache is not available.");
        return false;
    }
    return true;
}

bool ExportActions::exportInventoryTo(const QString &path, QString *error, int *rows)
{
    if (!ready(error))
        return false;
    return InventoryExport::writeInventory(*m_context->inventory(), m_context->session()->connection().id,
                                           path, InventoryExport::formatFor(path), error, rows);
}

bool ExportActions::exportViewTo(const QString &path, QString *error, int *rows)
{
    if (!ready(error))
        return false;
    if (m_search->currentText().isEmpty())
        return exportInventoryTo(path, error, rows);
    const QVector<ExportRow> out = InventoryExport::rowsOf(m_search->index(), m_search->currentMatches());
    if (rows)
        *rows = int(out.size());
    return InventoryExport::write(path, out, InventoryExport::formatFor(path), error);
}

void ExportActions::ask(What what)
{
    QString error;
    if (!ready(&error)) {
        Q_EMIT failed(error);
        m_context->showStatus(error);
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = what == What::Inventory ? tr("inventory") : tr("search");
    auto *dlg = new QFileDialog(m_context->window(),
                                what == What::Inventory ? tr("Export inventory") : tr("Export current view"),
                                QDir(dir).filePath(base + QStringLiteral(".csv")));
    dlg->setObjectName(QStringLiteral("exportDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setFileMode(QFileDialog::AnyFile);
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    dlg->setNameFilters({csv, json});
    dlg->setDefaultSuffix(QStringLiteral("csv"));
    connect(dlg, &QFileDialog::filterSelected, dlg, [dlg, json](const QString &filter) {
        dlg->setDefaultSuffix(filter == json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    connect(dlg, &QFileDialog::fileSelected, this, [this, what](const QString &path) { finish(what, path); });
    dlg->open();
}

void ExportActions::finish(What what, const QString &path)
{
    QString error;
    int rows = 0;
    const bool ok =
        what == What::Inventory ? exportInventoryTo(path, &error, &rows) : exportViewTo(path, &error, &rows);
    if (ok) {
        m_context->showStatus(
            tr("Exported %n object(s) to %1", nullptr, rows).arg(QDir::toNativeSeparators(path)), 8000);
        Q_EMIT exported(path, rows);
        return;
    }
    Q_EMIT failed(error);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok,
                                m_context->window());
    box->setObjectName(QStringLiteral("exportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace td
