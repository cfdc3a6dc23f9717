#pragma once
#include <QPointer>
#include <QWidget>

class QTableWidget;
class QTimer;

namespace td {

class AuditLog;

// The Activity dock's "Audit" tab: a read-only table of the latest audit entries (newest first).
class AuditPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxRows = 500;
    explicit AuditPane(QWidget *parent = nullptr);

    void setLog(AuditLog *log); // not owned; may be null. The table follows its new rows.
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void reload();

private:
    QPointer<AuditLog> m_log;
    QTableWidget *m_table;
    QTimer *m_reloadTimer; // new rows come in bursts (a job's requests): one reload per burst
};

} // namespace td
