#pragma once
#include <QObject>
#include <functional>

#include "app/api/ApiError.h"

namespace td {

// Client secrets in the OS keychain through QtKeychain: service "TenantDesk", key = connection id.
// There is no plaintext fallback: when no keychain is reachable the error (Kind::Keychain) says so
// and what to start or unlock.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &secret, const td::ApiError &error)>;
    using WriteCallback = std::function<void(const td::ApiError &error)>;

    explicit SecretStore(QObject *parent = nullptr);
    static QString serviceName() { return QStringLiteral("TenantDesk"); }

    void write(const QString &connectionId, const QString &secret, QObject *context, WriteCallback cb);
    void read(const QString &connectionId, QObject *context, ReadCallback cb);
    void remove(const QString &connectionId, QObject *context, WriteCallback cb);

    // QKeychain::Error (as int) + its text -> Kind::Keychain error; code names the QKeychain error.
    static ApiError keychainError(int keychainErrorCode, const QString &errorString);
};

} // namespace td
