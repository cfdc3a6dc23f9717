#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace td {

class CustomersFilterProxy;
class CustomersModel;
struct CustomerOverviewRow;

// The customers home page: a filter box, a status filter and the sortable table of CustomersModel, with
// a line that sums it up. Enter or double-click on a row asks to open that customer (openRequested).
class CustomersView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersView(QWidget *parent = nullptr);

    CustomersModel *model() const { return m_model; }
    CustomersFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *showCombo() const { return m_show; }
    QLabel *summaryLabel() const { return m_summary; }

    // Replaces the rows, keeping the current row (by key) and the sort. note: a line about the data's
    // sources (e.g. "no inventory yet") shown after the counts.
    void setRows(const QVector<CustomerOverviewRow> &rows, const QString &note);
    QString currentKey() const;

Q_SIGNALS:
    void openRequested(const QString &key);

private:
    void updateSummary();

    CustomersModel *m_model;
    CustomersFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_show;
    QLabel *m_summary;
    QString m_note;
};

} // namespace td
