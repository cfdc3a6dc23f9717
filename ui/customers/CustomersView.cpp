#include "ui/customers/CustomersView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/customers/CustomersFilterProxy.h"
#include "ui/customers/CustomersModel.h"

namespace td {

using Show = CustomersFilterProxy::Show;

CustomersView::CustomersView(QWidget *parent)
    : QWidget(parent), m_model(new CustomersModel(this)), m_proxy(new CustomersFilterProxy(this)),
      m_table(new QTableView(this)), m_filter(new QLineEdit(this)), m_show(new QComboBox(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("customersView"));
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("customersFilter"));
    m_filter->setPlaceholderText(tr("Filter customers by id, name, profile or workspace…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the customers whose id, name, status, profile or workspace (name or id) "
                            "contains this text"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
    });

    m_show->setObjectName(QStringLiteral("customersShow"));
    m_show->setAccessibleName(tr("Show"));
    const std::pair<Show, QString> choices[] = {{Show::All, tr("All customers")},
                                                {Show::NeedsAttention, tr("Needs attention")},
                                                {Show::Active, tr("Active")},
                                                {Show::Onboarding, tr("Onboarding")},
                                                {Show::Failed, tr("Failed")},
                                                {Show::Offboarded, tr("Offboarded")},
                                                {Show::NotRegistered, tr("Not in registry")}};
    for (const auto &[show, text] : choices)
        m_show->addItem(text, int(show));
    m_show->setToolTip(tr("Needs attention: a failed onboarding, a profile without a registry entry or "
                          "gone from the inventory, or health findings"));
    connect(m_show, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_proxy->setShow(Show(m_show->currentData().toInt()));
        updateSummary();
    });

    m_summary->setObjectName(QStringLiteral("customersSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomersModel::IdCol, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CustomersModel::NameCol, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Customers"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(CustomersModel::KeyRole).toString());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 2);
    top->addWidget(m_show);
    top->addWidget(m_summary, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
}

QString CustomersView::currentKey() const
{
    return m_table->currentIndex().data(CustomersModel::KeyRole).toString();
}

void CustomersView::setRows(const QVector<CustomerOverviewRow> &rows, const QString &note)
{
    const QString key = currentKey();
    const bool first = m_model->rowCount() == 0;
    m_model->setRows(rows);
    m_note = note;
    if (first)
        m_table->resizeColumnsToContents();
    const int row = key.isEmpty() ? -1 : m_model->rowOfKey(key);
    if (row >= 0) {
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->setCurrentIndex(at);
    }
    updateSummary();
}

void CustomersView::updateSummary()
{
    int registered = 0, unregistered = 0, attention = 0;
    for (const CustomerOverviewRow &r : m_model->rows()) {
        (r.registered ? registered : unregistered) += 1;
        attention += r.needsAttention() ? 1 : 0;
    }
    QStringList parts;
    if (m_model->rowCount() == 0) {
        parts << tr("No customers yet: onboard one, or import the registry from CSV (tenantdesk-cli "
                    "customers import).");
    } else {
        parts << tr("%n customer(s)", nullptr, registered);
        if (unregistered > 0)
            parts << tr("%n profile(s) not in the registry", nullptr, unregistered);
        if (attention > 0)
            parts << tr("%n need(s) attention", nullptr, attention);
        if (m_proxy->rowCount() != m_model->rowCount())
            parts << tr("%n shown", nullptr, m_proxy->rowCount());
    }
    if (!m_note.isEmpty())
        parts << m_note;
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace td
