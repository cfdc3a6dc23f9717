#include "ui/search/QuickSwitcher.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/inventory/ConnectionIndex.h"
#include "ui/search/SwitcherModel.h"

namespace td {

QuickSwitcher::QuickSwitcher(ConnectionIndex *index, QWidget *window)
    : QFrame(window), m_index(index), m_model(new SwitcherModel(this)), m_edit(new QLineEdit(this)),
      m_list(new QTreeView(this)), m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("quickSwitcher"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    setVisible(false);

    m_edit->setObjectName(QStringLiteral("quickSwitcherEdit"));
    m_edit->setPlaceholderText(tr("Go to a customer, profile, workspace, report… or paste an id"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Go to"));
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &QuickSwitcher::requery);

    m_list->setObjectName(QStringLiteral("quickSwitcherList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderHidden(true);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the line edit
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Matches"));
    connect(m_list, &QTreeView::activated, this, &QuickSwitcher::accept);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        SwitcherHit hit;
        if (currentHit(&hit) && hit.object.isValid())
            Q_EMIT previewRequested(hit.object);
    });

    m_info->setObjectName(QStringLiteral("quickSwitcherInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    m_info->setText(tr("Up/Down: choose · Enter: open · Ctrl+C: copy the id · Esc: close"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_info);

    connect(m_index, &ConnectionIndex::loaded, this, [this] {
        if (isVisible())
            requery();
    });
    connect(qApp, &QApplication::focusChanged, this, &QuickSwitcher::onFocusChanged);
    window->installEventFilter(this); // its resizes
}

QuickSwitcher::~QuickSwitcher()
{
    disconnect(qApp, nullptr, this, nullptr); // focus moves while the window's widgets go
}

void QuickSwitcher::popUp(InventoryStore *store, const QString &connectionId,
                          const QVector<Customer> &customers)
{
    m_store = store;
    m_connectionId = connectionId;
    m_customers = customers;
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    requery();
}

void QuickSwitcher::place()
{
    // Over the anchor (the tree's side of the window), so that the details pane beside it shows the preview.
    QWidget *window = parentWidget();
    int top = 4;
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->centralWidget())
        top += main->centralWidget()->y();
    int left = 8;
    int width = qBound(qMin(480, window->width() - 16), window->width() * 2 / 5, 640);
    if (m_anchor && m_anchor->isVisible()) {
        left = m_anchor->mapTo(window, QPoint(0, 0)).x() + 4;
        width = qMin(qMax(m_anchor->width() - 8, 420), window->width() - left - 8);
    }
    const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    const int rows = qBound(4, m_model->rowCount() + 1, 16);
    const int height = m_edit->sizeHint().height() + rows * rowHeight + 2 * m_info->sizeHint().height() + 32;
    setGeometry(left, top, width, qMin(height, window->height() - top - 8));
}

void QuickSwitcher::dismiss()
{
    if (!isVisible())
        return;
    hide();
    Q_EMIT closed();
}

void QuickSwitcher::requery()
{
    using State = ConnectionIndex::State;
    const State state = m_index->ensure(m_store, m_connectionId);
    const bool ready = state == State::Ready;
    const QString text = m_edit->text().trimmed();
    m_model->search(text, ready ? &m_index->index() : nullptr, m_customers);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0)); // previewed
    QString info;
    if (state == State::Loading)
        info = tr("Loading the inventory… (customers only until it is there)");
    else if (state == State::Empty)
        info = tr("There is no inventory of this connection yet: only customers are listed. Refresh "
                  "the inventory (Shift+F5) to find profiles, workspaces and reports.");
    else if (state != State::Ready && state != State::NoConnection)
        info = tr("The inventory cache is not available: only customers are listed.");
    else if (!text.isEmpty() && m_model->rowCount() == 0)
        info = tr("Nothing matches “%1”.").arg(text);
    else if (m_model->total() > m_model->rowCount())
        info = tr("The first %1 of %2 matches; type more to narrow them.")
                   .arg(m_model->rowCount())
                   .arg(m_model->total());
    else
        info = tr("Up/Down: choose · Enter: open · Ctrl+C: copy the id · Esc: close");
    m_info->setText(info);
    place(); // its height follows the number of hits
}

bool QuickSwitcher::currentHit(SwitcherHit *hit) const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return false;
    *hit = m_model->hit(current.row());
    return true;
}

void QuickSwitcher::move(int rows)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    const QModelIndex target = m_model->index(qBound(0, row + rows, count - 1), 0);
    m_list->setCurrentIndex(target);
    m_list->scrollTo(target);
}

void QuickSwitcher::accept()
{
    SwitcherHit hit;
    if (!currentHit(&hit))
        return;
    hide();
    Q_EMIT openRequested(hit.object, hit.name);
}

void QuickSwitcher::copyCurrentId()
{
    SwitcherHit hit;
    if (!currentHit(&hit) || hit.id.isEmpty())
        return;
    QApplication::clipboard()->setText(hit.id);
    Q_EMIT copied(hit.idKind, hit.id);
}

void QuickSwitcher::onFocusChanged(QWidget *, QWidget *now)
{
    // Clicking elsewhere in the window closes the panel (as a popup would).
    if (isVisible() && now && now != this && !isAncestorOf(now) && now->window() == window())
        dismiss();
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Copy) && !m_edit->hasSelectedText()) {
        copyCurrentId();
        return true;
    }
    const int page = qMax(1, m_list->viewport()->height() / qMax(1, m_list->sizeHintForRow(0)) - 1);
    switch (key->key()) {
    case Qt::Key_Down:
        move(1);
        return true;
    case Qt::Key_Up:
        move(-1);
        return true;
    case Qt::Key_PageDown:
        move(page);
        return true;
    case Qt::Key_PageUp:
        move(-page);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        accept();
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace td
