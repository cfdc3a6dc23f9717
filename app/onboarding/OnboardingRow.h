#pragma once
#include <QPair>
#include <QString>
#include <QVector>

namespace td {

// One customer to onboard, as read from a bulk CSV (or filled in by the wizard).
struct OnboardingRow
{
    int line = 0; // CSV line (0 = not from a file)
    QString customerId;
    QString displayName;
    QString capacityId;                          // optional
    QString pbixPath;                            // optional; absolute after reading
    QVector<QPair<QString, QString>> parameters; // param.<Name> columns, in file order
    QString error;                               // why this row cannot be onboarded ("" = fine)
    QString skipped; // why the row is left out on purpose, not an error (a registered customer, "skip")
    // A registered customer onboarded again with ExistingPolicy::Update: its registered profile and
    // workspace are re-used (never a second profile) and the content is imported again over the old.
    bool update = false;
    QString profileId;   // update: the registered profile ("" when it has none yet)
    QString workspaceId; // update: its registered workspace ("" when it has none yet)
    bool ok() const { return error.isEmpty() && skipped.isEmpty(); }
};

// Naming templates: {customerId} and {name} are replaced.
struct OnboardingNaming
{
    QString profileTemplate = QStringLiteral("{customerId} \u2013 {name}");
    QString workspaceTemplate = QStringLiteral("{customerId} \u2013 {name}");
    QString datasetTemplate = QStringLiteral("{fileBaseName}");
    static QString apply(const QString &pattern, const OnboardingRow &row);
    QString profileName(const OnboardingRow &row) const { return apply(profileTemplate, row); }
    QString workspaceName(const OnboardingRow &row) const { return apply(workspaceTemplate, row); }
    QString datasetName(const OnboardingRow &row) const { return apply(datasetTemplate, row); }
};

} // namespace td
