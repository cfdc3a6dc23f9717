#include "ui/onboarding/ModelParametersBox.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

namespace {
enum Column { NameColumn, TypeColumn, RequiredColumn, CurrentColumn, ValueColumn, ColumnCount };
}

ModelParametersBox::ModelParametersBox(QWidget *parent) : QGroupBox(tr("Semantic model parameters"), parent)
{
    setObjectName(QStringLiteral("modelParametersBox"));
    auto *layout = new QVBoxLayout(this);
    m_hint =
        new QLabel(tr("Read from the imported model. Enter this customer's values, then continue."), this);
    m_hint->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("modelParamTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Parameter"), tr("Type"), tr("Required"), tr("Current value"), tr("Value for this customer")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Semantic model parameters"));
    m_apply = new QPushButton(tr("&Apply and continue"), this);
    m_apply->setObjectName(QStringLiteral("applyParametersButton"));
    layout->addWidget(m_hint);
    layout->addWidget(m_table);
    layout->addWidget(m_apply, 0, Qt::AlignRight);
    connect(m_apply, &QPushButton::clicked, this, &ModelParametersBox::apply);
}

int ModelParametersBox::setRequest(const QJsonObject &request)
{
    m_table->setRowCount(0);
    const QJsonObject prefill = request.value(QLatin1String("prefill")).toObject();
    QStringList seen;
    for (const QJsonValue &ds : request.value(QLatin1String("datasets")).toArray()) {
        for (const QJsonValue &v : ds.toObject().value(QLatin1String("parameters")).toArray()) {
            const MashupParameter p = MashupParameter::fromJson(v.toObject());
            if (seen.contains(p.name))
                continue;
            seen << p.name;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto readOnly = [this, row](int column, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                m_table->setItem(row, column, item);
            };
            readOnly(NameColumn, p.name);
            readOnly(TypeColumn, p.type);
            readOnly(RequiredColumn, p.isRequired ? tr("yes") : tr("no"));
            m_table->item(row, RequiredColumn)->setData(Qt::UserRole, p.isRequired);
            readOnly(CurrentColumn, p.currentValue);
            m_table->setItem(row, ValueColumn,
                             new QTableWidgetItem(prefill.value(p.name).toString(p.currentValue)));
        }
    }
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, ValueColumn);
    return m_table->rowCount();
}

QVector<QPair<QString, QString>> ModelParametersBox::values() const
{
    QVector<QPair<QString, QString>> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out.append({m_table->item(row, NameColumn)->text(), m_table->item(row, ValueColumn)->text()});
    return out;
}

bool ModelParametersBox::setValue(const QString &name, const QString &value)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == name) {
            m_table->item(row, ValueColumn)->setText(value);
            return true;
        }
    }
    return false;
}

QString ModelParametersBox::problem() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool required = m_table->item(row, RequiredColumn)->data(Qt::UserRole).toBool();
        if (required && m_table->item(row, ValueColumn)->text().trimmed().isEmpty())
            return tr("Parameter \"%1\" is required: enter a value.")
                .arg(m_table->item(row, NameColumn)->text());
    }
    return {};
}

void ModelParametersBox::apply()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_hint->setText(why);
        return;
    }
    m_hint->setText(tr("Read from the imported model. Enter this customer's values, then continue."));
    QJsonObject answer;
    for (const auto &nv : values())
        answer.insert(nv.first, nv.second);
    Q_EMIT applied({{QStringLiteral("values"), answer}});
}

} // namespace td
