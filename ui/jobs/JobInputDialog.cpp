#include "ui/jobs/JobInputDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/jobs/JobCenter.h"
#include "ui/onboarding/ModelParametersBox.h"

namespace td {

JobInputDialog::JobInputDialog(JobCenter *center, const QString &jobId, const QString &itemKey,
                               const QJsonObject &request, QWidget *parent)
    : QDialog(parent), m_center(center), m_jobId(jobId), m_itemKey(itemKey)
{
    setObjectName(QStringLiteral("jobInputDialog"));
    setWindowTitle(tr("Input for %1").arg(itemKey));
    auto *layout = new QVBoxLayout(this);
    const QString kind = request.value(QLatin1String("kind")).toString();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (kind == QLatin1String("modelParameters")) {
        m_parameters = new ModelParametersBox(this);
        m_parameters->setRequest(request);
        layout->addWidget(m_parameters);
        connect(m_parameters, &ModelParametersBox::applied, this,
                [this](const QVector<QPair<QString, QString>> &values) {
                    QJsonObject answer;
                    for (const auto &nv : values)
                        answer.insert(nv.first, nv.second);
                    submit({{QStringLiteral("values"), answer}});
                });
    } else if (kind == QLatin1String("credentials")) {
        auto *form = new QFormLayout;
        layout->addWidget(
            new QLabel(tr("The data source secret is kept in memory only, so the step asks for it "
                          "again after a restart (%1, user %2).")
                           .arg(request.value(QLatin1String("type")).toString(),
                                request.value(QLatin1String("username")).toString()),
                       this));
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(QStringLiteral("jobInputSecret"));
        m_secret->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Secret:"), m_secret);
        layout->addLayout(form);
        QPushButton *ok = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
        connect(ok, &QPushButton::clicked, this, [this] {
            submit({{QStringLiteral("secret"), m_secret->text()}});
        });
    } else {
        layout->addWidget(new QLabel(tr("This kind of input (%1) cannot be given here.").arg(kind), this));
    }
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString JobInputDialog::errorText() const
{
    return m_error->text();
}

void JobInputDialog::submit(const QJsonObject &input)
{
    QString error;
    if (!m_center || !m_center->provideInput(m_jobId, m_itemKey, input, &error)) {
        m_error->setText(tr("The input was not taken: %1").arg(error));
        return;
    }
    if (m_secret)
        m_secret->clear();
    accept();
}

} // namespace td
