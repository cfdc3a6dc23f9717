#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include "app/domain/Types.h"

namespace td {

// A report or semantic model of a legacy workspace, as the inventory saw it.
struct LegacyItem
{
    QString id;
    QString name;
    QString workspaceId;
    QString datasetId;    // reports: their model ("" for paginated reports)
    QString configuredBy; // models: the owner
    bool identityRequired = false;
    bool rolesRequired = false;
    QJsonObject toJson() const;
    static LegacyItem fromJson(const QJsonObject &o);
};

// One workspace the service principal reaches directly (as itself, not through a profile).
struct LegacyWorkspace
{
    QString id;
    QString name;
    QVector<GroupUser> users;
    QVector<LegacyItem> reports;
    QVector<LegacyItem> models;
    QString error; // why its users or items could not be read ("" = complete)
    QString spAccess(const QString &spObjectId) const; // the SP's own right ("" = none)
    QString userAccess(const QString &email) const;    // a user's right ("" = none)
    QJsonObject toJson() const;
    static LegacyWorkspace fromJson(const QJsonObject &o);
};

struct MigrationInventory
{
    QVector<LegacyWorkspace> workspaces; // sorted by name
    QVector<Profile> profiles;           // the service principal's existing profiles
    QDateTime taken;                     // UTC
    const LegacyWorkspace *find(const QString &workspaceId) const;
    QJsonObject toJson() const;
    static MigrationInventory fromJson(const QJsonObject &o);
};

// One workspace -> customer line of the mapping (pattern preview, CSV import or the admin's edits).
struct MappingRow
{
    QString workspaceId;
    QString workspaceName;
    QString customerId;
    QString displayName;
    bool included = false;
    QString note; // why it is excluded, or that it is grouped with others
    QJsonObject toJson() const;
    static MappingRow fromJson(const QJsonObject &o);
};

// An identity's access the clean-up removes (and a restore puts back).
struct AccessEntry
{
    QString workspaceId;
    QString workspaceName;
    QString identifier; // the SP's object id or the user's email
    QString principalType;
    QString accessRight;
    QString displayName;
    QString who;       // "servicePrincipal" | "masterUser"
    QString requestId; // of the removal (clean-up records)
    bool restored = false;
    QJsonObject toJson() const;
    static AccessEntry fromJson(const QJsonObject &o);
};

// The dry-run plan of one customer.
struct PlanCustomer
{
    QString customerId;
    QString displayName;
    QString profileName;
    QString profileId;                           // set when an existing profile is reused
    QVector<QPair<QString, QString>> workspaces; // id, name: the profile becomes Admin of each
    QVector<LegacyItem> reports;
    QVector<LegacyItem> models;
    QStringList takeOver;          // ids of the models whose ownership the profile takes over
    QVector<AccessEntry> removals; // what the clean-up will remove later
    QStringList warnings;
    bool blocked = false; // a warning that stops the run for this customer
    bool reuse() const { return !profileId.isEmpty(); }
    QStringList workspaceIds() const;
    QJsonObject toJson() const;
    static PlanCustomer fromJson(const QJsonObject &o);
};

struct ValidationFailure
{
    QString what; // "workspace" | "report" | "model"
    QString id;
    QString name;
    QString reason;
    QString requestId;
    QJsonObject toJson() const;
    static ValidationFailure fromJson(const QJsonObject &o);
};

struct ValidationResult
{
    bool ok = false;
    QDateTime checked;
    int reports = 0; // embed tokens issued
    int models = 0;
    QVector<ValidationFailure> failures;
    QJsonObject toJson() const;
    static ValidationResult fromJson(const QJsonObject &o);
};

struct CleanupRecord
{
    QDateTime when;
    QVector<AccessEntry> removed;
    QStringList errors;
    QJsonObject toJson() const;
    static CleanupRecord fromJson(const QJsonObject &o);
};

// What a migration of one connection has decided: the inventory it mapped, the mapping, the plan, and the
// ids of its journaled jobs (the run, then each validation, clean-up and restore). Kept in the
// MigrationStore so the wizard and the CLI stop after any step and pick up later; progress and
// per-customer results are read from those jobs in the journal (MigrationController), never stored here.
struct MigrationState
{
    Q_DECLARE_TR_FUNCTIONS(MigrationState)
public:
    QString connectionId;
    QString masterUser;
    QString pattern;
    QString idTemplate;
    MigrationInventory inventory;
    QVector<MappingRow> mapping;
    QVector<PlanCustomer> plan;
    QString runJobId;
    QStringList checkJobIds; // the "migrate-validate" / "migrate-access" jobs, oldest first
    QDateTime updated;

    bool hasInventory() const { return inventory.taken.isValid(); }
    const PlanCustomer *planFor(const QString &customerId) const;
    QJsonObject toJson() const;
    static MigrationState fromJson(const QJsonObject &o);
};

} // namespace td
