#pragma once
#include <QModelIndex>
#include <QUrl>
#include <QWidget>

#include "DetailsRows.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace td {

// Right pane: a title, then tabs for the selected node: Overview (each property, ids with their kind
// spelled out and a Copy button) and JSON (the raw object, pretty-printed).
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    void showIndex(const QModelIndex &index, const Connection *connection);
    void clear();

    QTabWidget *tabs() const { return m_tabs; }
    QVector<DetailsRow> rows() const { return m_rows; }
    QString jsonText() const;
    QString title() const;

private:
    void setRows(const QVector<DetailsRow> &rows);

    QLabel *m_title;
    QPushButton *m_open;
    QTabWidget *m_tabs;
    QScrollArea *m_overview;
    QPlainTextEdit *m_json;
    QVector<DetailsRow> m_rows;
    QUrl m_webUrl;
};

} // namespace td
