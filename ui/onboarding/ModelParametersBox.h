#pragma once
#include <QGroupBox>
#include <QJsonObject>
#include <QPair>
#include <QVector>

#include "app/domain/ContentTypes.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace td {

// The imported models' parameters, shown when the onboarding job's item needs them (needs input): name,
// type, required, current value, and an editable value for this customer (pre-filled from the wizard's
// parameters page, else the current value). "Apply and continue" checks required values and emits them.
class ModelParametersBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ModelParametersBox(QWidget *parent = nullptr);

    // From a job item's input request {"kind": "modelParameters", "datasets": [{datasetId, parameters}],
    // "prefill": {name: value}}: one row per name (every model's). Returns the number of rows.
    int setRequest(const QJsonObject &request);
    QVector<QPair<QString, QString>> values() const;
    bool setValue(const QString &name, const QString &value); // false: no such parameter
    QTableWidget *table() const { return m_table; }
    QPushButton *applyButton() const { return m_apply; }
    QString problem() const; // why Apply refuses (a required value missing), empty when fine

Q_SIGNALS:
    // The answer to the input request, as the step reads it: {"values": {name: value}}.
    void applied(const QJsonObject &input);

private:
    void apply();
    QTableWidget *m_table;
    QLabel *m_hint;
    QPushButton *m_apply;
};

} // namespace td
