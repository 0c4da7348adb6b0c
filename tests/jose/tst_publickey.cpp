#include "JoseTestKeys.h"
#include "TestSupport.h"

#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "jose/PublicKey.h"
#include "json/JsonParser.h"

#include <QJsonArray>
#include <QTest>

using namespace vitae;
using namespace vitae::jose;

namespace {

QJsonObject sdJwtVector()
{
    return json::parseJsonObject(test::readTestData(QStringLiteral("jose/rfc9901-sec5-example.derived.json"))).value();
}

QByteArray b64(QByteArrayView bytes)
{
    return crypto::base64UrlEncode(bytes);
}

} // namespace

class TestPublicKey : public QObject {
    Q_OBJECT
private slots:
    void testP256JwkRoundTrip_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        const QJsonObject vector = sdJwtVector();
        QTest::newRow("RFC 9901 issuer") << vector.value(QLatin1String("issuer_public_jwk")).toObject();
        QTest::newRow("RFC 9901 holder") << vector.value(QLatin1String("holder_public_jwk")).toObject();
    }
    void testP256JwkRoundTrip()
    {
        QFETCH(QJsonObject, jwk);
        const auto key = publicKeyFromJwk(jwk);
        QVERIFY2(key.ok(), qPrintable(key.message()));
        QCOMPARE(key->type, PublicKey::Type::P256);
        QCOMPARE(key->raw.size(), 65);
        QCOMPARE(key->raw.at(0), char(0x04));
        QCOMPARE(publicKeyToJwk(key.value()), jwk);
    }

    void testEd25519JwkRoundTrip()
    {
        // RFC 8032 section 7.1, test 1 public key.
        const QByteArray raw = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QJsonObject jwk{{"kty", "OKP"}, {"crv", "Ed25519"}, {"x", QString::fromLatin1(b64(raw))}};
        const auto key = publicKeyFromJwk(jwk);
        QVERIFY2(key.ok(), qPrintable(key.message()));
        QCOMPARE(key->type, PublicKey::Type::Ed25519);
        QCOMPARE(key->raw, raw);
        QCOMPARE(publicKeyToJwk(key.value()), jwk);
        QCOMPARE(ed25519PublicKey(raw).value(), key.value());
    }

    void testJwkRejected_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QJsonObject p256 = sdJwtVector().value(QLatin1String("issuer_public_jwk")).toObject();
        const int invalid = int(ErrorCode::InvalidInput);
        const int unsupported = int(ErrorCode::Unsupported);
        auto with = [&](const char *member, const QJsonValue &value) {
            QJsonObject jwk = p256;
            jwk.insert(QLatin1String(member), value);
            return jwk;
        };
        auto without = [&](const char *member) {
            QJsonObject jwk = p256;
            jwk.remove(QLatin1String(member));
            return jwk;
        };
        QByteArray y = crypto::base64UrlDecode(p256.value(QLatin1String("y")).toString().toLatin1()).value();
        y[31] = char(y[31] ^ 0x01);
        QTest::newRow("private key") << with("d", "gPh-VvVS8MbvKQ9LSVVmfnxnKjHn4Tqj0bmbpehRlpc") << invalid << "private";
        QTest::newRow("RSA") << with("kty", "RSA") << unsupported << "RSA";
        QTest::newRow("P-384") << with("crv", "P-384") << unsupported << "P-384";
        QTest::newRow("secp256k1") << with("crv", "secp256k1") << unsupported << "secp256k1";
        QTest::newRow("no kty") << without("kty") << invalid << "kty";
        QTest::newRow("no crv") << without("crv") << invalid << "crv";
        QTest::newRow("no y") << without("y") << invalid << "\"y\"";
        QTest::newRow("x is a number") << with("x", 42) << invalid << "\"x\"";
        QTest::newRow("x padded") << with("x", p256.value(QLatin1String("x")).toString() + "=") << invalid
                                  << "base64url";
        QTest::newRow("x short") << with("x", QString::fromLatin1(b64(QByteArray(31, 'a')))) << invalid
                                 << "31 bytes";
        QTest::newRow("off the curve") << with("y", QString::fromLatin1(b64(y))) << invalid << "curve";
        QTest::newRow("X25519") << QJsonObject{{"kty", "OKP"}, {"crv", "X25519"}, {"x", "3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08"}}
                                << unsupported << "X25519";
        QTest::newRow("Ed25519 private") << QJsonObject{{"kty", "OKP"}, {"crv", "Ed25519"},
                                                        {"x", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"},
                                                        {"d", "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"}}
                                         << invalid << "private";
        QTest::newRow("Ed25519 small order") << QJsonObject{{"kty", "OKP"}, {"crv", "Ed25519"},
                                                            {"x", QString::fromLatin1(b64(QByteArray(32, '\0')))}}
                                             << invalid << "curve";
        QTest::newRow("Ed25519 x 33 bytes") << QJsonObject{{"kty", "OKP"}, {"crv", "Ed25519"},
                                                           {"x", QString::fromLatin1(b64(QByteArray(33, '\1')))}}
                                            << invalid << "33 bytes";
    }
    void testJwkRejected()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const auto key = publicKeyFromJwk(jwk);
        QVERIFY(!key.ok());
        QCOMPARE(int(key.code()), code);
        QVERIFY2(key.message().contains(reason), qPrintable(key.message()));
    }

    // did:key P-256 vectors carry the compressed key (in the DID) and the
    // JWK (in the document): decompression must give the JWK's x and y.
    void testCompressedMatchesDidKeyVectors_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        QTest::addColumn<QJsonObject>("jwk");
        const QJsonObject vectors = json::parseJsonObject(test::readTestData(QStringLiteral("jose/nist-curves.json"))).value();
        int rows = 0;
        for (auto it = vectors.begin(); it != vectors.end(); ++it) {
            const QJsonObject jwk = it.value()[QLatin1String("verificationMethod")][QLatin1String("publicKeyJwk")].toObject();
            if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256")) {
                continue;
            }
            const QString did = it.key();
            QVERIFY(did.startsWith(QLatin1String("did:key:z")));
            const auto multicodec = crypto::base58btcDecode(did.mid(9).toLatin1());
            QVERIFY(multicodec.has_value());
            QCOMPARE(multicodec->left(2), QByteArray::fromHex("8024")); // p256-pub varint
            QTest::newRow(qPrintable(did.right(12))) << multicodec->mid(2) << jwk;
            ++rows;
        }
        QVERIFY(rows >= 2);
    }
    void testCompressedMatchesDidKeyVectors()
    {
        QFETCH(QByteArray, compressed);
        QFETCH(QJsonObject, jwk);
        QCOMPARE(compressed.size(), 33);
        const auto key = p256PublicKeyFromCompressed(compressed);
        QVERIFY2(key.ok(), qPrintable(key.message()));
        QCOMPARE(publicKeyToJwk(key.value()), jwk);
        QCOMPARE(publicKeyFromJwk(jwk).value(), key.value());
    }

    void testCompressedRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("uncompressed prefix") << (QByteArray(1, '\x04') + QByteArray(32, '\x01'));
        QTest::newRow("32 bytes") << (QByteArray(1, '\x02') + QByteArray(31, '\x01'));
        QTest::newRow("34 bytes") << (QByteArray(1, '\x02') + QByteArray(33, '\x01'));
        QTest::newRow("x above the field prime") << (QByteArray(1, '\x02') + QByteArray(32, '\xff'));
        QTest::newRow("infinity") << QByteArray(1, '\0');
    }
    void testCompressedRejectsBadInput()
    {
        QFETCH(QByteArray, compressed);
        QCOMPARE(p256PublicKeyFromCompressed(compressed).code(), ErrorCode::InvalidInput);
    }

    // About half of all x have no point; those must be refused, the others
    // must give a point that the JWK import (on-curve check) accepts.
    void testCompressedOffCurveX()
    {
        int rejected = 0;
        for (int x = 1; x <= 32; ++x) {
            QByteArray compressed(33, '\0');
            compressed[0] = '\x02';
            compressed[32] = char(x);
            const auto key = p256PublicKeyFromCompressed(compressed);
            if (!key.ok()) {
                ++rejected;
                QVERIFY(key.message().contains(QLatin1String("curve")));
                continue;
            }
            QVERIFY(publicKeyFromJwk(publicKeyToJwk(key.value())).ok());
        }
        QVERIFY(rejected > 0);
        QVERIFY(rejected < 32);
    }

    void testEd25519Rfc8032_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        // RFC 8032 section 7.1, tests 1 to 3.
        QTest::newRow("test 1") << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                                << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                                << QByteArray()
                                << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("test 2") << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                                << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
                                << QByteArray::fromHex("72")
                                << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("test 3") << QByteArray::fromHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
                                << QByteArray::fromHex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
                                << QByteArray::fromHex("af82")
                                << QByteArray::fromHex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    }
    void testEd25519Rfc8032()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const auto pair = crypto::Ed25519KeyPair::fromSeed(seed);
        QVERIFY(pair.ok());
        QCOMPARE(pair->publicKey(), publicKey);
        const auto key = ed25519PublicKey(publicKey);
        QVERIFY(key.ok());
        QVERIFY(verifySignature(key.value(), message, signature));
        QVERIFY(!verifySignature(key.value(), message + "x", signature));
        QVERIFY(!verifySignature(key.value(), message, signature.left(63)));
        for (int i = 0; i < signature.size(); i += 7) {
            QByteArray bad = signature;
            bad[i] = char(bad[i] ^ 0x01);
            QVERIFY(!verifySignature(key.value(), message, bad));
        }
    }

    void testEs256SignedWithOpenSsl()
    {
        const auto signer = test::P256TestKey::generate();
        QVERIFY(!signer.isNull());
        const PublicKey key = signer.publicKey();
        QCOMPARE(key.raw.size(), 65);
        // Export and import again: the JWK path must give the same key.
        QCOMPARE(publicKeyFromJwk(publicKeyToJwk(key)).value(), key);
        const QByteArray message("A learner's transcript");
        const QByteArray signature = signer.sign(message);
        QCOMPARE(signature.size(), 64);
        QVERIFY(verifySignature(key, message, signature));
        QVERIFY(!verifySignature(key, "A learner's transcripT", signature));
        QVERIFY(!verifySignature(key, message, signature.left(63)));
        QVERIFY(!verifySignature(key, message, QByteArray(64, '\0')));
        QVERIFY(!verifySignature(key, message, QByteArray(64, '\xff')));
        QVERIFY(!verifySignature(test::P256TestKey::generate().publicKey(), message, signature));
        // A P-256 signature never verifies as Ed25519 and vice versa.
        QVERIFY(!verifySignature(PublicKey{PublicKey::Type::Ed25519, key.raw.mid(1, 32)}, message, signature));
        QVERIFY(!verifySignature(PublicKey{PublicKey::Type::P256, QByteArray(65, '\x04')}, message, signature));
    }

    // JOSE accepts both s and n - s; OpenSSL must not reject the high form.
    void testEs256AcceptsHighS()
    {
        const auto signer = test::P256TestKey::generate();
        const QByteArray message("high and low s");
        const QByteArray signature = signer.sign(message);
        // n, the order of the P-256 group.
        const QByteArray order = QByteArray::fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
        QByteArray s = signature.mid(32);
        QByteArray negated(32, '\0');
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            int digit = int(quint8(order[i])) - int(quint8(s[i])) - borrow;
            borrow = digit < 0 ? 1 : 0;
            negated[i] = char(digit + 256 * borrow);
        }
        QVERIFY(verifySignature(signer.publicKey(), message, signature.left(32) + negated));
    }
};

QTEST_GUILESS_MAIN(TestPublicKey)
#include "tst_publickey.moc"
