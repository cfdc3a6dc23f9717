#pragma once
#include <QString>
#include <QStringList>

namespace emu {

class EmulatorState;

// Deterministic seed data ("demo", "empty" or "large", see LargeSeed). Ids are name-based UUIDv5, so they are
// stable between runs. The well-known demo credentials are documented in emulator/README.md.
class DemoSeed
{
public:
    static const QString TenantId;
    static const QString TenantDomain;
    static const QString ClientId;
    static const QString ClientSecret;
    static const QString ObjectId;
    static const QString MasterUser;

    static bool apply(EmulatorState &state, const QString &seed, QString *error);
    // After loading a state file: puts back the clear-text secret of SPs using a well-known demo secret.
    static void restoreKnownSecrets(EmulatorState &state);
    static QStringList customerNames();     // 45 believable company names
    static QString id(const QString &name); // UUIDv5 in the emulator's namespace

private:
    static void seedPrimary(EmulatorState &state);
    static void seedCapacities(EmulatorState &state);
    static void seedCustomers(EmulatorState &state);
    static void seedOwnWorkspaces(EmulatorState &state);
    static void seedSecondApp(EmulatorState &state);
};

} // namespace emu
