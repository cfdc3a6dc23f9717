#pragma once
#include <QWidget>

class QTableWidget;

namespace td {

class AuditLog;

// The Activity dock's "Audit" tab: a read-only table of the latest audit entries (newest first).
class AuditPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxRows = 500;
    explicit AuditPane(QWidget *parent = nullptr);

    void setLog(AuditLog *log); // not owned; may be null
    AuditLog *log() const { return m_log; }
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void reload();

private:
    AuditLog *m_log = nullptr;
    QTableWidget *m_table;
};

} // namespace td
