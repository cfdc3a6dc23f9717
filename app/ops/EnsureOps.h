#pragma once
#include "app/ops/AsyncOp.h"

namespace td {

// Finds the profile with this display name, or creates it. Output: profileId, displayName, created.
class EnsureProfileOp : public AsyncOp
{
    Q_OBJECT
public:
    EnsureProfileOp(ConnectionSession *session, const QString &displayName, QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_name;
};

// Finds the workspace with this name that the identity sees, or creates it as that identity (which
// makes the identity its Admin). Output: workspaceId, name, created.
class EnsureWorkspaceOp : public AsyncOp
{
    Q_OBJECT
public:
    EnsureWorkspaceOp(ConnectionSession *session, const QString &asProfileId, const QString &name,
                      QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_profileId;
    QString m_name;
};

// Makes a profile Admin of an existing workspace, acting as an identity that administers it (normally
// the service principal). Nothing is sent when the profile is Admin already. Output: added (bool).
class EnsureProfileAdminOp : public AsyncOp
{
    Q_OBJECT
public:
    EnsureProfileAdminOp(ConnectionSession *session, const QString &actingProfileId,
                         const QString &workspaceId, const QString &profileId, const QString &spObjectId,
                         QObject *parent = nullptr);

protected:
    void run() override;

private:
    QString m_acting;
    QString m_workspaceId;
    QString m_profileId;
    QString m_spObjectId;
};

} // namespace td
