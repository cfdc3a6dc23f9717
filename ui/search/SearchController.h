#pragma once
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "app/inventory/ConnectionIndex.h"

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QWidget;

namespace td {

class ConnectionTreeModel;
class InventoryCrawler;
class SearchResultsModel;
class WindowContext;

// Search across every profile from the inventory cache, attached to the main window's find box.
// Typing filters while typing (keystrokes coalesced by a 0-ms timer); with text, a results view (matches
// with their ancestors) takes the live tree's place; clearing brings the live tree back untouched (its
// selection and expansion are kept). A GUID is answered in the info label above the tree: its kind and
// path, or that it is not in the inventory. The highlighted result is previewed (previewChanged(), for the
// details pane). In the find box Enter goes to the next match (Shift+Enter: the previous one), Down moves
// into the results, Ctrl+Enter opens the highlighted one; Enter or double-click on a result reveals the
// object in the live tree. Owns the open connection's ConnectionIndex (shared with the quick switcher),
// loaded on a worker thread on the first search and again when the inventory's crawl state changes.
class SearchController : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxShown = 2000;

    // Builds the panel (info label, live tree / results view); put panel() where the tree was.
    SearchController(const WindowContext *context, QLineEdit *findEdit, ConnectionTreeModel *model,
                     QTreeView *tree);
    ~SearchController() override;

    QWidget *panel() const { return m_panel; }

    // For tests and the benchmark: drive the real filter; resultsApplied() says when the view shows it.
    void setText(const QString &text);
    void applyNow(); // applies pending text at once
    void setMaxShown(int n) { m_maxShown = n; }
    void reloadIndex();     // loads the open connection's inventory now, on this thread (benchmarks, tests)
    void invalidateIndex(); // the next search reloads it (the inventory changed)
    ConnectionIndex *connectionIndex() const { return m_index; }

    bool isShowingResults() const;
    const InventoryIndex &index() const { return m_index->index(); }
    QTreeView *resultsView() const { return m_resultsView; }
    void stepMatch(int direction); // highlights the next (+1) or previous (-1) match, wrapping around
    QString currentText() const { return m_applied; }
    QVector<int> currentMatches(); // every match of the current text (not only those shown)

    // Reveals a result (an index of resultsModel()) or an object in the live tree (ending the search);
    // revealFinished() tells the outcome.
    void reveal(const QModelIndex &result);
    void revealObject(const FoundObject &target);
    void buildInventory(); // crawls the open connection into the inventory

Q_SIGNALS:
    void resultsApplied(const QString &text, int total);
    void revealFinished(bool ok, const QString &message);
    void inventoryBuilt();
    void indexLoaded(); // a background load finished (the pending search is applied)
    // The object of the highlighted result, to preview; invalid = none (the live tree's node again).
    void previewChanged(const td::FoundObject &hit);

private:
    void onTextChanged();
    void apply();
    void showLive();
    void onConnectionChanged();
    void onCurrentResultChanged(const QModelIndex &current);
    bool ensureIndex(QString *problem, bool *loading);
    void onIndexLoaded();
    void showInfo(const QString &text, bool offerBuild = false);
    QString describeFound(int entry) const;
    QString notFoundText(const QString &id) const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    const WindowContext *m_context;
    QLineEdit *m_find;
    ConnectionTreeModel *m_model;
    QTreeView *m_tree;
    QWidget *m_panel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_resultsView = nullptr;
    SearchResultsModel *m_results = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_build = nullptr;
    QPointer<InventoryCrawler> m_crawler;
    ConnectionIndex *m_index;
    QTimer m_apply;
    QString m_applied;      // the text the view shows
    QString m_connectionId; // the open connection's
    int m_maxShown = DefaultMaxShown;
};

} // namespace td
