#pragma once
#include <QModelIndex>
#include <QUrl>
#include <QWidget>

#include "ui/details/DetailsRows.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;

namespace td {

class CustomerRegistry;
class InventoryStore;
struct FoundObject;

// Right pane: a title, then tabs for the selected node: Overview (each property, ids with their kind
// spelled out and a Copy button) and JSON (the raw object, pretty-printed). showFound() shows an object of
// the inventory cache the same way (a search or quick-switcher hit), as it was when last crawled.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    void showIndex(const QModelIndex &index, const Connection *connection);
    void showFound(const FoundObject &object, const Connection *connection);
    void clear();
    // The inventory cache, for what a node's own JSON does not say (a workspace's capacity name, SKU,
    // state and region). May be null.
    void setInventory(InventoryStore *inventory) { m_inventory = inventory; }
    // The customer registry, for a profile's customer (shown first). May be null.
    void setRegistry(CustomerRegistry *registry) { m_registry = registry; }
    QPushButton *copyJsonButton() const { return m_copyJson; }

    QTabWidget *tabs() const { return m_tabs; }
    QVector<DetailsRow> rows() const { return m_rows; }

private:
    void setRows(const QVector<DetailsRow> &rows);
    void setJson(const QJsonObject &raw);
    QVector<DetailsRow> customerRows(const QString &profileId, const Connection *connection) const;

    QLabel *m_title;
    QPushButton *m_open;
    QPushButton *m_copyJson;
    InventoryStore *m_inventory = nullptr;
    CustomerRegistry *m_registry = nullptr;
    QTabWidget *m_tabs;
    QScrollArea *m_overview;
    QPlainTextEdit *m_json;
    QVector<DetailsRow> m_rows;
    QUrl m_webUrl;
    QString m_rawJson;
};

} // namespace td
