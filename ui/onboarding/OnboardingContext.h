#pragma once
#include <QPointer>

#include "app/session/ConnectionSession.h"

namespace td {

class AuditLog;
class CustomerRegistry;
class InventoryStore;
class JobCenter;

// What the onboarding pages share: the open connection and the local stores (any store may be null).
struct OnboardingContext
{
    QPointer<ConnectionSession> session;
    CustomerRegistry *registry = nullptr;
    AuditLog *audit = nullptr;
    InventoryStore *inventory = nullptr;
    JobCenter *jobCenter = nullptr; // runs the onboarding as a job (Jobs tab)
    QString connectionId() const { return session ? session->connection().id : QString(); }
};

} // namespace td
