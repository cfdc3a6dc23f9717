// HTTPS: the generated local CA (reused across starts), the caller's own certificate, and the
// pbi-emulator executable's startup line with --tls.
#include "EmulatorServer.h"
#include "TlsSetup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {
struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
};

// A token request for the demo app to loginUrl (host replaced when given), trusting caFile if set.
Answer tokenRequest(const QJsonObject &info, const QString &caFile, const QString &host = {})
{
    QUrl url(info.value(QLatin1String("loginUrl")).toString());
    if (!host.isEmpty())
        url.setHost(host);
    url.setPath(QLatin1Char('/') + info.value(QLatin1String("tenantId")).toString() +
                QLatin1String("/oauth2/v2.0/token"));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(caFile));
        req.setSslConfiguration(ssl);
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), info.value(QLatin1String("clientId")).toString());
    form.addQueryItem(QStringLiteral("client_secret"), info.value(QLatin1String("clientSecret")).toString());
    form.addQueryItem(QStringLiteral("scope"),
                      QStringLiteral("https://analysis.windows.net/powerbi/api/.default"));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(req, form.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    delete reply;
    return a;
}

QJsonObject startupLine(QProcess &process)
{
    if (!process.waitForStarted(5000))
        return {};
    QElapsedTimer t;
    t.start();
    while (!process.canReadLine() && t.elapsed() < 15000)
        process.waitForReadyRead(200);
    return QJsonDocument::fromJson(process.readLine()).object();
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
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.start(QStringLiteral(PBI_EMULATOR_PATH), args);
            const QJsonObject info = startupLine(process);
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

            const Answer trusted = tokenRequest(info, ca);
            QCOMPARE(trusted.error, QNetworkReply::NoError);
            QCOMPARE(trusted.status, 200);
            QVERIFY(trusted.body.contains("access_token"));
            QCOMPARE(tokenRequest(info, ca, QStringLiteral("localhost")).status, 200); // the name matches too
            // Without the CA the handshake fails: nothing is silently accepted.
            const Answer untrusted = tokenRequest(info, QString());
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
