#include "ui/capacity/EstateOverview.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/capacity/EstateChart.h"
#include "app/inventory/InventoryStore.h"

namespace td {

EstateOverview::EstateOverview(InventoryStore *inventory, const QString &connectionId,
                               const QString &connectionName, QWidget *parent)
    : QDialog(parent), m_inventory(inventory), m_connectionId(connectionId), m_chart(new EstateChart(this)),
      m_table(new QTableWidget(this)), m_headline(new QLabel(this))
{
    setObjectName(QStringLiteral("estateOverview"));
    setWindowTitle(tr("Estate overview — %1").arg(connectionName));
    m_headline->setObjectName(QStringLiteral("estateHeadline"));
    m_headline->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("estateTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Region"), tr("Capacity"), tr("Workspaces"), tr("SKU"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Workspaces per capacity"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({820, 440});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    reloadButton->setObjectName(QStringLiteral("estateReload"));
    reloadButton->setToolTip(tr("Read the inventory cache again (Shift+F5 in the main window crawls the "
                                "connection)"));
    connect(reloadButton, &QPushButton::clicked, this, &EstateOverview::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1280, 600);
    reload();
}

void EstateOverview::reload()
{
    if (!m_inventory || !m_inventory->isOpen()) {
        m_summary = EstateSummary();
        m_headline->setText(tr("No inventory cache: the overview needs one (it is built when a connection "
                               "opens, or with Refresh inventory, Shift+F5)."));
    } else {
        m_summary = EstateSummary::fromInventory(*m_inventory, m_connectionId);
        const CrawlState crawl = m_inventory->lastCrawl(m_connectionId);
        const int capacities = int(m_summary.capacities().size()) - 1; // without shared capacity
        const EstateCapacity *shared = m_summary.find(QString());
        QString text = tr("%n workspace(s) on %1 capacities and shared capacity (%2 on shared capacity).", "",
                          m_summary.totalWorkspaces())
                           .arg(capacities)
                           .arg(shared ? shared->workspaces : 0);
        text += QLatin1Char(' ');
        text += crawl.isValid()
                    ? tr("Inventory as of %1.")
                          .arg(QLocale().toString(
                              (crawl.finished.isValid() ? crawl.finished : crawl.started).toLocalTime(),
                              QLocale::ShortFormat))
                    : tr("The connection has not been crawled yet: counts cover what the tree has loaded.");
        m_headline->setText(text);
    }
    m_chart->setSummary(m_summary);
    fillTable();
}

void EstateOverview::fillTable()
{
    const QVector<EstateCapacity> &rows = m_summary.capacities();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const EstateCapacity &c = rows.at(r);
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (column == WorkspacesColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        };
        set(RegionColumn, c.isShared() ? tr("—") : EstateChart::regionLabel(c));
        set(CapacityColumn, c.listed ? c.name : tr("%1 (not in the capacity list)").arg(c.capacityId));
        set(SkuColumn, c.sku);
        set(StateColumn, c.state);
        set(WorkspacesColumn, QString::number(c.workspaces));
        if (!c.isShared())
            m_table->item(r, CapacityColumn)->setToolTip(tr("capacity id %1").arg(c.capacityId));
        if (!c.state.isEmpty() && c.state != QLatin1String("Active"))
            m_table->item(r, StateColumn)
                ->setToolTip(tr("Not active: its workspaces' content cannot be "
                                "embedded or refreshed"));
    }
}

} // namespace td
