#include "JoseTestKeys.h"

#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "did/DidJwk.h"

#include <QJsonDocument>
#include <QTest>

using namespace vitae;
using namespace vitae::jose;

namespace {

// The P-256 and X25519 examples of the did:jwk method specification
// (github.com/quartzjer/did-jwk, spec.md, "Examples").
const QString kSpecP256 = QStringLiteral(
        "did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91c3pFakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAiLCJ5"
        "IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9");
const QJsonObject kSpecP256Jwk{{"crv", "P-256"},
                               {"kty", "EC"},
                               {"x", "acbIQiuMs3i8_uszEjJ2tpTtRM4EU3yz91PH6CdH2V0"},
                               {"y", "_KcyLj9vWMptnmKtm46GqDz8wf74I5LKgrl2GzH3nSE"}};

QString didFor(const QByteArray &json)
{
    return QStringLiteral("did:jwk:") + QString::fromLatin1(crypto::base64UrlEncode(json));
}

QString didFor(const QJsonObject &jwk)
{
    return didFor(QJsonDocument(jwk).toJson(QJsonDocument::Compact));
}

} // namespace

class TestDidJwk : public QObject {
    Q_OBJECT
private slots:
    void testSpecP256Example()
    {
        for (const QString &did : {kSpecP256, kSpecP256 + QStringLiteral("#0")}) {
            const auto key = did::parseDidJwk(did);
            QVERIFY2(key.ok(), qPrintable(key.message()));
            QCOMPARE(key->type, PublicKey::Type::P256);
            QCOMPARE(publicKeyToJwk(key.value()), kSpecP256Jwk);
        }
        // The same JWK, serialized our way, names the same key.
        QCOMPARE(did::parseDidJwk(didFor(kSpecP256Jwk)).value(), did::parseDidJwk(kSpecP256).value());
    }

    void testSpecX25519ExampleIsNotASigningKey()
    {
        const QString did = QStringLiteral(
                "did:jwk:eyJrdHkiOiJPS1AiLCJjcnYiOiJYMjU1MTkiLCJ1c2UiOiJlbmMiLCJ4IjoiM3A3YmZYdDl3YlRUVzJIQzdPUTFOei1EUThoYmVH"
                "ZE5yZngtRkctSUswOCJ9");
        const auto key = did::parseDidJwk(did);
        QCOMPARE(key.code(), ErrorCode::InvalidInput);
        QVERIFY2(key.message().startsWith(QLatin1String("Not a valid did:jwk")), qPrintable(key.message()));
        QVERIFY2(key.message().contains(QLatin1String("X25519")), qPrintable(key.message()));
        // Truncated copies are not base64url of a JSON object.
        for (int cut = 1; cut < 12; ++cut) {
            QCOMPARE(did::parseDidJwk(did.chopped(cut)).code(), ErrorCode::InvalidInput);
        }
    }

    void testKeysBuiltHere()
    {
        const auto pair = crypto::Ed25519KeyPair::fromSeed(QByteArray(32, '\x2a')).value();
        const PublicKey ed = ed25519PublicKey(pair.publicKey()).value();
        auto parsed = did::parseDidJwk(didFor(publicKeyToJwk(ed)));
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed.value(), ed);
        // Extra members (use, kid, alg) are allowed and ignored.
        QJsonObject withExtras = publicKeyToJwk(ed);
        withExtras.insert(QStringLiteral("use"), QStringLiteral("sig"));
        withExtras.insert(QStringLiteral("kid"), QStringLiteral("key-1"));
        QCOMPARE(did::parseDidJwk(didFor(withExtras) + QStringLiteral("#0")).value(), ed);

        const PublicKey p256 = test::P256TestKey::generate().publicKey();
        parsed = did::parseDidJwk(didFor(publicKeyToJwk(p256)));
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed.value(), p256);
    }

    void testMalformed_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QString>("reason");
        QJsonObject privateJwk = kSpecP256Jwk;
        privateJwk.insert(QStringLiteral("d"), QStringLiteral("gPh-VvVS8MbvKQ9LSVVmfnxnKjHn4Tqj0bmbpehRlpc"));
        QJsonObject offCurve = kSpecP256Jwk;
        offCurve.insert(QStringLiteral("y"), QStringLiteral("_KcyLj9vWMptnmKtm46GqDz8wf74I5LKgrl2GzH3nSA"));
        const QString base = kSpecP256;
        QTest::newRow("empty") << QString() << "did:jwk:";
        QTest::newRow("did:key") << QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK") << "did:jwk:";
        QTest::newRow("upper-case method") << QString(base).replace(QStringLiteral("did:jwk"), QStringLiteral("did:JWK"))
                                           << "did:jwk:";
        QTest::newRow("no key") << QStringLiteral("did:jwk:") << "missing";
        QTest::newRow("only fragment") << QStringLiteral("did:jwk:#0") << "missing";
        QTest::newRow("fragment #1") << base + QStringLiteral("#1") << "#0";
        QTest::newRow("fragment #key-1") << base + QStringLiteral("#key-1") << "#0";
        QTest::newRow("empty fragment") << base + QStringLiteral("#") << "#0";
        QTest::newRow("query") << base + QStringLiteral("?service=x") << "base64url";
        QTest::newRow("path") << base + QStringLiteral("/path") << "base64url";
        QTest::newRow("padding") << didFor(QByteArray("{\"kty\":\"EC\"}")) + QStringLiteral("=") << "base64url";
        QTest::newRow("space") << QStringLiteral("did:jwk: ") + base.mid(8) << "base64url";
        QTest::newRow("non-ASCII") << base + QStringLiteral("\u00e9") << "base64url";
        QTest::newRow("not JSON") << didFor(QByteArray("kty=EC")) << "JSON object";
        QTest::newRow("JSON array") << didFor(QByteArray("[1,2]")) << "JSON object";
        QTest::newRow("duplicate member") << didFor(QByteArray("{\"kty\":\"EC\",\"kty\":\"OKP\"}")) << "JSON object";
        QTest::newRow("private key") << didFor(privateJwk) << "private";
        QTest::newRow("off the curve") << didFor(offCurve) << "curve";
        QTest::newRow("RSA") << didFor(QJsonObject{{"kty", "RSA"}, {"n", "AQAB"}, {"e", "AQAB"}}) << "RSA";
        QTest::newRow("secp256k1") << didFor(QJsonObject{{"kty", "EC"}, {"crv", "secp256k1"}, {"x", "AA"}, {"y", "AA"}})
                                   << "secp256k1";
        QTest::newRow("too long") << didFor(QJsonObject{{"kty", "OKP"}, {"pad", QString(10000, QLatin1Char('a'))}}) << "longer";
    }
    void testMalformed()
    {
        QFETCH(QString, did);
        QFETCH(QString, reason);
        const auto key = did::parseDidJwk(did);
        QVERIFY(!key.ok());
        QCOMPARE(key.code(), ErrorCode::InvalidInput);
        QVERIFY2(key.message().startsWith(QLatin1String("Not a valid did:jwk")), qPrintable(key.message()));
        QVERIFY2(key.message().contains(reason), qPrintable(key.message()));
    }
};

QTEST_GUILESS_MAIN(TestDidJwk)
#include "tst_didjwk.moc"
