// Entra as clients see it: OpenID discovery, instance discovery, JWKS, RS256 access tokens, the token
// rules for scopes and audiences, and the v1 endpoint (emulator/README.md "Entra").
#include "EmuTestClient.h"
#include "EmulatorServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace {
const QString kPowerBi = QStringLiteral("https://analysis.windows.net/powerbi/api");
const QString kManagement = QStringLiteral("https://management.core.windows.net/");

QByteArray b64url(const QString &s)
{
    return QByteArray::fromBase64(s.toLatin1(), QByteArray::Base64UrlEncoding);
}

QJsonObject jwtPart(const QString &token, int index)
{
    return QJsonDocument::fromJson(b64url(token.section(QLatin1Char('.'), index, index))).object();
}

// Verifies an RS256 JWT against one JSON Web Key with OpenSSL, as a resource server would.
bool verifyWithJwk(const QString &token, const QJsonObject &jwk)
{
    const QByteArray n = b64url(jwk.value(QLatin1String("n")).toString());
    const QByteArray e = b64url(jwk.value(QLatin1String("e")).toString());
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *be = BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *pkey = nullptr;
    const bool built =
        EVP_PKEY_fromdata_init(pctx) == 1 && EVP_PKEY_fromdata(pctx, &pkey, EVP_PKEY_PUBLIC_KEY, params) == 1;
    bool ok = false;
    if (built) {
        const QByteArray input = token.section(QLatin1Char('.'), 0, 1).toLatin1();
        const QByteArray sig = b64url(token.section(QLatin1Char('.'), 2, 2));
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        ok = EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pkey) == 1 &&
             EVP_DigestVerify(md, reinterpret_cast<const unsigned char *>(sig.constData()),
                              size_t(sig.size()), reinterpret_cast<const unsigned char *>(input.constData()),
                              size_t(input.size())) == 1;
        EVP_MD_CTX_free(md);
    }
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bn);
    BN_free(be);
    return ok;
}

QUrlQuery form(const QString &clientId, const QString &secret, const QString &key, const QString &value)
{
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("client_id"), clientId);
    f.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    f.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    f.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return f;
}
} // namespace

class TestEmulatorEntra : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<emu::EmulatorServer> m_server;
    std::unique_ptr<EmuTestClient> m_client;
    emu::ServicePrincipalInfo m_sp;

    QString origin() const { return m_server->loginUrl().toString(QUrl::RemovePath); }
    HttpResult tokenV2(const QString &scope)
    {
        return m_client->tokenRequest(m_sp.tenantId,
                                      form(m_sp.clientId, m_sp.clientSecret, QStringLiteral("scope"), scope));
    }
    HttpResult tokenV1(const QString &resource, const QString &tenant = {})
    {
        const QUrlQuery f = form(m_sp.clientId, m_sp.clientSecret, QStringLiteral("resource"), resource);
        return m_client->send(
            "POST",
            QLatin1Char('/') + (tenant.isEmpty() ? m_sp.tenantId : tenant) + QStringLiteral("/oauth2/token"),
            {}, f.toString(QUrl::FullyEncoded).toUtf8(), {}, "application/x-www-form-urlencoded");
    }
    static QString accessToken(const HttpResult &r)
    {
        return r.json.value(QLatin1String("access_token")).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<emu::EmulatorServer>();
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        m_client = std::make_unique<EmuTestClient>(*m_server);
        m_sp = m_server->primaryServicePrincipal();
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void openIdConfigurationV2()
    {
        // By tenant id and by domain: the issuer names the tenant id, the endpoints keep the path asked.
        for (const QString &tenant : {m_sp.tenantId, QStringLiteral("contoso-isv.example")}) {
            const HttpResult r = m_client->send(
                "GET", QLatin1Char('/') + tenant + QStringLiteral("/v2.0/.well-known/openid-configuration"));
            QCOMPARE(r.status, 200);
            QVERIFY(r.header("Content-Type").startsWith("application/json"));
            QCOMPARE(r.json.value(QLatin1String("issuer")).toString(),
                     origin() + QLatin1Char('/') + m_sp.tenantId + QStringLiteral("/v2.0"));
            const QString base = origin() + QLatin1Char('/') + tenant;
            QCOMPARE(r.json.value(QLatin1String("token_endpoint")).toString(),
                     base + QStringLiteral("/oauth2/v2.0/token"));
            QCOMPARE(r.json.value(QLatin1String("authorization_endpoint")).toString(),
                     base + QStringLiteral("/oauth2/v2.0/authorize"));
            QCOMPARE(r.json.value(QLatin1String("jwks_uri")).toString(),
                     base + QStringLiteral("/discovery/v2.0/keys"));
            QVERIFY(r.json.value(QLatin1String("id_token_signing_alg_values_supported"))
                        .toArray()
                        .contains(QStringLiteral("RS256")));
            QVERIFY(r.json.value(QLatin1String("scopes_supported"))
                        .toArray()
                        .contains(QStringLiteral("offline_access")));
        }
        // The multi-tenant aliases keep Entra's {tenantid} placeholder in the issuer.
        const HttpResult common =
            m_client->send("GET", QStringLiteral("/organizations/v2.0/.well-known/openid-configuration"));
        QCOMPARE(common.status, 200);
        QCOMPARE(common.json.value(QLatin1String("issuer")).toString(),
                 origin() + QStringLiteral("/{tenantid}/v2.0"));
    }

    void openIdConfigurationFollowsHostHeader()
    {
        const QByteArray host = "localhost:" + QByteArray::number(m_server->port());
        const HttpResult r = m_client->send("GET",
                                            QLatin1Char('/') + m_sp.tenantId +
                                                QStringLiteral("/v2.0/.well-known/openid-configuration"),
                                            {}, {}, {{"Host", host}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("token_endpoint")).toString(),
                 QStringLiteral("http://") + QString::fromLatin1(host) + QLatin1Char('/') + m_sp.tenantId +
                     QStringLiteral("/oauth2/v2.0/token"));
        // A Host header that is not a plain host[:port] is not echoed.
        const HttpResult odd = m_client->send("GET",
                                              QLatin1Char('/') + m_sp.tenantId +
                                                  QStringLiteral("/v2.0/.well-known/openid-configuration"),
                                              {}, {}, {{"Host", "evil.example/x?y"}});
        QCOMPARE(odd.status, 200);
        QVERIFY(odd.json.value(QLatin1String("issuer")).toString().startsWith(origin() + QLatin1Char('/')));
    }

    void openIdConfigurationV1()
    {
        const HttpResult r = m_client->send("GET", QLatin1Char('/') + m_sp.tenantId +
                                                       QStringLiteral("/.well-known/openid-configuration"));
        QCOMPARE(r.status, 200);
        const QString base = origin() + QLatin1Char('/') + m_sp.tenantId;
        QCOMPARE(r.json.value(QLatin1String("issuer")).toString(), base + QLatin1Char('/'));
        QCOMPARE(r.json.value(QLatin1String("token_endpoint")).toString(),
                 base + QStringLiteral("/oauth2/token"));
        QCOMPARE(r.json.value(QLatin1String("jwks_uri")).toString(),
                 base + QStringLiteral("/discovery/keys"));
    }

    void discoveryErrors()
    {
        const HttpResult unknown = m_client->send(
            "GET",
            QStringLiteral("/11111111-2222-3333-4444-555555555555/v2.0/.well-known/openid-configuration"));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_tenant"));
        QCOMPARE(unknown.json.value(QLatin1String("error_codes")).toArray(), QJsonArray{90002});
        const HttpResult post =
            m_client->send("POST", QLatin1Char('/') + m_sp.tenantId +
                                       QStringLiteral("/v2.0/.well-known/openid-configuration"));
        QCOMPARE(post.status, 400);
        QCOMPARE(post.json.value(QLatin1String("error_codes")).toArray(), QJsonArray{900561});
    }

    void instanceDiscovery()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("api-version"), QStringLiteral("1.1"));
        q.addQueryItem(
            QStringLiteral("authorization_endpoint"),
            QString::fromLatin1(QUrl::toPercentEncoding(origin() + QLatin1Char('/') + m_sp.tenantId +
                                                        QStringLiteral("/oauth2/v2.0/authorize"))));
        const HttpResult r = m_client->send("GET", QStringLiteral("/common/discovery/instance"), q);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("tenant_discovery_endpoint")).toString(),
                 origin() + QLatin1Char('/') + m_sp.tenantId +
                     QStringLiteral("/v2.0/.well-known/openid-configuration"));
        const QJsonObject metadata = r.json.value(QLatin1String("metadata")).toArray().first().toObject();
        const QString host = m_server->loginUrl().authority();
        QCOMPARE(metadata.value(QLatin1String("preferred_network")).toString(), host);
        QVERIFY(metadata.value(QLatin1String("aliases")).toArray().contains(host));
        // Another instance is unknown here.
        QUrlQuery foreign;
        foreign.addQueryItem(
            QStringLiteral("authorization_endpoint"),
            QStringLiteral("https%3A%2F%2Flogin.example.org%2Ft%2Foauth2%2Fv2.0%2Fauthorize"));
        const HttpResult bad = m_client->send("GET", QStringLiteral("/common/discovery/instance"), foreign);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_instance"));
        QCOMPARE(bad.json.value(QLatin1String("error_codes")).toArray(), QJsonArray{50049});
    }

    void accessTokenIsSignedJwt()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const HttpResult t = tokenV2(kPowerBi + QStringLiteral("/.default"));
        QCOMPARE(t.status, 200);
        const QString token = accessToken(t);
        QCOMPARE(token.count(QLatin1Char('.')), 2);
        const QJsonObject header = jwtPart(token, 0);
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
        const QJsonObject claims = jwtPart(token, 1);
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), kPowerBi);
        QCOMPARE(claims.value(QLatin1String("iss")).toString(),
                 origin() + QLatin1Char('/') + m_sp.tenantId + QLatin1Char('/'));
        QCOMPARE(claims.value(QLatin1String("tid")).toString(), m_sp.tenantId);
        QCOMPARE(claims.value(QLatin1String("oid")).toString(), m_sp.objectId);
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), m_sp.objectId);
        QCOMPARE(claims.value(QLatin1String("appid")).toString(), m_sp.clientId);
        QCOMPARE(claims.value(QLatin1String("idtyp")).toString(), QStringLiteral("app"));
        QCOMPARE(claims.value(QLatin1String("ver")).toString(), QStringLiteral("1.0"));
        QVERIFY(claims.value(QLatin1String("roles")).isArray());
        const qint64 iat = qint64(claims.value(QLatin1String("iat")).toDouble());
        QVERIFY(iat >= before && iat <= QDateTime::currentSecsSinceEpoch());
        QCOMPARE(qint64(claims.value(QLatin1String("nbf")).toDouble()), iat);
        QCOMPARE(qint64(claims.value(QLatin1String("exp")).toDouble()), iat + 3599);

        // The published key verifies it; the key id matches.
        const HttpResult keys =
            m_client->send("GET", QLatin1Char('/') + m_sp.tenantId + QStringLiteral("/discovery/v2.0/keys"));
        QCOMPARE(keys.status, 200);
        const QJsonArray list = keys.json.value(QLatin1String("keys")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject jwk = list.first().toObject();
        QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
        QCOMPARE(jwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        QCOMPARE(jwk.value(QLatin1String("kid")).toString(), header.value(QLatin1String("kid")).toString());
        QVERIFY(verifyWithJwk(token, jwk));
        // A changed claim breaks the signature, for the test's check and for the emulator's.
        QJsonObject forged = claims;
        forged.insert(QStringLiteral("appid"), QStringLiteral("someone-else"));
        const QString tampered = token.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.') +
                                 QString::fromLatin1(QJsonDocument(forged)
                                                         .toJson(QJsonDocument::Compact)
                                                         .toBase64(QByteArray::Base64UrlEncoding |
                                                                   QByteArray::OmitTrailingEquals)) +
                                 QLatin1Char('.') + token.section(QLatin1Char('.'), 2, 2);
        QVERIFY(!verifyWithJwk(tampered, jwk));
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups"), token).status, 200);
        const HttpResult refused = m_client->rest("GET", QStringLiteral("groups"), tampered);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
        // The v1 keys document is the same key set.
        const HttpResult v1keys =
            m_client->send("GET", QLatin1Char('/') + m_sp.tenantId + QStringLiteral("/discovery/keys"));
        QCOMPARE(v1keys.json, keys.json);
    }

    void tokenFromAnotherEmulatorIsRefused()
    {
        emu::EmulatorServer other;
        QVERIFY(other.start(emu::EmulatorOptions()));
        const QString foreign = other.issueToken(m_sp.clientId);
        QCOMPARE(EmuTestClient(other).rest("GET", QStringLiteral("groups"), foreign).status, 200);
        const HttpResult r = m_client->rest("GET", QStringLiteral("groups"), foreign);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");       // AADSTS code of a refusal
        QTest::addColumn<QString>("aud");    // of an issued token
        QTest::addColumn<int>("restStatus"); // GET groups with the issued token
        const QString pbi = kPowerBi + QStringLiteral("/.default");
        QTest::newRow("power bi") << pbi << 200 << 0 << kPowerBi << 200;
        QTest::newRow("power bi + offline_access")
            << pbi + QStringLiteral(" offline_access") << 200 << 0 << kPowerBi << 200;
        QTest::newRow("oidc scopes, any case")
            << QStringLiteral("openid Profile ") + pbi + QStringLiteral(" offline_access email") << 200 << 0
            << kPowerBi << 200;
        QTest::newRow("same resource twice") << pbi + QLatin1Char(' ') + pbi << 200 << 0 << kPowerBi << 200;
        QTest::newRow("power bi app id")
            << QStringLiteral("00000009-0000-0000-c000-000000000000/.default") << 200 << 0
            << QStringLiteral("00000009-0000-0000-c000-000000000000") << 200;
        QTest::newRow("azure management") << QStringLiteral("https://management.core.windows.net//.default")
                                          << 200 << 0 << kManagement << 401;
        QTest::newRow("graph + offline_access")
            << QStringLiteral("https://graph.microsoft.com/.default offline_access") << 200 << 0
            << QStringLiteral("https://graph.microsoft.com") << 401;
        QTest::newRow("two resources")
            << pbi + QStringLiteral(" https://management.core.windows.net//.default") << 400 << 70011
            << QString() << 0;
        QTest::newRow("delegated-style scope")
            << kPowerBi + QStringLiteral("/Workspace.Read.All") << 400 << 1002012 << QString() << 0;
        QTest::newRow("oidc scopes only")
            << QStringLiteral("openid offline_access") << 400 << 1002012 << QString() << 0;
    }

    void scopes()
    {
        QFETCH(QString, scope);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, aud);
        QFETCH(int, restStatus);
        const HttpResult t = tokenV2(scope);
        QCOMPARE(t.status, status);
        if (status != 200) {
            QCOMPARE(t.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_scope"));
            QCOMPARE(t.json.value(QLatin1String("error_codes")).toArray(), QJsonArray{code});
            const QString description = t.json.value(QLatin1String("error_description")).toString();
            QVERIFY2(description.startsWith(QStringLiteral("AADSTS%1: ").arg(code)), qPrintable(description));
            QVERIFY2(description.contains(scope), qPrintable(description));
            return;
        }
        const QString token = accessToken(t);
        QCOMPARE(jwtPart(token, 1).value(QLatin1String("aud")).toString(), aud);
        const HttpResult r = m_client->rest("GET", QStringLiteral("groups"), token);
        QCOMPARE(r.status, restStatus);
        if (restStatus == 401)
            QCOMPARE(r.errorCode(), QStringLiteral("PowerBINotAuthorizedException"));
    }

    void wrongAudienceIsRecordedWithItsApp()
    {
        const QString token =
            accessToken(tokenV2(QStringLiteral("https://management.core.windows.net//.default")));
        m_server->clearRequestLog();
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups"), token).status, 401);
        QCOMPARE(m_server->requestLog().last().servicePrincipalId, m_sp.clientId);
    }

    void v1Endpoint()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const HttpResult r = tokenV1(kPowerBi, QStringLiteral("contoso-isv.example"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        // v1 answers numbers as strings and names the resource.
        QCOMPARE(r.json.value(QLatin1String("expires_in")).toString(), QStringLiteral("3599"));
        QCOMPARE(r.json.value(QLatin1String("ext_expires_in")).toString(), QStringLiteral("3599"));
        const qint64 expiresOn = r.json.value(QLatin1String("expires_on")).toString().toLongLong();
        QVERIFY(expiresOn >= before + 3599 && expiresOn <= QDateTime::currentSecsSinceEpoch() + 3599);
        QVERIFY(r.json.value(QLatin1String("not_before")).toString().toLongLong() >= before);
        QCOMPARE(r.json.value(QLatin1String("resource")).toString(), kPowerBi);
        const QString token = accessToken(r);
        QCOMPARE(jwtPart(token, 1).value(QLatin1String("aud")).toString(), kPowerBi);
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups"), token).status, 200);

        const HttpResult management = tokenV1(kManagement);
        QCOMPARE(management.status, 200);
        QCOMPARE(jwtPart(accessToken(management), 1).value(QLatin1String("aud")).toString(), kManagement);
        QCOMPARE(m_client->rest("GET", QStringLiteral("groups"), accessToken(management)).status, 401);

        // Same client checks as v2; the missing parameter is 'resource'.
        QUrlQuery noResource = form(m_sp.clientId, m_sp.clientSecret, QStringLiteral("scope"),
                                    kPowerBi + QStringLiteral("/.default"));
        const HttpResult missing = m_client->send(
            "POST", QLatin1Char('/') + m_sp.tenantId + QStringLiteral("/oauth2/token"), {},
            noResource.toString(QUrl::FullyEncoded).toUtf8(), {}, "application/x-www-form-urlencoded");
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json.value(QLatin1String("error_codes")).toArray(), QJsonArray{900144});
        QVERIFY(missing.json.value(QLatin1String("error_description"))
                    .toString()
                    .contains(QLatin1String("'resource'")));
        const QUrlQuery wrong =
            form(m_sp.clientId, QStringLiteral("nope"), QStringLiteral("resource"), kPowerBi);
        const HttpResult refused = m_client->send(
            "POST", QLatin1Char('/') + m_sp.tenantId + QStringLiteral("/oauth2/token"), {},
            wrong.toString(QUrl::FullyEncoded).toUtf8(), {}, "application/x-www-form-urlencoded");
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json.value(QLatin1String("error_codes")).toArray(), QJsonArray{7000215});
    }

    void signingKeyKeptBesideState()
    {
        QTemporaryDir dir;
        emu::EmulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        const QString keyPath = options.statePath + QStringLiteral(".signing-key.pem");
        QString token;
        QJsonObject jwks;
        {
            emu::EmulatorServer first;
            QVERIFY(first.start(options));
            QVERIFY(QFile::exists(keyPath));
            QCOMPARE(QFile::permissions(keyPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
            EmuTestClient client(first);
            token = client.primaryToken();
            jwks =
                client.send("GET", QLatin1Char('/') + m_sp.tenantId + QStringLiteral("/discovery/v2.0/keys"))
                    .json;
        }
        emu::EmulatorServer second;
        QVERIFY(second.start(options));
        EmuTestClient client(second);
        QCOMPARE(client.send("GET", QLatin1Char('/') + m_sp.tenantId + QStringLiteral("/discovery/v2.0/keys"))
                     .json,
                 jwks);
        // A token outlives a restart, as Entra's tokens outlive a service's restart.
        QCOMPARE(client.rest("GET", QStringLiteral("groups"), token).status, 200);
        // expire-all covers tokens of an earlier run too.
        QTest::qWait(5);
        second.expireAllTokens();
        QCOMPARE(client.rest("GET", QStringLiteral("groups"), token).status, 403);
    }

    void unreadableKeyFileFailsStart()
    {
        QTemporaryDir dir;
        emu::EmulatorOptions options;
        options.statePath = dir.filePath(QStringLiteral("state.json"));
        QFile key(options.statePath + QStringLiteral(".signing-key.pem"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("not a key");
        key.close();
        emu::EmulatorServer server;
        QString error;
        QVERIFY(!server.start(options, &error));
        QVERIFY2(error.contains(QLatin1String("signing key")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorEntra)
#include "tst_emulator_entra.moc"
