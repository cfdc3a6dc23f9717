#include "ui/search/SearchController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/inventory/InventoryCrawler.h"
#include "app/inventory/InventoryIndexLoader.h"
#include "app/inventory/InventoryStore.h"
#include "app/session/ConnectionSession.h"
#include "ui/common/UiLogging.h"
#include "ui/search/SearchResultsModel.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/tree/TreeRevealer.h"
#include "ui/window/WindowContext.h"

namespace td {

using Kind = InventoryIndex::Kind;

SearchController::SearchController(const WindowContext *context, QLineEdit *findEdit,
                                   ConnectionTreeModel *model, QTreeView *tree)
    : QObject(context->window()), m_context(context), m_find(findEdit), m_model(model), m_tree(tree)
{
    m_results = new SearchResultsModel(this);
    m_panel = new QWidget(context->window());
    m_panel->setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *infoRow = new QHBoxLayout;
    infoRow->setContentsMargins(6, 2, 6, 2);
    m_info = new QLabel(m_panel);
    m_info->setObjectName(QStringLiteral("searchInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setTextFormat(Qt::PlainText);
    m_build = new QPushButton(tr("&Build inventory"), m_panel);
    m_build->setObjectName(QStringLiteral("buildInventoryButton"));
    m_build->setToolTip(
        tr("Crawl every profile, workspace and item of this connection into the local cache"));
    connect(m_build, &QPushButton::clicked, this, &SearchController::buildInventory);
    infoRow->addWidget(m_info, 1);
    infoRow->addWidget(m_build);
    m_info->setVisible(false);
    m_build->setVisible(false);
    layout->addLayout(infoRow);

    m_resultsView = new QTreeView(m_panel);
    m_resultsView->setObjectName(QStringLiteral("searchResultsView"));
    m_resultsView->setModel(m_results);
    m_resultsView->setHeaderHidden(true);
    m_resultsView->setUniformRowHeights(true);
    m_resultsView->setExpandsOnDoubleClick(false);
    m_resultsView->header()->setStretchLastSection(true);
    m_resultsView->setAccessibleName(tr("Search results"));
    connect(m_resultsView, &QTreeView::activated, this, &SearchController::reveal);
    auto *copyId = new QAction(tr("&Copy id"), m_resultsView);
    copyId->setShortcut(QKeySequence::Copy);
    copyId->setShortcutContext(Qt::WidgetShortcut);
    connect(copyId, &QAction::triggered, this, [this] {
        const QModelIndex current = m_resultsView->currentIndex();
        const QString id = current.data(SearchResultsModel::IdRole).toString();
        if (id.isEmpty())
            return;
        QApplication::clipboard()->setText(id);
        m_context->showStatus(
            tr("Copied %1 %2").arg(current.data(SearchResultsModel::IdKindRole).toString(), id), 4000);
    });
    m_resultsView->addAction(copyId);

    m_stack = new QStackedWidget(m_panel);
    m_stack->addWidget(tree); // the live tree moves into the panel
    m_stack->addWidget(m_resultsView);
    layout->addWidget(m_stack, 1);

    m_loader = new InventoryIndexLoader(this);
    connect(m_loader, &InventoryIndexLoader::finished, this, &SearchController::onIndexLoaded);

    m_apply.setSingleShot(true);
    m_apply.setInterval(0);
    connect(&m_apply, &QTimer::timeout, this, &SearchController::apply);
    m_find->setToolTip(tr("Find by name across every profile, or paste an id to see what it is (Ctrl+F)"));
    m_find->setPlaceholderText(tr("Find by name or id… (Ctrl+F)"));
    m_find->installEventFilter(this);
    connect(m_find, &QLineEdit::textChanged, this, &SearchController::onTextChanged);
    connect(m_find, &QLineEdit::returnPressed, this, &SearchController::onReturnPressed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SearchController::onConnectionChanged);
}

SearchController::~SearchController() = default;

void SearchController::setText(const QString &text)
{
    m_find->setText(text);
}

void SearchController::applyNow()
{
    m_apply.stop();
    apply();
}

bool SearchController::isShowingResults() const
{
    return m_stack->currentWidget() == m_resultsView;
}

void SearchController::invalidateIndex()
{
    m_indexStale = true;
    m_loadFailed = false;
}

void SearchController::reloadIndex()
{
    const WindowContext *w = m_context;
    if (!w->session() || !w->inventory() || !w->inventory()->isOpen())
        return;
    m_results->clear(); // it points into the index
    m_index.load(*w->inventory(), w->session()->connection().id);
    m_indexStale = false;
}

void SearchController::onIndexLoaded(bool ok)
{
    m_results->clear(); // it points into the index
    m_index = m_loader->takeIndex();
    m_loadFailed = !ok; // not retried until the inventory changes (no load loop)
    applyNow();
    Q_EMIT indexLoaded();
}

void SearchController::onConnectionChanged()
{
    // The tree may also reset within one connection; only a different connection ends the search.
    const QString conn = m_context->session() ? m_context->session()->connection().id : QString();
    if (conn == m_connectionId)
        return;
    m_connectionId = conn;
    m_index.clear();
    m_indexStale = true;
    m_loadFailed = false;
    m_results->clear();
    if (m_crawler)
        m_crawler->cancel();
    if (!m_find->text().isEmpty())
        m_find->clear();
    else
        applyNow();
}

void SearchController::onTextChanged()
{
    m_apply.start(); // coalesces the keystrokes of one event-loop pass
}

bool SearchController::ensureIndex(QString *problem, bool *loading)
{
    *loading = false;
    ConnectionSession *session = m_context->session();
    InventoryStore *store = m_context->inventory();
    if (!session) {
        *problem = tr("Open a connection to search it.");
        return false;
    }
    if (!store || !store->isOpen()) {
        *problem =
            tr("Search uses the inventory cache, which is not available; only the tree can be browsed.");
        return false;
    }
    if (m_loadFailed) {
        *problem = tr("The inventory cache could not be read; search is not available.");
        return false;
    }
    const QString conn = session->connection().id;
    const CrawlState crawl = store->lastCrawl(conn);
    const CrawlState loaded = m_index.crawlState();
    const bool sameConnection = m_index.connectionId() == conn.toLower();
    if (m_indexStale || !sameConnection || crawl.started != loaded.started ||
        crawl.finished != loaded.finished) {
        // Load on a worker thread; until it is there, an older index of this connection still answers.
        if (!m_loader->isRunning() || m_indexStale || m_loader->connectionId() != conn) {
            m_loader->start(store->filePath(), conn);
            m_indexStale = false;
        }
        if (!sameConnection || (m_index.isEmpty() && !loaded.isValid())) {
            *problem = tr("Loading the inventory of this connection…");
            *loading = true;
            return false;
        }
    }
    if (m_index.isEmpty()) {
        *problem = m_crawler ? tr("Building the inventory of this connection…")
                             : tr("There is no inventory of this connection yet, so search has nothing to "
                                  "look in. Build it (it reads every profile, workspace and item once).");
        return false;
    }
    return true;
}

void SearchController::showInfo(const QString &text, bool offerBuild)
{
    m_info->setText(text);
    m_info->setVisible(!text.isEmpty());
    m_build->setVisible(offerBuild);
}

void SearchController::showLive()
{
    m_results->clear();
    m_stack->setCurrentWidget(m_tree);
    if (!m_crawler)
        showInfo(QString());
}

void SearchController::apply()
{
    const QString text = m_find->text().trimmed();
    if (text.isEmpty()) {
        m_applied.clear();
        showLive();
        m_index.match(QString(), 0); // forget the previous narrowing
        Q_EMIT resultsApplied(QString(), 0);
        return;
    }
    QString problem;
    bool loading = false;
    if (!ensureIndex(&problem, &loading)) {
        m_applied = text;
        showLive();
        if (loading) { // applied when the index is there (onIndexLoaded)
            showInfo(problem);
            return;
        }
        showInfo(problem, !m_crawler && m_context->session() && m_context->inventory() &&
                              m_context->inventory()->isOpen());
        Q_EMIT resultsApplied(text, 0);
        return;
    }
    const InventoryIndex::Result result = m_index.match(text, m_maxShown);
    m_results->setResult(&m_index, result);
    m_resultsView->expandAll();
    const QModelIndex first = m_results->firstMatch();
    if (first.isValid())
        m_resultsView->setCurrentIndex(first);
    m_stack->setCurrentWidget(m_resultsView);
    m_applied = text;
    if (result.idLookup)
        showInfo(result.entries.isEmpty() ? notFoundText(text) : describeFound(result.entries.first()));
    else if (result.total == 0)
        showInfo(tr("Nothing in the inventory is named like “%1”.").arg(text));
    else if (result.total > m_results->matchCount())
        showInfo(tr("%1 matches; the first %2 are shown.").arg(result.total).arg(m_results->matchCount()));
    else
        showInfo(tr("%n match(es) in the inventory of this connection.", nullptr, result.total));
    Q_EMIT resultsApplied(text, result.total);
}

QVector<int> SearchController::currentMatches()
{
    if (m_applied.isEmpty() || m_index.isEmpty())
        return {};
    // match() reuses the cached result of the same text, so this is cheap.
    return m_index.match(m_applied, m_index.size()).entries;
}

QString SearchController::describeFound(int entry) const
{
    const FoundObject f = m_index.found(entry);
    const Kind k = m_index.kind(entry);
    const QString owner =
        f.profileId.isEmpty() ? tr("the service principal") : tr("profile “%1”").arg(f.profileName);
    switch (k) {
    case Kind::Profile:
        return tr("Profile id of “%1”.").arg(f.name);
    case Kind::Workspace:
        return f.profileId.isEmpty()
                   ? tr("Workspace id of “%1”, a workspace of the service principal.").arg(f.name)
                   : tr("Workspace id of “%1” in profile “%2”.").arg(f.name, f.profileName);
    case Kind::Capacity:
        return tr("Capacity id of “%1”.").arg(f.name);
    default:
        return tr("Item id of the %1 “%2” in workspace “%3” of %4.")
            .arg(SearchResultsModel::kindLabel(k, m_index.isPaginated(entry)), f.name, f.workspaceName,
                 owner);
    }
}

QString SearchController::notFoundText(const QString &id) const
{
    const CrawlState crawl = m_index.crawlState();
    const QString when = crawl.isValid() ? (crawl.finished.isValid() ? crawl.finished : crawl.started)
                                               .toUTC()
                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                         : tr("never");
    return tr("%1 is not in the inventory (last crawled %2). It may be newer than the cache, or belong to "
              "another tenant or app.")
        .arg(id, when);
}

void SearchController::onReturnPressed()
{
    if (!isShowingResults())
        return;
    QModelIndex target = m_resultsView->currentIndex();
    if (!target.data(SearchResultsModel::IsMatchRole).toBool())
        target = m_results->firstMatch();
    if (target.isValid())
        reveal(target);
}

void SearchController::reveal(const QModelIndex &result)
{
    const int entry = result.data(SearchResultsModel::EntryRole).toInt();
    if (!result.isValid() || entry < 0 || entry >= m_index.size())
        return;
    const FoundObject target = m_index.found(entry);
    m_find->clear();
    applyNow(); // the live tree is back
    auto *revealer = new TreeRevealer(m_model, m_tree, target);
    QPointer<SearchController> self(this);
    connect(revealer, &TreeRevealer::finished, this, [self](bool ok, const QString &message) {
        if (!self)
            return;
        self->m_context->showStatus(message, 8000);
        if (ok)
            self->m_tree->setFocus(Qt::OtherFocusReason);
        else
            self->showInfo(message);
        Q_EMIT self->revealFinished(ok, message);
    });
    revealer->start();
}

void SearchController::buildInventory()
{
    const WindowContext *w = m_context;
    if (m_crawler || !w->session() || !w->inventory())
        return;
    m_crawler = new InventoryCrawler(w->session(), w->inventory(), this);
    showInfo(tr("Building the inventory of this connection…"));
    connect(m_crawler, &InventoryCrawler::progress, this, [this](int done, int total) {
        showInfo(tr("Building the inventory of this connection… %1 of %2 lists").arg(done).arg(total));
    });
    connect(m_crawler, &InventoryCrawler::finished, this, [this](const CrawlSummary &s) {
        if (m_crawler)
            m_crawler->deleteLater();
        m_crawler = nullptr;
        invalidateIndex();
        showInfo(s.errors.isEmpty()
                     ? QString()
                     : tr("The inventory was built with %n error(s); some objects may be missing.", nullptr,
                          int(s.errors.size())));
        qCInfo(lcUi) << "inventory built:" << s.status;
        applyNow();
        Q_EMIT inventoryBuilt();
    });
    m_crawler->start();
}

bool SearchController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_find && event->type() == QEvent::KeyPress && isShowingResults()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down) {
            m_resultsView->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_find->clear();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace td
