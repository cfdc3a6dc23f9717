#include "DemoSeed.h"

#include "DemoSeedCases.h"
#include "EmulatorState.h"
#include "LargeSeed.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace emu {

const QString DemoSeed::TenantId = QStringLiteral("5e7c1d2a-9b3f-4f6e-8d21-0a4b6c8e1f35");
const QString DemoSeed::TenantDomain = QStringLiteral("contoso-isv.example");
const QString DemoSeed::ClientId = QStringLiteral("8f3e2b1c-6d4a-4c7e-9b15-2e7f4a9c3d60");
const QString DemoSeed::ClientSecret = QStringLiteral("tenantdesk-demo-secret");
const QString DemoSeed::ObjectId = QStringLiteral("c41a7e93-2f58-4b6d-a0e2-7d9b3c5f1a84");
const QString DemoSeed::MasterUser = QStringLiteral("embed.master@contoso-isv.example");

namespace {
const QString kSecondClientSecret = QStringLiteral("tenantdesk-demo-secret-2");
const QString kDash = QStringLiteral(" \u2013 "); // " – "

Member spMember(const QString &objectId, const QString &displayName, const QString &right)
{
    return {QStringLiteral("App"), objectId, QString(), right, displayName, QString()};
}

Member profileMember(const Profile &p, const QString &right)
{
    return {QStringLiteral("App"), DemoSeed::ObjectId, p.id, right, p.displayName, QString()};
}

Member userMember(const QString &email, const QString &right)
{
    return {QStringLiteral("User"), email, QString(), right, email.section(QLatin1Char('@'), 0, 0), email};
}

QString createdDate(int day)
{
    return QDateTime(QDate(2023, 1, 10).addDays(day * 9), QTime(8, 30), Qt::UTC).toString(Qt::ISODate);
}

// Broken model cases of the demo seed (see seedCustomers):
//  - NoCredentials: the models' data sources have no credentials and the last refresh failed with
//    ModelRefreshFailed_CredentialsNotSpecified (customers C0012 and C0031);
//  - RefreshFailed: credentials are set but the last refresh failed with a data source error
//    (customer C0005).
// Every other model has credentials (Basic) and a history of completed refreshes. Models that require
// an effective identity (every third one: isEffectiveIdentityRequired) define the RLS roles
// "Customer" and "Manager".
enum class ModelCase { Healthy, NoCredentials, RefreshFailed };

RefreshEntry pastRefresh(const QString &key, int daysAgo, int i, const QString &error)
{
    // A fixed anchor (after every seeded createdDate) keeps the seed deterministic.
    static const QDateTime anchor(QDate(2025, 6, 2), QTime(6, 0), Qt::UTC);
    const QDateTime start = anchor.addDays(-daysAgo).addSecs(60 * qint64(i % 50));
    RefreshEntry r;
    r.requestId = DemoSeed::id(key + QStringLiteral(":refresh:%1").arg(daysAgo));
    r.refreshType = daysAgo == 0 ? QStringLiteral("ViaApi") : QStringLiteral("Scheduled");
    r.startTime = start.toString(Qt::ISODateWithMs);
    r.endTime = start.addSecs(95 + i % 40).toString(Qt::ISODateWithMs);
    r.status = error.isEmpty() ? QStringLiteral("Completed") : QStringLiteral("Failed");
    if (!error.isEmpty())
        r.serviceExceptionJson = QStringLiteral("{\"errorCode\":\"%1\"}").arg(error);
    return r;
}

void addModelDetails(Dataset &ds, const QString &database, int i, ModelCase c)
{
    ds.parameters = {{QStringLiteral("Server"), QStringLiteral("Text"), true,
                      QStringLiteral("sql-weu.contoso-isv.example")},
                     {QStringLiteral("Database"), QStringLiteral("Text"), true, database}};
    ModelDatasource src;
    src.datasourceId = DemoSeed::id(ds.id + QStringLiteral(":datasource:0"));
    src.gatewayId = cloudGatewayId();
    src.connectionDetails.insert(QStringLiteral("server"), QStringLiteral("sql-weu.contoso-isv.example"));
    src.connectionDetails.insert(QStringLiteral("database"), database);
    if (c != ModelCase::NoCredentials) {
        src.credentialType = QStringLiteral("Basic");
        src.privacyLevel = QStringLiteral("Organizational");
        src.encryptedConnection = QStringLiteral("Encrypted");
    }
    ds.datasources = {src};
    if (ds.isEffectiveIdentityRequired)
        ds.roles = {QStringLiteral("Customer"), QStringLiteral("Manager")};
    const QString latestError =
        c == ModelCase::NoCredentials
            ? QStringLiteral("ModelRefreshFailed_CredentialsNotSpecified")
            : (c == ModelCase::RefreshFailed ? QStringLiteral("DM_GWPipeline_Gateway_DataSourceAccessError")
                                             : QString());
    ds.refreshes = {pastRefresh(ds.id, 0, i, latestError), pastRefresh(ds.id, 1, i, QString()),
                    pastRefresh(ds.id, 2, i, QString())};
}

void addContent(Workspace &w, const QString &key, int i, const QString &owner,
                ModelCase modelCase = ModelCase::Healthy)
{
    const int datasetCount = 1 + i % 2;
    for (int d = 0; d < datasetCount; ++d) {
        Dataset ds;
        ds.id = DemoSeed::id(key + QStringLiteral(":dataset:%1").arg(d));
        ds.name = d == 0 ? QStringLiteral("Sales Model") : QStringLiteral("Finance Model");
        ds.configuredBy = owner;
        ds.createdDate = createdDate(i + d);
        ds.isEffectiveIdentityRequired = (i % 3 == 1);
        ds.isEffectiveIdentityRolesRequired = (i % 3 == 1);
        ds.isOnPremGatewayRequired = (i % 7 == 3);
        static const QRegularExpression nonWord(QStringLiteral("[^A-Za-z0-9]+"));
        const QString database = QString(w.name).replace(nonWord, QStringLiteral("_"));
        addModelDetails(ds, d == 0 ? database : database + QStringLiteral("_Finance"), i, modelCase);
        w.datasets.append(ds);
    }
    static const QStringList reportNames{QStringLiteral("Sales Overview"),
                                         QStringLiteral("Executive Summary"),
                                         QStringLiteral("Finance Details"), QStringLiteral("Invoice List")};
    const int reportCount = 1 + i % 4;
    for (int r = 0; r < reportCount; ++r) {
        Report rep;
        rep.id = DemoSeed::id(key + QStringLiteral(":report:%1").arg(r));
        rep.name = reportNames.at(r);
        const bool paginated = (r == 3) || (r == 2 && i % 3 == 0);
        rep.reportType = paginated ? QStringLiteral("PaginatedReport") : QStringLiteral("PowerBIReport");
        if (!paginated)
            rep.datasetId = w.datasets.at(r % w.datasets.size()).id;
        w.reports.append(rep);
    }
    if (i % 2 == 0)
        w.dashboards.append(
            {DemoSeed::id(key + QStringLiteral(":dashboard")), QStringLiteral("KPI Dashboard"), false});
    if (i % 5 == 0)
        w.dataflows.append({DemoSeed::id(key + QStringLiteral(":dataflow")),
                            QStringLiteral("Customer Staging"), QStringLiteral("Cleans raw exports"), owner});
}
} // namespace

QString DemoSeed::id(const QString &name)
{
    static const QUuid ns(QStringLiteral("{3b9f6c2e-41d7-4e0a-9c58-a1f2e6d70b4c}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QStringList DemoSeed::customerNames()
{
    return {QStringLiteral("Fabrikam"),
            QStringLiteral("Northwind Traders"),
            QStringLiteral("Adventure Works"),
            QStringLiteral("Tailwind Foods"),
            QStringLiteral("Wide World Importers"),
            QStringLiteral("Litware"),
            QStringLiteral("Proseware"),
            QStringLiteral("Lucerne Publishing"),
            QStringLiteral("Margie's Travel"),
            QStringLiteral("Alpine Ski House"),
            QStringLiteral("Coho Winery"),
            QStringLiteral("Woodgrove Bank"),
            QStringLiteral("Blue Yonder Airlines"),
            QStringLiteral("Fourth Coffee"),
            QStringLiteral("Graphic Design Institute"),
            QStringLiteral("Humongous Insurance"),
            QStringLiteral("Trey Research"),
            QStringLiteral("Wingtip Toys"),
            QStringLiteral("Consolidated Messenger"),
            QStringLiteral("City Power & Light"),
            QStringLiteral("Southridge Video"),
            QStringLiteral("School of Fine Art"),
            QStringLiteral("VanArsdel"),
            QStringLiteral("Relecloud"),
            QStringLiteral("Bellows College"),
            QStringLiteral("Munson's Pickles"),
            QStringLiteral("Nod Publishers"),
            QStringLiteral("Contoso Pharmaceuticals"),
            QStringLiteral("First Up Consultants"),
            QStringLiteral("Datum Corporation"),
            QStringLiteral("Baldwin Museum"),
            QStringLiteral("Best For You Organics"),
            QStringLiteral("Liberty Delightful"),
            QStringLiteral("Olympia Hardware"),
            QStringLiteral("Ravenwood Logistics"),
            QStringLiteral("Silverline Dental"),
            QStringLiteral("Harbor Freight Partners"),
            QStringLiteral("Evergreen Clinics"),
            QStringLiteral("Kestrel Energy"),
            QStringLiteral("Maple Leaf Furniture"),
            QStringLiteral("Northstar Logistics"),
            QStringLiteral("Pinecrest Schools"),
            QStringLiteral("Quantum Retail"),
            QStringLiteral("Redwood Realty"),
            QStringLiteral("Summit Outdoor")};
}

bool DemoSeed::apply(EmulatorState &state, const QString &seed, QString *error)
{
    state.clear();
    const bool nearLimit = seed == QLatin1String("demo-limit");
    if (seed != QLatin1String("demo") && !nearLimit && seed != QLatin1String("empty") &&
        seed != QLatin1String("large")) {
        if (error)
            *error = QStringLiteral("unknown seed '%1' (use demo, demo-limit, empty or large)").arg(seed);
        return false;
    }
    seedPrimary(state);
    if (seed == QLatin1String("large")) {
        LargeSeed::apply(state);
        return true;
    }
    if (seed == QLatin1String("demo") || nearLimit) {
        seedCapacities(state);
        seedOwnWorkspaces(state);
        seedCustomers(state);
        seedSecondApp(state);
        DemoSeedCases::apply(state, nearLimit); // the health check's other broken cases
    }
    return true;
}

void DemoSeed::restoreKnownSecrets(EmulatorState &state)
{
    for (const ServicePrincipalInfo &sp : state.servicePrincipals()) {
        for (const QString &secret : {ClientSecret, kSecondClientSecret}) {
            if (state.checkClientSecret(sp.clientId, secret))
                state.setClientSecret(sp.clientId, secret);
        }
    }
}

void DemoSeed::seedPrimary(EmulatorState &state)
{
    state.tenants().append({TenantId, TenantDomain});
    ServicePrincipalInfo sp{TenantId, ClientId, QString(), ObjectId, QStringLiteral("TenantDesk Demo App")};
    state.servicePrincipals().append(sp);
    state.setClientSecret(ClientId, ClientSecret);
    state.setPrimaryClientId(ClientId);
}

void DemoSeed::seedCapacities(EmulatorState &state)
{
    struct Spec
    {
        const char *name, *sku, *region, *state, *right;
    };
    const Spec specs[] = {{"EMB-WEU-1", "A2", "West Europe", "Active", "Admin"},
                          {"EMB-WEU-2", "A1", "West Europe", "Active", "Assign"},
                          {"EMB-NEU-1", "A1", "North Europe", "Active", "Assign"},
                          {"EMB-EUS-1", "A4", "East US", "Active", "Admin"},
                          {"EMB-WEU-OLD", "A1", "West Europe", "Suspended", "Admin"},
                          {"FIN-P1", "P1", "North Europe", "Active", ""}}; // not visible to the demo app
    for (const Spec &s : specs) {
        Capacity c;
        c.displayName = QString::fromLatin1(s.name);
        c.id = id(QStringLiteral("capacity:") + c.displayName);
        c.sku = QString::fromLatin1(s.sku);
        c.region = QString::fromLatin1(s.region);
        c.state = QString::fromLatin1(s.state);
        c.admins = QStringList{MasterUser};
        if (*s.right)
            c.rights.insert(principalKeyForSp(ObjectId), QString::fromLatin1(s.right));
        state.capacities().insert(c.id, c);
    }
}

void DemoSeed::seedCustomers(EmulatorState &state)
{
    const QStringList names = customerNames();
    const QStringList active{
        id(QStringLiteral("capacity:EMB-WEU-1")), id(QStringLiteral("capacity:EMB-WEU-2")),
        id(QStringLiteral("capacity:EMB-NEU-1")), id(QStringLiteral("capacity:EMB-EUS-1"))};
    for (int i = 0; i < names.size(); ++i) {
        const QString display =
            QStringLiteral("C%1").arg(i + 1, 4, 10, QLatin1Char('0')) + kDash + names.at(i);
        Profile p{id(QStringLiteral("profile:") + display), display, ClientId};
        state.insertProfile(p);
        if (i == names.size() - 1)
            continue; // broken case: a profile with no workspace
        Workspace w;
        w.id = id(QStringLiteral("workspace:") + display);
        w.name = display;
        w.capacityId = active.at(i % active.size());
        if (i == 17)
            w.capacityId.clear(); // broken case: customer workspace on shared capacity
        if (i == 22)
            w.capacityId = id(QStringLiteral("capacity:EMB-WEU-OLD")); // broken case: suspended capacity
        if (!w.capacityId.isEmpty())
            w.assignmentStatus = QStringLiteral("CompletedSuccessfully");
        if (i == 6) { // broken case: profile only Member, the master user is the Admin
            w.members.append(profileMember(p, QStringLiteral("Member")));
            w.members.append(userMember(MasterUser, QStringLiteral("Admin")));
        } else {
            w.members.append(profileMember(p, QStringLiteral("Admin")));
        }
        if (i == 11) // broken case: the service principal itself is still a member
            w.members.append(
                spMember(ObjectId, QStringLiteral("TenantDesk Demo App"), QStringLiteral("Admin")));
        if (i % 4 == 1)
            w.members.append(
                userMember(QStringLiteral("support@contoso-isv.example"), QStringLiteral("Viewer")));
        // Broken model cases (see ModelCase): C0012 and C0031 without credentials, C0005 refresh failed.
        const ModelCase modelCase = (i == 11 || i == 30) ? ModelCase::NoCredentials
                                    : i == 4             ? ModelCase::RefreshFailed
                                                         : ModelCase::Healthy;
        addContent(w, w.id, i, display, modelCase);
        state.insertWorkspace(w);
    }
}

void DemoSeed::seedOwnWorkspaces(EmulatorState &state)
{
    static const QStringList legacy{QStringLiteral("Aurora Mills"),       QStringLiteral("Bayside Dental"),
                                    QStringLiteral("Cedar Analytics"),    QStringLiteral("Delta Freight"),
                                    QStringLiteral("Eastgate Pharmacy"),  QStringLiteral("Fjord Seafood"),
                                    QStringLiteral("Granite Builders"),   QStringLiteral("Horizon Hotels"),
                                    QStringLiteral("Ironwood Tools"),     QStringLiteral("Juniper Health"),
                                    QStringLiteral("Keystone Insurance"), QStringLiteral("Lakeside Farms"),
                                    QStringLiteral("Meridian Travel"),    QStringLiteral("Nimbus Software"),
                                    QStringLiteral("Oakridge Legal"),     QStringLiteral("Pioneer Plastics"),
                                    QStringLiteral("Quarry Stoneworks"),  QStringLiteral("Riverbend Bakery"),
                                    QStringLiteral("Sequoia Partners"),   QStringLiteral("Tidewater Marine")};
    QStringList names{QStringLiteral("Sales Template"), QStringLiteral("Shared Dev")};
    for (const QString &n : legacy)
        names.append(QStringLiteral("Legacy") + kDash + n);
    for (int i = 0; i < names.size(); ++i) {
        Workspace w;
        w.name = names.at(i);
        w.id = id(QStringLiteral("workspace:") + w.name);
        w.capacityId =
            i < 2 ? id(QStringLiteral("capacity:EMB-WEU-1")) : id(QStringLiteral("capacity:EMB-WEU-2"));
        w.assignmentStatus = QStringLiteral("CompletedSuccessfully");
        w.members.append(spMember(ObjectId, QStringLiteral("TenantDesk Demo App"), QStringLiteral("Admin")));
        w.members.append(userMember(MasterUser, QStringLiteral("Admin")));
        addContent(w, w.id, i + 1, MasterUser);
        state.insertWorkspace(w);
    }
}

void DemoSeed::seedSecondApp(EmulatorState &state)
{
    ServicePrincipalInfo sp{TenantId, id(QStringLiteral("sp2:client")), QString(),
                            id(QStringLiteral("sp2:object")), QStringLiteral("Reporting Sync App")};
    state.servicePrincipals().append(sp);
    state.setClientSecret(sp.clientId, kSecondClientSecret);
    Profile p{id(QStringLiteral("sp2:profile")), QStringLiteral("Tailspin Toys"), sp.clientId};
    state.insertProfile(p);
    Workspace w;
    w.name = QStringLiteral("Tailspin Toys Analytics");
    w.id = id(QStringLiteral("workspace:") + w.name);
    w.members.append(
        {QStringLiteral("App"), sp.objectId, p.id, QStringLiteral("Admin"), p.displayName, QString()});
    addContent(w, w.id, 2, p.displayName);
    state.insertWorkspace(w);
}

} // namespace emu
