#pragma once
#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QLineEdit;

namespace td {

class JobCenter;
class ModelParametersBox;

// Answers the input request of a job item that needs input (the Jobs tab's "Provide input…"): the
// models' parameters ("modelParameters") in a ModelParametersBox, or a data source secret
// ("credentials", kept in the engine's memory only). The answer goes to JobCenter::provideInput; the
// dialog closes when the item continues. Open with open().
class JobInputDialog : public QDialog
{
    Q_OBJECT
public:
    JobInputDialog(JobCenter *center, const QString &jobId, const QString &itemKey,
                   const QJsonObject &request, QWidget *parent = nullptr);

    ModelParametersBox *parametersBox() const { return m_parameters; } // null for other kinds
    QLineEdit *secretEdit() const { return m_secret; }                 // null for other kinds
    void submit(const QJsonObject &input);

private:
    QPointer<JobCenter> m_center;
    QString m_jobId, m_itemKey;
    ModelParametersBox *m_parameters = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_error;
};

} // namespace td
