#include "ui/details/DetailsPane.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/connections/Connection.h"
#include "app/inventory/InventoryStore.h"
#include "app/registry/CustomerRegistry.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/tree/NodePresentation.h"

namespace td {

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_open(new QPushButton(tr("Open in Power BI"), this)),
      m_copyJson(new QPushButton(tr("Copy as &JSON"), this)), m_tabs(new QTabWidget(this)),
      m_overview(new QScrollArea(this)), m_json(new QPlainTextEdit(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setVisible(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_webUrl.isValid())
            QDesktopServices::openUrl(m_webUrl);
    });

    m_copyJson->setToolTip(tr("Copy this object's JSON, as the service returned it, to the clipboard"));
    connect(m_copyJson, &QPushButton::clicked, this, [this] {
        if (!m_rawJson.isEmpty())
            QApplication::clipboard()->setText(m_rawJson);
    });

    m_overview->setWidgetResizable(true);
    m_overview->setFrameShape(QFrame::NoFrame);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_json, tr("JSON"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_open);
    header->addWidget(m_copyJson);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    clear();
}

void DetailsPane::clear()
{
    m_title->setText(tr("Select an item in the tree"));
    m_open->setVisible(false);
    m_copyJson->setEnabled(false);
    m_rawJson.clear();
    m_json->clear();
    setRows({});
}

void DetailsPane::showIndex(const QModelIndex &index, const Connection *connection)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    const auto kind = TreeNode::Kind(index.data(ConnectionTreeModel::KindRole).toInt());
    const QString name = index.data(ConnectionTreeModel::NameRole).toString();
    const QString kindName = NodePresentation::kindName(kind);
    if (kind == TreeNode::Kind::Error)
        m_title->setText(tr("Loading failed — press Enter in the tree to retry"));
    else
        m_title->setText(name.isEmpty() ? index.data(Qt::DisplayRole).toString()
                                        : tr("%1  “%2”").arg(kindName, name));

    QJsonObject raw = index.data(ConnectionTreeModel::RawJsonRole).toJsonObject();
    if (kind == TreeNode::Kind::Connection && connection)
        raw = DetailsRows::connectionJson(*connection);
    setJson(raw);
    // Workspaces carry no webUrl: in the public cloud their page is app.powerbi.com/groups/<id>.
    if (kind == TreeNode::Kind::Workspace && connection &&
        connection->apiBaseUrl.host() == Connection::publicApiBaseUrl().host())
        m_webUrl = QUrl(QStringLiteral("https://app.powerbi.com/groups/%1/list")
                            .arg(index.data(ConnectionTreeModel::IdRole).toString()));
    m_open->setVisible(m_webUrl.isValid() && m_webUrl.scheme() == QLatin1String("https"));
    QVector<DetailsRow> rows = DetailsRows::forIndex(index, connection);
    if (kind == TreeNode::Kind::Profile)
        rows = customerRows(index.data(ConnectionTreeModel::IdRole).toString(), connection) + rows;
    if (kind == TreeNode::Kind::Workspace && connection)
        rows += DetailsRows::capacityRows(raw, m_inventory, connection->id);
    setRows(rows);
}

void DetailsPane::showFound(const FoundObject &object, const Connection *connection)
{
    if (!object.isValid()) {
        clear();
        return;
    }
    m_title->setText(tr("%1  “%2”").arg(NodePresentation::kindName(object), object.name));
    const QJsonObject raw = m_inventory ? m_inventory->rawJson(object) : QJsonObject();
    setJson(raw);
    m_open->setVisible(m_webUrl.isValid() && m_webUrl.scheme() == QLatin1String("https"));
    QVector<DetailsRow> rows = DetailsRows::forFound(object, raw);
    if (object.kind == FoundObject::Kind::Profile)
        rows = customerRows(object.id, connection) + rows;
    if (object.kind == FoundObject::Kind::Workspace && connection)
        rows += DetailsRows::capacityRows(raw, m_inventory, connection->id);
    const CrawlState crawl =
        m_inventory && connection ? m_inventory->lastCrawl(connection->id) : CrawlState();
    if (crawl.isValid()) {
        const QDateTime at = crawl.finished.isValid() ? crawl.finished : crawl.started;
        rows.append({tr("shown from"),
                     tr("the inventory cache (crawled %1)")
                         .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)),
                     false});
    }
    setRows(rows);
}

QVector<DetailsRow> DetailsPane::customerRows(const QString &profileId, const Connection *connection) const
{
    if (!m_registry || !connection || profileId.isEmpty())
        return {};
    return DetailsRows::forCustomer(m_registry->findByProfile(connection->id, profileId));
}

void DetailsPane::setJson(const QJsonObject &raw)
{
    m_rawJson =
        raw.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Indented));
    m_json->setPlainText(raw.isEmpty() ? tr("(no JSON for this node)") : m_rawJson);
    m_copyJson->setEnabled(!raw.isEmpty());
    m_webUrl = QUrl(raw.value(QStringLiteral("webUrl")).toString());
}

void DetailsPane::setRows(const QVector<DetailsRow> &rows)
{
    m_rows = rows;
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int r = 0;
    for (const DetailsRow &row : rows) {
        auto *label = new QLabel(row.label, content);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(row.value, content);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(!row.isId);
        if (row.isId)
            value->setFont(mono);
        grid->addWidget(label, r, 0);
        grid->addWidget(value, r, 1);
        if (row.isId) {
            auto *copy = new QToolButton(content);
            copy->setText(tr("Copy"));
            copy->setToolTip(tr("Copy the %1").arg(row.label));
            copy->setAccessibleName(tr("Copy %1").arg(row.label));
            const QString text = row.value;
            connect(copy, &QToolButton::clicked, copy, [text] { QApplication::clipboard()->setText(text); });
            grid->addWidget(copy, r, 2);
        }
        ++r;
    }
    grid->setRowStretch(r, 1);
    m_overview->setWidget(content); // deletes the previous content
}

} // namespace td
