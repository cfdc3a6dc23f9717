#include "ui/jobs/JobInputDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/jobs/JobCenter.h"
#include "ui/onboarding/ModelParametersBox.h"

namespace td {

JobInputDialog::JobInputDialog(JobCenter *center, const QString &jobId, const QString &itemKey,
                               const QJsonObject &request, QWidget *parent)
    : QDialog(parent), m_center(center), m_jobId(jobId), m_itemKey(itemKey), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("jobInputDialog"));
    setWindowTitle(tr("Input for %1").arg(itemKey));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QString kind = request.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("modelParameters")) {
        m_parameters = new ModelParametersBox(this);
        m_parameters->setRequest(request);
        layout->addWidget(m_parameters);
        connect(m_parameters, &ModelParametersBox::applied, this, &JobInputDialog::submit);
    } else if (kind == QLatin1String("credentials")) { // the secret is not kept across a restart
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(QStringLiteral("jobInputSecret"));
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setPlaceholderText(tr("Data source secret (%1, user %2)")
                                         .arg(request.value(QLatin1String("type")).toString(),
                                              request.value(QLatin1String("username")).toString()));
        layout->addWidget(m_secret);
        connect(buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole), &QPushButton::clicked,
                this, [this] {
                    submit({{QStringLiteral("secret"), m_secret->text()}});
                });
    } else {
        m_error->setText(tr("This kind of input (%1) cannot be given here.").arg(kind));
    }
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void JobInputDialog::submit(const QJsonObject &input)
{
    QString error;
    if (!m_center || !m_center->provideInput(m_jobId, m_itemKey, input, &error)) {
        m_error->setText(tr("The input was not taken: %1").arg(error));
        return;
    }
    accept();
}

} // namespace td
