#pragma once
#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace td {

class ActivityLog;
class RequestsModel;

// Activity dock, "Requests" tab: the table, a filter, and "Copy as curl" (redacted).
class RequestsPane : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsPane(QWidget *parent = nullptr);
    void setLog(ActivityLog *log);

    RequestsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString curlForCurrent() const; // "" when nothing is selected

public Q_SLOTS:
    void copyCurl();

private:
    RequestsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QPushButton *m_copyCurl;
};

} // namespace td
