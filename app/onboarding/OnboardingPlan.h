#pragma once
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include "app/domain/ContentTypes.h"

namespace td {

// The answers of one customer's onboarding (wizard pages or a CSV row). Holds the data source secret in
// memory only, for as long as the run may need it: it is never written anywhere.
struct OnboardingPlan
{
    QString connectionId;
    QString customerId;
    QString displayName;

    bool createProfile = true;
    QString profileName; // createProfile: the display name to find or create
    QString profileId;   // !createProfile: the existing profile

    bool createWorkspace = true;
    QString workspaceName; // createWorkspace: made as the profile
    QString workspaceId;   // !createWorkspace: the profile is made Admin of it

    QString capacityId; // empty: no capacity step

    QStringList pbixFiles;
    QString nameConflict = QStringLiteral("Abort");

    QVector<QPair<QString, QString>> parameters; // name -> value; empty: no parameters step
    // After the import, read the model's parameters and wait for the values (the job item needs input)
    // before applying them; `parameters` then only pre-fills them.
    bool reviewParameters = false;
    bool setCredentials = false;
    DatasourceCredentials credentials;
    bool refresh = false;
    bool embedCheck = false;
};

} // namespace td
