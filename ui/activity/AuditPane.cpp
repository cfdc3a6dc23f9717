#include "ui/activity/AuditPane.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "app/audit/AuditLog.h"

namespace td {

AuditPane::AuditPane(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, &AuditPane::reload);
    setObjectName(QStringLiteral("auditPane"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    const QStringList headers{tr("When"),      tr("Identity"), tr("Action"),    tr("Target"), tr("Name"),
                              tr("Target id"), tr("Result"),   tr("RequestId"), tr("Details")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void AuditPane::setLog(AuditLog *log)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    if (m_log)
        connect(m_log, &AuditLog::appended, m_reloadTimer, qOverload<>(&QTimer::start));
    reload();
}

void AuditPane::reload()
{
    const QVector<AuditEntry> entries = m_log ? m_log->latest(MaxRows) : QVector<AuditEntry>();
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry &e = entries.at(r);
        const QStringList cells{e.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                e.identity.isEmpty() ? tr("service principal") : e.identity,
                                e.action,
                                e.targetKind,
                                e.targetName,
                                e.targetId,
                                e.ok ? tr("OK") : tr("Failed: %1").arg(e.error),
                                e.requestId,
                                e.details};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 6 && !e.ok)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace td
