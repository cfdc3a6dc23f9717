#include "LargeSeed.h"

#include "DemoSeed.h"
#include "EmulatorState.h"

#include <QDateTime>
#include <QStringList>

#include <random>

namespace emu {

namespace {
const QString kDash = QStringLiteral(" \u2013 "); // " – "

struct Names
{
    QStringList firsts, seconds, reports, datasets, dashboards, dataflows, dates, environments;
};

Names makeNames()
{
    Names n;
    n.firsts =
        QStringList{QStringLiteral("Aurora"),     QStringLiteral("Bayside"),   QStringLiteral("Cedar"),
                    QStringLiteral("Delta"),      QStringLiteral("Eastgate"),  QStringLiteral("Fjord"),
                    QStringLiteral("Granite"),    QStringLiteral("Horizon"),   QStringLiteral("Ironwood"),
                    QStringLiteral("Juniper"),    QStringLiteral("Keystone"),  QStringLiteral("Lakeside"),
                    QStringLiteral("Meridian"),   QStringLiteral("Nimbus"),    QStringLiteral("Oakridge"),
                    QStringLiteral("Pioneer"),    QStringLiteral("Quarry"),    QStringLiteral("Riverbend"),
                    QStringLiteral("Sequoia"),    QStringLiteral("Tidewater"), QStringLiteral("Union"),
                    QStringLiteral("Valley"),     QStringLiteral("Westfield"), QStringLiteral("Yellowstone"),
                    QStringLiteral("Zenith"),     QStringLiteral("Harbor"),    QStringLiteral("Summit"),
                    QStringLiteral("Silverline"), QStringLiteral("Evergreen"), QStringLiteral("Kestrel"),
                    QStringLiteral("Maple Leaf"), QStringLiteral("Northstar"), QStringLiteral("Pinecrest"),
                    QStringLiteral("Redwood"),    QStringLiteral("Bluewater"), QStringLiteral("Copper Hill")};
    n.seconds =
        QStringList{QStringLiteral("Logistics"), QStringLiteral("Dental"),    QStringLiteral("Analytics"),
                    QStringLiteral("Freight"),   QStringLiteral("Pharmacy"),  QStringLiteral("Seafood"),
                    QStringLiteral("Builders"),  QStringLiteral("Hotels"),    QStringLiteral("Tools"),
                    QStringLiteral("Health"),    QStringLiteral("Insurance"), QStringLiteral("Farms"),
                    QStringLiteral("Travel"),    QStringLiteral("Software"),  QStringLiteral("Legal"),
                    QStringLiteral("Plastics"),  QStringLiteral("Bakery"),    QStringLiteral("Partners"),
                    QStringLiteral("Marine"),    QStringLiteral("Energy"),    QStringLiteral("Retail"),
                    QStringLiteral("Realty"),    QStringLiteral("Clinics"),   QStringLiteral("Outdoor")};
    n.reports = QStringList{QStringLiteral("Sales Overview"),  QStringLiteral("Executive Summary"),
                            QStringLiteral("Finance Details"), QStringLiteral("Invoice List"),
                            QStringLiteral("Inventory"),       QStringLiteral("Customer Churn"),
                            QStringLiteral("Regional Sales"),  QStringLiteral("Margin Analysis"),
                            QStringLiteral("Operations KPIs"), QStringLiteral("Budget vs Actual"),
                            QStringLiteral("Support Tickets"), QStringLiteral("Marketing Funnel")};
    n.datasets = QStringList{QStringLiteral("Sales Model"),      QStringLiteral("Finance Model"),
                             QStringLiteral("Operations Model"), QStringLiteral("Customer Model"),
                             QStringLiteral("Inventory Model"),  QStringLiteral("HR Model")};
    n.dashboards = QStringList{QStringLiteral("KPI Dashboard"), QStringLiteral("Daily Pulse"),
                               QStringLiteral("Board Pack")};
    n.dataflows = QStringList{QStringLiteral("Customer Staging"), QStringLiteral("ERP Extract"),
                              QStringLiteral("CRM Sync")};
    n.environments = QStringList{QString(), kDash + QStringLiteral("Test"), kDash + QStringLiteral("UAT")};
    for (int d = 0; d < 64; ++d)
        n.dates.append(
            QDateTime(QDate(2022, 3, 1).addDays(d * 11), QTime(9, 15), Qt::UTC).toString(Qt::ISODate));
    return n;
}

QStringList seedCapacities(EmulatorState &state)
{
    struct Spec
    {
        const char *name, *sku, *region;
    };
    const Spec specs[] = {{"LRG-WEU-1", "A4", "West Europe"},  {"LRG-WEU-2", "A4", "West Europe"},
                          {"LRG-NEU-1", "A3", "North Europe"}, {"LRG-NEU-2", "A3", "North Europe"},
                          {"LRG-EUS-1", "A4", "East US"},      {"LRG-EUS-2", "A2", "East US"}};
    QStringList ids;
    for (const Spec &s : specs) {
        Capacity c;
        c.displayName = QString::fromLatin1(s.name);
        c.id = DemoSeed::id(QStringLiteral("capacity:") + c.displayName);
        c.sku = QString::fromLatin1(s.sku);
        c.region = QString::fromLatin1(s.region);
        c.admins = QStringList{DemoSeed::MasterUser};
        c.rights.insert(principalKeyForSp(DemoSeed::ObjectId), QStringLiteral("Admin"));
        state.capacities().insert(c.id, c);
        ids.append(c.id);
    }
    return ids;
}

// Splits n items of one workspace into datasets, reports, dashboards and dataflows.
void addItems(Workspace &w, int n, const QString &owner, const Names &names, std::mt19937 &rng)
{
    const int datasets = qMax(1, n / 4), dashboards = n / 8, dataflows = n / 10;
    const int reports = n - datasets - dashboards - dataflows;
    const QString key = w.id + QLatin1Char(':');
    w.datasets.reserve(datasets);
    for (int d = 0; d < datasets; ++d) {
        Dataset ds;
        ds.id = DemoSeed::id(key + QStringLiteral("dataset:") + QString::number(d));
        ds.name = names.datasets.at(d % names.datasets.size());
        ds.configuredBy = owner;
        ds.createdDate = names.dates.at(int(rng() % names.dates.size()));
        ds.isEffectiveIdentityRequired = ds.isEffectiveIdentityRolesRequired = (rng() % 3 == 0);
        ds.isOnPremGatewayRequired = (rng() % 10 == 0);
        w.datasets.append(ds);
    }
    w.reports.reserve(reports);
    for (int r = 0; r < reports; ++r) {
        Report rep;
        rep.id = DemoSeed::id(key + QStringLiteral("report:") + QString::number(r));
        rep.name = names.reports.at(r % names.reports.size());
        if (r >= names.reports.size())
            rep.name += QStringLiteral(" (%1)").arg(r / names.reports.size() + 1);
        const bool paginated = rng() % 8 == 0;
        rep.reportType = paginated ? QStringLiteral("PaginatedReport") : QStringLiteral("PowerBIReport");
        if (!paginated)
            rep.datasetId = w.datasets.at(r % datasets).id;
        w.reports.append(rep);
    }
    for (int d = 0; d < dashboards; ++d)
        w.dashboards.append({DemoSeed::id(key + QStringLiteral("dashboard:") + QString::number(d)),
                             names.dashboards.at(d % names.dashboards.size()), false});
    for (int d = 0; d < dataflows; ++d)
        w.dataflows.append({DemoSeed::id(key + QStringLiteral("dataflow:") + QString::number(d)),
                            names.dataflows.at(d % names.dataflows.size()), QString(), owner});
}
} // namespace

void LargeSeed::apply(EmulatorState &state)
{
    const Names names = makeNames();
    const QStringList capacities = seedCapacities(state);
    std::mt19937 rng(20240611u);

    // 1-3 workspaces per profile, exactly WorkspaceCount in all.
    QVector<int> perProfile(ProfileCount, 1);
    for (int extra = WorkspaceCount - ProfileCount; extra > 0;) {
        int &n = perProfile[int(rng() % ProfileCount)];
        if (n < 3) {
            ++n;
            --extra;
        }
    }
    const QString admin = QStringLiteral("Admin"), viewer = QStringLiteral("Viewer"),
                  app = QStringLiteral("App"), user = QStringLiteral("User"),
                  done = QStringLiteral("CompletedSuccessfully");
    const int perWorkspace = ItemCount / WorkspaceCount; // 20 on average
    int workspaceNo = 0, pendingDelta = 0;
    for (int i = 0; i < ProfileCount; ++i) {
        const QString number = QStringLiteral("C%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        const QString display = number + kDash + names.firsts.at(int(rng() % names.firsts.size())) +
                                QLatin1Char(' ') + names.seconds.at(int(rng() % names.seconds.size()));
        const Profile p{DemoSeed::id(QStringLiteral("large:profile:") + number), display, DemoSeed::ClientId};
        state.insertProfile(p);
        const QString viewerEmail = QStringLiteral("analyst.%1@customers.example").arg(number.toLower());
        for (int k = 0; k < perProfile.at(i); ++k, ++workspaceNo) {
            Workspace w;
            w.name = display + names.environments.at(k);
            w.id = DemoSeed::id(QStringLiteral("large:workspace:") + w.name);
            w.capacityId = capacities.at(int(rng() % capacities.size()));
            w.assignmentStatus = done;
            w.members.append({app, DemoSeed::ObjectId, p.id, admin, display, QString()});
            if (rng() % 5 == 0)
                w.members.append({user, viewerEmail, QString(), viewer,
                                  viewerEmail.section(QLatin1Char('@'), 0, 0), viewerEmail});
            // Pairs of workspaces get 20 +/- delta items, so the total is exactly ItemCount.
            int n = perWorkspace;
            if (workspaceNo % 2 == 0) {
                pendingDelta = int(rng() % 11) - 5;
                n += pendingDelta;
            } else {
                n -= pendingDelta;
            }
            addItems(w, n, display, names, rng);
            state.insertWorkspace(w);
        }
    }
}

} // namespace emu
