#include "ui/activity/RequestsPane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/activity/RequestsModel.h"
#include "app/api/ActivityLog.h"

namespace td {

RequestsPane::RequestsPane(QWidget *parent)
    : QWidget(parent), m_model(new RequestsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_filter(new QLineEdit(this)),
      m_copyCurl(new QPushButton(tr("Copy as curl"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RequestsModel::FilterTextRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(false);
    h->setSectionResizeMode(RequestsModel::Path, QHeaderView::Stretch);
    h->setMinimumSectionSize(40);
    // Sized for their content (cell or header, whichever is wider) so nothing is cut off.
    const QFontMetrics fm = m_view->fontMetrics();
    const QFontMetrics hfm(h->font());
    const int pad = 18;
    auto fit = [&](int column, const QString &sample) {
        const int header = hfm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        h->resizeSection(column, qMax(fm.horizontalAdvance(sample), header) + pad);
    };
    const QString guid = QStringLiteral("dddddddd-dddd-dddd-dddd-dddddddddddd");
    fit(RequestsModel::Time, QStringLiteral("00:00:00.000"));
    fit(RequestsModel::Method, QStringLiteral("DELETE"));
    fit(RequestsModel::Profile, guid);
    fit(RequestsModel::Status, QStringLiteral("Cancelled"));
    fit(RequestsModel::Duration, QStringLiteral("00000"));
    fit(RequestsModel::RequestId, guid);
    fit(RequestsModel::Attempts, QStringLiteral("0"));

    m_filter->setPlaceholderText(tr("Filter requests (path, profile, status, RequestId…)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_copyCurl->setToolTip(tr("Copy the selected request as a curl command (the token is redacted)"));
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestsPane::copyCurl);

    auto *copyAction = new QAction(tr("Copy as curl"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &RequestsPane::copyCurl);
    m_view->addAction(copyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_copyCurl);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
}

void RequestsPane::setLog(ActivityLog *log)
{
    m_model->setLog(log);
}

QString RequestsPane::curlForCurrent() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return QString();
    const QModelIndex source = m_proxy->mapToSource(current);
    return ActivityLog::toCurl(m_model->entry(source.row()));
}

void RequestsPane::copyCurl()
{
    const QString curl = curlForCurrent();
    if (!curl.isEmpty())
        QApplication::clipboard()->setText(curl);
}

} // namespace td
