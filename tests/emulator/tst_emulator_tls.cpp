// HTTPS: the generated local CA (reused across starts), the caller's own certificate, and the
// pbi-emulator executable's startup line with --tls.
#include "EmuProcess.h"
#include "EmulatorServer.h"
#include "TlsSetup.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A token request for the demo app to loginUrl (host replaced when given), trusting caFile if set.
ProcessAnswer tokenRequest(const QJsonObject &info, const QString &caFile, const QString &host = {})
{
    QNetworkAccessManager nam;
    return emulatorProcessToken(nam, info, caFile, host);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestEmulatorTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void executableGeneratesAndReusesItsCa()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList args{QStringLiteral("--tls"), QStringLiteral("--seed"), QStringLiteral("empty"),
                               QStringLiteral("--state"), dir.filePath(QStringLiteral("state.json"))};
        QByteArray firstCa;
        for (int run = 0; run < 2; ++run) {
            QProcess process;
            const QJsonObject info = startEmulatorProcess(process, args);
            QVERIFY2(info.value(QLatin1String("loginUrl"))
                         .toString()
                         .startsWith(QLatin1String("https://127.0.0.1:")),
                     qPrintable(QJsonDocument(info).toJson()));
            QVERIFY(info.value(QLatin1String("baseUrl")).toString().startsWith(QLatin1String("https://")));
            const QString ca = info.value(QLatin1String("caCertFile")).toString();
            QCOMPARE(ca, dir.filePath(QStringLiteral("state.json.tls/ca.pem")));
            const QByteArray caBytes = readFile(ca);
            QVERIFY(caBytes.startsWith("-----BEGIN CERTIFICATE-----"));
            if (run == 0)
                firstCa = caBytes;
            else
                QCOMPARE(caBytes, firstCa); // reused, so a client keeps trusting it

            const ProcessAnswer trusted = tokenRequest(info, ca);
            QCOMPARE(trusted.error, QNetworkReply::NoError);
            QCOMPARE(trusted.status, 200);
            QVERIFY(trusted.body.contains("access_token"));
            QCOMPARE(tokenRequest(info, ca, QStringLiteral("localhost")).status, 200); // the name matches too
            // Without the CA the handshake fails: nothing is silently accepted.
            const ProcessAnswer untrusted = tokenRequest(info, QString());
            QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
            QCOMPARE(untrusted.status, 0);
            process.terminate();
            QVERIFY(process.waitForFinished(10000));
        }
        const QFile::Permissions keyPerms =
            QFile::permissions(dir.filePath(QStringLiteral("state.json.tls/server.key")));
        QVERIFY(!(keyPerms & (QFile::ReadGroup | QFile::ReadOther)));
    }

    void serverCertificateNamesLoopback()
    {
        QTemporaryDir dir;
        emu::TlsFiles files;
        QString error;
        QVERIFY2(emu::TlsSetup::ensureGenerated(dir.path(), &files, &error), qPrintable(error));
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(files.certPath);
        QCOMPARE(certs.size(), 1);
        const auto names = certs.first().subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        const QSslCertificate ca = QSslCertificate::fromPath(files.caCertPath).value(0);
        QCOMPARE(certs.first().issuerDisplayName(), ca.subjectDisplayName());
        QVERIFY(ca.isSelfSigned());
        // No CA key is kept: nothing else can be signed with the CA a client trusts.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    }

    void callerCertificateInProcess()
    {
        QTemporaryDir dir;
        emu::TlsFiles files;
        QString error;
        QVERIFY2(emu::TlsSetup::ensureGenerated(dir.path(), &files, &error), qPrintable(error));
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("empty");
        options.tls.enabled = true;
        options.tls.certPath = files.certPath;
        options.tls.keyPath = files.keyPath;
        emu::EmulatorServer server;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        QCOMPARE(server.loginUrl().scheme(), QStringLiteral("https"));
        QVERIFY(server.caCertFile().isEmpty()); // the caller knows its own CA
        QVERIFY(!server.startupInfo().contains(QLatin1String("caCertFile")));
        QCOMPARE(tokenRequest(server.startupInfo(), files.caCertPath).status, 200);

        emu::EmulatorOptions broken = options;
        broken.tls.keyPath = dir.filePath(QStringLiteral("missing.key"));
        emu::EmulatorServer refused;
        QVERIFY(!refused.start(broken, &error));
        QVERIFY2(error.contains(QLatin1String("missing.key")), qPrintable(error));
    }

    void generatedInTemporaryDirWithoutState()
    {
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("empty");
        options.tls.enabled = true;
        QString error;
        QString ca;
        {
            emu::EmulatorServer server;
            QVERIFY2(server.start(options, &error), qPrintable(error));
            ca = server.caCertFile();
            QVERIFY(QFile::exists(ca));
            QCOMPARE(server.startupInfo().value(QLatin1String("caCertFile")).toString(), ca);
            QCOMPARE(tokenRequest(server.startupInfo(), ca).status, 200);
        }
        QVERIFY(!QFile::exists(ca)); // removed with the server
    }
};

QTEST_GUILESS_MAIN(TestEmulatorTls)
#include "tst_emulator_tls.moc"
