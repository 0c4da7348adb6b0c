// Offline parts of collecting: credential offers (1.0 and draft field
// names, hostile shapes), the well-known address rule, and holder binding.
#include "TestIssuer.h"
#include "exchange/CredentialOffer.h"
#include "exchange/HolderBinding.h"
#include "exchange/IssuerMetadata.h"
#include "jose/PublicKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vitae;

namespace {
const char *kPreAuth = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
}

class TestCredentialOffer : public QObject {
    Q_OBJECT
private slots:
    void testVersion1Offer()
    {
        const QJsonObject offer{{"credential_issuer", "https://issuer.example/tenant"},
                                {"credential_configuration_ids", QJsonArray{"a", "b", "a"}},
                                {"grants", QJsonObject{{kPreAuth, QJsonObject{{"pre-authorized_code", "code-1"},
                                                                              {"tx_code", QJsonObject{{"length", 6},
                                                                                                      {"input_mode", "text"},
                                                                                                      {"description", "Look\nhere"}}}}}}}};
        auto parsed = exchange::parseCredentialOffer(QJsonDocument(offer).toJson(), false);
        QVERIFY2(parsed, qPrintable(parsed.message()));
        QCOMPARE(parsed->issuer, QUrl("https://issuer.example/tenant"));
        QCOMPARE(parsed->configurationIds, (QStringList{"a", "b"}));
        QCOMPARE(parsed->preAuthorizedCode, QStringLiteral("code-1"));
        QVERIFY(parsed->txCode);
        QCOMPARE(parsed->txCode->length, 6);
        QCOMPARE(parsed->txCode->inputMode, QStringLiteral("text"));
        QCOMPARE(parsed->txCode->description, QStringLiteral("Look here")); // control characters gone
    }

    void testDraft11Offer()
    {
        const QJsonObject offer{{"credential_issuer", "https://issuer.example"},
                                {"credentials", QJsonArray{"UniversityDegree"}},
                                {"grants", QJsonObject{{kPreAuth, QJsonObject{{"pre-authorized_code", "c"}, {"user_pin_required", true}}}}}};
        auto parsed = exchange::parseCredentialOffer(QJsonDocument(offer).toJson(), false);
        QVERIFY2(parsed, qPrintable(parsed.message()));
        QCOMPARE(parsed->configurationIds, QStringList{"UniversityDegree"});
        QVERIFY(parsed->txCode);
        QCOMPARE(parsed->txCode->length, 0);
    }

    void testBadOffers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("deep") << QByteArray(5000, char(0x5b)) /* '[' */ << "not valid JSON";
        QTest::newRow("issuer not a string") << QByteArray("{\"credential_issuer\":5}") << "credential_issuer";
        QTest::newRow("issuer with query")
                << QByteArray("{\"credential_issuer\":\"https://i.example/?a=1\",\"credential_configuration_ids\":[\"x\"]}")
                << "query or fragment";
        QTest::newRow("javascript issuer")
                << QByteArray("{\"credential_issuer\":\"javascript:alert\",\"credential_configuration_ids\":[\"x\"]}")
                << "cannot be used";
        QTest::newRow("grants not object")
                << QByteArray("{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"x\"],\"grants\":[]}")
                << "grants";
        QTest::newRow("no code")
                << QByteArray("{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"x\"],\"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{}}}")
                << "no code";
        QTest::newRow("tx_code not object")
                << QByteArray("{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"x\"],\"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{\"pre-authorized_code\":\"c\",\"tx_code\":\"1234\"}}}")
                << "tx_code";
        QTest::newRow("tx_code mode")
                << QByteArray("{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"x\"],\"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{\"pre-authorized_code\":\"c\",\"tx_code\":{\"input_mode\":\"emoji\"}}}}")
                << "unknown kind";
        QTest::newRow("huge length")
                << QByteArray("{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"x\"],\"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{\"pre-authorized_code\":\"c\",\"tx_code\":{\"length\":1e300}}}}")
                << "length";
        QTest::newRow("http authorization server")
                << QByteArray("{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"x\"],\"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{\"pre-authorized_code\":\"c\",\"authorization_server\":\"http://as.example\"}}}")
                << "authorization server";
    }
    void testBadOffers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        auto parsed = exchange::parseCredentialOffer(json, false);
        QVERIFY(!parsed);
        QVERIFY2(parsed.message().contains(words), qPrintable(parsed.message()));
    }

    void testWellKnownUrl()
    {
        QCOMPARE(exchange::wellKnownUrl(QUrl("https://issuer.example"), "openid-credential-issuer"),
                 QUrl("https://issuer.example/.well-known/openid-credential-issuer"));
        QCOMPARE(exchange::wellKnownUrl(QUrl("https://issuer.example/tenant/"), "oauth-authorization-server"),
                 QUrl("https://issuer.example/.well-known/oauth-authorization-server/tenant"));
    }

    void testHolderBinding()
    {
        const test::TestIssuer issuer;
        const auto holder = crypto::Ed25519KeyPair::fromSeed(QByteArray(32, 'h'));
        const QString holderDid = "did:key:" + test::TestIssuer('h').did().mid(8);
        const QByteArray key = holder->publicKey();
        const QJsonObject jwk = jose::publicKeyToJwk({jose::PublicKey::Type::Ed25519, key});

        QVERIFY(exchange::checkBoundToHolder(issuer.sdJwtVc(jwk), holderDid, key));
        const auto other = exchange::checkBoundToHolder(issuer.sdJwtVc(jose::publicKeyToJwk({jose::PublicKey::Type::Ed25519, issuer.key().publicKey()})),
                                                        holderDid, key);
        QVERIFY(other.message().contains("issued to someone else"));
        QVERIFY(exchange::checkBoundToHolder(issuer.sdJwtVc(), holderDid, key).message().contains("does not say who"));

        QJsonObject vc = issuer.badge();
        QVERIFY(exchange::checkBoundToHolder(QJsonDocument(issuer.signJcs(vc)).toJson(), holderDid, key)
                        .message().contains("issued to someone else"));
        QJsonObject subject = vc.value("credentialSubject").toObject();
        subject.insert("id", holderDid);
        vc.insert("credentialSubject", subject);
        QVERIFY(exchange::checkBoundToHolder(QJsonDocument(issuer.signJcs(vc)).toJson(), holderDid, key));
        QVERIFY(exchange::checkBoundToHolder(issuer.signJwt({{"iss", issuer.did()}, {"sub", holderDid}, {"vc", vc}}), holderDid, key));
        QVERIFY(!exchange::checkBoundToHolder(issuer.signJwt({{"iss", issuer.did()}, {"sub", issuer.did()}, {"vc", vc}}), holderDid, key));
        QVERIFY(exchange::checkBoundToHolder("garbage", holderDid, key).message().contains("cannot read"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialOffer)
#include "tst_credentialoffer.moc"
