#pragma once
#include <QNetworkAccessManager>
#include <memory>

#include "EmulatorServer.h"
#include "app/connections/Connection.h"
#include "app/session/ConnectionSession.h"

// One emulator on loopback plus one ConnectionSession talking to it as the primary service principal.
// With tls set, the emulator serves HTTPS with a generated CA that the connection trusts.
struct EmulatorFixture
{
    bool tls = false;
    std::unique_ptr<emu::EmulatorServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<td::ConnectionSession> session;

    bool start(const QString &seed = QStringLiteral("demo"), const QString &secretOverride = {})
    {
        server = std::make_unique<emu::EmulatorServer>();
        emu::EmulatorOptions options;
        options.seed = seed;
        options.tls.enabled = tls;
        QString error;
        if (!server->start(options, &error)) {
            qWarning("emulator did not start: %s", qPrintable(error));
            return false;
        }
        nam = std::make_unique<QNetworkAccessManager>();
        session = std::make_unique<td::ConnectionSession>(
            connection(), secretOverride.isEmpty() ? sp().clientSecret : secretOverride, nam.get());
        return true;
    }

    emu::ServicePrincipalInfo sp() const { return server->primaryServicePrincipal(); }

    td::Connection connection() const
    {
        td::Connection c;
        c.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
        c.name = QStringLiteral("Emulator");
        c.cloud = QStringLiteral("Custom");
        c.apiBaseUrl = server->baseUrl();
        c.loginUrl = server->loginUrl();
        c.tenantId = sp().tenantId;
        c.clientId = sp().clientId;
        c.servicePrincipalObjectId = sp().objectId;
        c.demo = true;
        c.caCertificateFile = server->caCertFile();
        return c;
    }

    void stop()
    {
        session.reset();
        nam.reset();
        server.reset();
    }
};
