#pragma once
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include "TlsSetup.h"
#include "app/api/HttpSend.h"

// Runs a test class over plain loopback HTTP and over HTTPS: a global data column "tls" and a local CA
// (the emulator's TlsSetup) that the scripted server serves with and the client trusts.
struct TestTls
{
    QTemporaryDir dir;
    emu::TlsFiles files;

    // In initTestCase_data(): the rows "http" and "https".
    static void addGlobalRows()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }
    // The current global row's column.
    static bool on()
    {
        QFETCH_GLOBAL(bool, tls);
        return tls;
    }
    bool generate(QString *error) { return emu::TlsSetup::ensureGenerated(dir.path(), &files, error); }
    QSslConfiguration server() const
    {
        QSslConfiguration config;
        QString error;
        if (!emu::TlsSetup::load(files, &config, &error))
            qWarning("%s", qPrintable(error));
        return config;
    }
    QSslConfiguration client() const { return td::connectionTlsConfiguration(files.caCertPath); }
};
