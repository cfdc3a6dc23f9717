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
    : QObject(context->window()), m_context(context), m_find(findEdit), m_model(model), m_tree(tree),
      m_index(new ConnectionIndex(this))
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
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SearchController::onCurrentResultChanged);
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

    connect(m_index, &ConnectionIndex::aboutToReplace, m_results, &SearchResultsModel::clear);
    connect(m_index, &ConnectionIndex::loaded, this, &SearchController::onIndexLoaded);

    m_apply.setSingleShot(true);
    m_apply.setInterval(0);
    connect(&m_apply, &QTimer::timeout, this, &SearchController::apply);
    m_find->setToolTip(tr("Find by name across every profile, or paste an id to see what it is (Ctrl+F). "
                          "Enter: next match, Shift+Enter: previous, Down: into the results, Ctrl+Enter: "
                          "show it in the tree"));
    m_find->setPlaceholderText(tr("Find by name or id… (Ctrl+F)"));
    // Wide enough for a braced GUID (38 characters) beside the clear button.
    const int guidWidth =
        m_find->fontMetrics().horizontalAdvance(QStringLiteral("{DDDDDDDD-DDDD-DDDD-DDDD-DDDDDDDDDDDD}"));
    m_find->setMinimumWidth(guidWidth + 3 * m_find->sizeHint().height());
    m_find->setMaximumWidth(qMax(m_find->maximumWidth(), m_find->minimumWidth()));
    m_find->installEventFilter(this);
    connect(m_find, &QLineEdit::textChanged, this, &SearchController::onTextChanged);
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
    m_index->invalidate();
}

void SearchController::reloadIndex()
{
    if (m_context->session())
        m_index->reloadNow(m_context->inventory(), m_context->session()->connection().id);
}

void SearchController::onIndexLoaded()
{
    applyNow(); // the results model was cleared before the index changed (aboutToReplace)
    Q_EMIT indexLoaded();
}

void SearchController::onConnectionChanged()
{
    // The tree may also reset within one connection; only a different connection ends the search.
    const QString conn = m_context->session() ? m_context->session()->connection().id : QString();
    if (conn == m_connectionId)
        return;
    m_connectionId = conn;
    m_index->reset(); // clears the results first
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
    using State = ConnectionIndex::State;
    ConnectionSession *session = m_context->session();
    const State state =
        m_index->ensure(m_context->inventory(), session ? session->connection().id : QString());
    *loading = state == State::Loading;
    switch (state) {
    case State::Ready:
        return true;
    case State::NoConnection:
        *problem = tr("Open a connection to search it.");
        break;
    case State::NoStore:
        *problem =
            tr("Search uses the inventory cache, which is not available; only the tree can be browsed.");
        break;
    case State::LoadFailed:
        *problem = tr("The inventory cache could not be read; search is not available.");
        break;
    case State::Loading:
        *problem = tr("Loading the inventory of this connection…");
        break;
    case State::Empty:
        *problem = m_crawler ? tr("Building the inventory of this connection…")
                             : tr("There is no inventory of this connection yet, so search has nothing to "
                                  "look in. Build it (it reads every profile, workspace and item once).");
        break;
    }
    return false;
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
    if (isShowingResults())
        Q_EMIT previewChanged(FoundObject()); // the live tree's node again
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
        m_index->index().match(QString(), 0); // forget the previous narrowing
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
    const InventoryIndex::Result result = m_index->index().match(text, m_maxShown);
    m_results->setResult(&m_index->index(), result);
    m_resultsView->expandAll();
    m_stack->setCurrentWidget(m_resultsView);
    const QModelIndex first = m_results->firstMatch();
    if (first.isValid())
        m_resultsView->setCurrentIndex(first); // previewed
    else
        Q_EMIT previewChanged(FoundObject());
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
    InventoryIndex &index = m_index->index();
    if (m_applied.isEmpty() || index.isEmpty())
        return {};
    // match() reuses the cached result of the same text, so this is cheap.
    return index.match(m_applied, index.size()).entries;
}

QString SearchController::describeFound(int entry) const
{
    const InventoryIndex &index = m_index->index();
    const FoundObject f = index.found(entry);
    const Kind k = index.kind(entry);
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
            .arg(SearchResultsModel::kindLabel(k, index.isPaginated(entry)), f.name, f.workspaceName, owner);
    }
}

QString SearchController::notFoundText(const QString &id) const
{
    const CrawlState crawl = m_index->index().crawlState();
    const QString when = crawl.isValid() ? (crawl.finished.isValid() ? crawl.finished : crawl.started)
                                               .toUTC()
                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                         : tr("never");
    return tr("%1 is not in the inventory (last crawled %2). It may be newer than the cache, or belong to "
              "another tenant or app.")
        .arg(id, when);
}

void SearchController::onCurrentResultChanged(const QModelIndex &current)
{
    const int entry = current.data(SearchResultsModel::EntryRole).toInt();
    if (current.isValid() && entry >= 0 && entry < index().size())
        Q_EMIT previewChanged(index().found(entry));
}

void SearchController::stepMatch(int direction)
{
    const QVector<int> matches = m_results->matchedEntries(); // in the order shown
    if (matches.isEmpty())
        return;
    const int current = m_resultsView->currentIndex().data(SearchResultsModel::EntryRole).toInt();
    int at = direction > 0 ? 0 : int(matches.size()) - 1; // wraps around
    if (m_resultsView->currentIndex().isValid()) {
        // The first match after (before) the current row; entries are numbered in the order shown.
        for (int i = 0; i < matches.size(); ++i) {
            const int k = direction > 0 ? i : int(matches.size()) - 1 - i;
            if (direction > 0 ? matches[k] > current : matches[k] < current) {
                at = k;
                break;
            }
        }
    }
    const QModelIndex target = m_results->indexOfEntry(matches[at]);
    m_resultsView->setCurrentIndex(target);
    m_resultsView->scrollTo(target);
}

void SearchController::reveal(const QModelIndex &result)
{
    const int entry = result.data(SearchResultsModel::EntryRole).toInt();
    if (!result.isValid() || entry < 0 || entry >= index().size())
        return;
    revealObject(index().found(entry));
}

void SearchController::revealObject(const FoundObject &target)
{
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
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            m_resultsView->setFocus(Qt::TabFocusReason);
            return true;
        case Qt::Key_Escape:
            m_find->clear();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier) {
                QModelIndex target = m_resultsView->currentIndex();
                reveal(target.isValid() ? target : m_results->firstMatch());
            } else {
                stepMatch(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
            }
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace td
