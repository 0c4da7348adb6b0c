#include "JoseTestKeys.h"
#include "TestSupport.h"

#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/Sodium.h"
#include "jose/Jws.h"
#include "json/JsonParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vitae;
using namespace vitae::jose;

Q_DECLARE_METATYPE(vitae::jose::PublicKey)

namespace {

const QByteArray kRfc8032Seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

QJsonObject sdJwtVector()
{
    return json::parseJsonObject(test::readTestData(QStringLiteral("jose/rfc9901-sec5-example.derived.json"))).value();
}

const QJsonObject kClaims{{"iss", "https://university.example"}, {"sub", "did:example:learner"}, {"iat", 1700000000}};

crypto::Ed25519KeyPair rfc8032Key()
{
    return crypto::Ed25519KeyPair::fromSeed(kRfc8032Seed).value();
}

QByteArray edDsaToken(const QString &alg = QStringLiteral("EdDSA"))
{
    const auto pair = rfc8032Key();
    return test::makeCompactJws(QJsonObject{{"alg", alg}, {"typ", "JWT"}}, kClaims,
                                [&](QByteArrayView input) { return pair.sign(input); });
}

PublicKey rfc8032PublicKey()
{
    return ed25519PublicKey(rfc8032Key().publicKey()).value();
}

// Parse and verify in one; any failure counts as "not accepted".
Status parseAndVerify(QByteArrayView token, const PublicKey &key)
{
    const auto jws = parseCompactJws(token);
    if (!jws) {
        return jws.error();
    }
    return verifyJws(jws.value(), key);
}

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes[index] ^ 0x01);
    return bytes;
}

} // namespace

class TestJws : public QObject {
    Q_OBJECT
private slots:
    void testRfc9901IssuerJwtVerifies()
    {
        const QJsonObject vector = sdJwtVector();
        const QByteArray token = vector.value(QLatin1String("issuer_signed_jwt")).toString().toLatin1();
        const auto jws = parseCompactJws(token);
        QVERIFY2(jws.ok(), qPrintable(jws.message()));
        QCOMPARE(jws->alg(), QStringLiteral("ES256"));
        QCOMPARE(jws->header, vector.value(QLatin1String("issuer_jwt_header")).toObject());
        QCOMPARE(jws->payload, vector.value(QLatin1String("issuer_jwt_payload")).toObject());
        QCOMPARE(jws->signingInput, token.left(token.lastIndexOf('.')));
        QCOMPARE(jws->signature.size(), 64);
        const auto key = publicKeyFromJwk(vector.value(QLatin1String("issuer_public_jwk")).toObject());
        QVERIFY(key.ok());
        const Status verified = verifyJws(jws.value(), key.value());
        QVERIFY2(verified.ok(), qPrintable(verified.message()));
        // The holder's key did not sign it.
        const auto holder = publicKeyFromJwk(vector.value(QLatin1String("holder_public_jwk")).toObject());
        QCOMPARE(verifyJws(jws.value(), holder.value()).code(), ErrorCode::InvalidInput);
    }

    void testEdDsaSignedInTest_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("EdDSA") << QStringLiteral("EdDSA");
        QTest::newRow("Ed25519 (fully specified)") << QStringLiteral("Ed25519");
    }
    void testEdDsaSignedInTest()
    {
        QFETCH(QString, alg);
        const QByteArray token = edDsaToken(alg);
        const auto jws = parseCompactJws(token);
        QVERIFY2(jws.ok(), qPrintable(jws.message()));
        QCOMPARE(jws->alg(), alg);
        QCOMPARE(jws->payload, kClaims);
        QCOMPARE(json::parseJsonObject(jws->payloadBytes).value(), kClaims);
        const Status verified = verifyJws(jws.value(), rfc8032PublicKey());
        QVERIFY2(verified.ok(), qPrintable(verified.message()));
        const auto other = ed25519PublicKey(crypto::Ed25519KeyPair::generate().publicKey()).value();
        QCOMPARE(verifyJws(jws.value(), other).code(), ErrorCode::InvalidInput);
    }

    void testEs256SignedInTest()
    {
        const auto signer = test::P256TestKey::generate();
        QVERIFY(!signer.isNull());
        const QByteArray token = test::makeCompactJws(QJsonObject{{"alg", "ES256"}}, kClaims,
                                                      [&](QByteArrayView input) { return signer.sign(input); });
        const auto jws = parseCompactJws(token);
        QVERIFY2(jws.ok(), qPrintable(jws.message()));
        const Status verified = verifyJws(jws.value(), signer.publicKey());
        QVERIFY2(verified.ok(), qPrintable(verified.message()));
        QCOMPARE(verifyJws(jws.value(), test::P256TestKey::generate().publicKey()).message(),
                 QStringLiteral("The token cannot be verified: the signature does not match."));
    }

    // Flipping one bit of any byte of the decoded header, payload or
    // signature, or of any character of the compact text, must never verify.
    void testTamperingFails_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<PublicKey>("key");
        QTest::newRow("EdDSA") << edDsaToken() << rfc8032PublicKey();
        const auto signer = test::P256TestKey::generate();
        QTest::newRow("ES256 (OpenSSL key)")
                << test::makeCompactJws(QJsonObject{{"alg", "ES256"}}, kClaims,
                                        [&](QByteArrayView input) { return signer.sign(input); })
                << signer.publicKey();
        const QJsonObject vector = sdJwtVector();
        QTest::newRow("ES256 (RFC 9901)") << vector.value(QLatin1String("issuer_signed_jwt")).toString().toLatin1()
                                          << publicKeyFromJwk(vector.value(QLatin1String("issuer_public_jwk")).toObject()).value();
    }
    void testTamperingFails()
    {
        QFETCH(QByteArray, token);
        QFETCH(PublicKey, key);
        QVERIFY(parseAndVerify(token, key).ok());
        const QList<QByteArray> parts = token.split('.');
        QCOMPARE(parts.size(), 3);
        int checked = 0;
        for (int part = 0; part < 3; ++part) {
            const QByteArray decoded = crypto::base64UrlDecode(parts[part]).value();
            for (qsizetype i = 0; i < decoded.size(); ++i) {
                QList<QByteArray> tampered = parts;
                tampered[part] = crypto::base64UrlEncode(flipped(decoded, i));
                const QByteArray bad = tampered.join('.');
                QVERIFY2(!parseAndVerify(bad, key).ok(), qPrintable(QStringLiteral("part %1 byte %2").arg(part).arg(i)));
                ++checked;
            }
        }
        for (qsizetype i = 0; i < token.size(); ++i) {
            QVERIFY2(!parseAndVerify(flipped(token, i), key).ok(), qPrintable(QStringLiteral("character %1").arg(i)));
        }
        QVERIFY(checked > 64);
    }

    void testAlgorithmRejected_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("message");
        const QString none = QStringLiteral("alg none is never accepted");
        QTest::newRow("none") << "none" << none;
        QTest::newRow("None") << "None" << none;
        QTest::newRow("NONE") << "NONE" << none;
        QTest::newRow("HS256") << "HS256" << "unsupported algorithm HS256";
        QTest::newRow("RS256") << "RS256" << "unsupported algorithm RS256";
        QTest::newRow("ES384") << "ES384" << "unsupported algorithm ES384";
        QTest::newRow("ES256K") << "ES256K" << "unsupported algorithm ES256K";
        QTest::newRow("unknown") << "XYZ-1" << "unsupported algorithm XYZ-1";
        QTest::newRow("lower-case es256") << "es256" << "unsupported algorithm es256";
        QTest::newRow("empty") << "" << "unsupported algorithm";
    }
    void testAlgorithmRejected()
    {
        QFETCH(QString, alg);
        QFETCH(QString, message);
        const auto pair = rfc8032Key();
        // Signed for real, so only the algorithm can be the reason.
        for (const QByteArray &token :
             {test::makeCompactJws(QJsonObject{{"alg", alg}}, kClaims, [&](QByteArrayView in) { return pair.sign(in); }),
              test::makeCompactJws(QJsonObject{{"alg", alg}}, kClaims, [](QByteArrayView) { return QByteArray(); })}) {
            const auto jws = parseCompactJws(token);
            QVERIFY2(jws.ok(), qPrintable(jws.message()));
            const Status verified = verifyJws(jws.value(), rfc8032PublicKey());
            QCOMPARE(verified.code(), ErrorCode::Unsupported);
            QVERIFY2(verified.message().contains(message), qPrintable(verified.message()));
        }
    }

    void testKeyTypeMismatch()
    {
        const auto p256 = test::P256TestKey::generate();
        const auto edJws = parseCompactJws(edDsaToken()).value();
        const Status edWithP256 = verifyJws(edJws, p256.publicKey());
        QCOMPARE(edWithP256.code(), ErrorCode::Unsupported);
        QVERIFY2(edWithP256.message().contains(QLatin1String("the key type does not match alg EdDSA")),
                 qPrintable(edWithP256.message()));

        const auto esJws = parseCompactJws(test::makeCompactJws(QJsonObject{{"alg", "ES256"}}, kClaims, [&](QByteArrayView in) {
                               return p256.sign(in);
                           })).value();
        const Status esWithEd = verifyJws(esJws, rfc8032PublicKey());
        QCOMPARE(esWithEd.code(), ErrorCode::Unsupported);
        QVERIFY(esWithEd.message().contains(QLatin1String("the key type does not match alg ES256")));
    }

    void testLimits()
    {
        const auto pair = rfc8032Key();
        auto sign = [&](QByteArrayView in) { return pair.sign(in); };
        // A 1 MB header: refused for its size, before decoding or parsing.
        const QByteArray hugeHeader = "{\"alg\":\"EdDSA\",\"x\":\"" + QByteArray(1024 * 1024, 'a') + "\"}";
        auto result = parseCompactJws(test::makeCompactJws(hugeHeader, "{}", sign));
        QCOMPARE(result.code(), ErrorCode::LimitExceeded);
        // Within the token limit but above the 8 KB header limit.
        const QByteArray bigHeader = "{\"alg\":\"EdDSA\",\"x\":\"" + QByteArray(9 * 1024, 'a') + "\"}";
        result = parseCompactJws(test::makeCompactJws(bigHeader, "{}", sign));
        QCOMPARE(result.code(), ErrorCode::LimitExceeded);
        QVERIFY2(result.message().contains(QLatin1String("header")), qPrintable(result.message()));
        // The header limit holds even when the header is not valid base64url.
        result = parseCompactJws(QByteArray(20 * 1024, '!') + ".e30.");
        QCOMPARE(result.code(), ErrorCode::LimitExceeded);
        // A payload that makes the whole token larger than 1 MB.
        const QByteArray bigPayload = "{\"x\":\"" + QByteArray(800 * 1024, 'a') + "\"}";
        result = parseCompactJws(test::makeCompactJws("{\"alg\":\"EdDSA\"}", bigPayload, sign));
        QCOMPARE(result.code(), ErrorCode::LimitExceeded);
        // Caller-chosen limits apply, and a token at the limit is fine.
        const QByteArray token = edDsaToken();
        JwsLimits limits;
        limits.maxTokenBytes = token.size();
        QVERIFY(parseCompactJws(token, limits).ok());
        limits.maxTokenBytes = token.size() - 1;
        QCOMPARE(parseCompactJws(token, limits).code(), ErrorCode::LimitExceeded);
    }

    void testMalformed_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const int invalid = int(ErrorCode::InvalidInput);
        const QByteArray claims = crypto::base64UrlEncode("{\"sub\":\"x\"}");
        const QByteArray sig = crypto::base64UrlEncode(QByteArray(64, 'x'));
        auto token = [&](const QByteArray &header, const QByteArray &payload) {
            return crypto::base64UrlEncode(header) + '.' + crypto::base64UrlEncode(payload) + '.' + sig;
        };
        QTest::newRow("empty") << QByteArray() << invalid << "three parts";
        QTest::newRow("one dot") << QByteArray("e30.e30") << invalid << "three parts";
        QTest::newRow("four parts") << (token("{\"alg\":\"EdDSA\"}", "{}") + ".x") << invalid << "three parts";
        QTest::newRow("header not base64url") << ("eyJ+.e30." + sig) << invalid << "header is not valid base64url";
        QTest::newRow("header padded") << ("e30=." + claims + '.' + sig) << invalid << "header is not valid base64url";
        QTest::newRow("empty header") << ("." + claims + '.' + sig) << invalid << "header is not a JSON object";
        QTest::newRow("header not JSON") << token("alg: EdDSA", "{}") << invalid << "header is not a JSON object";
        QTest::newRow("header array") << token("[\"EdDSA\"]", "{}") << invalid << "header is not a JSON object";
        QTest::newRow("header duplicate alg") << token("{\"alg\":\"none\",\"alg\":\"EdDSA\"}", "{}") << invalid
                                              << "header is not a JSON object";
        QTest::newRow("header trailing comma") << token("{\"alg\":\"EdDSA\",}", "{}") << invalid << "header";
        QTest::newRow("no alg") << token("{\"typ\":\"JWT\"}", "{}") << invalid << "alg";
        QTest::newRow("alg number") << token("{\"alg\":256}", "{}") << invalid << "alg";
        QTest::newRow("alg null") << token("{\"alg\":null}", "{}") << invalid << "alg";
        QTest::newRow("crit") << token("{\"alg\":\"EdDSA\",\"crit\":[\"b64\"],\"b64\":false}", "{}")
                              << int(ErrorCode::Unsupported) << "crit";
        QTest::newRow("payload not base64url") << (crypto::base64UrlEncode("{\"alg\":\"EdDSA\"}") + ".a b." + sig) << invalid
                                               << "payload is not valid base64url";
        QTest::newRow("payload text") << token("{\"alg\":\"EdDSA\"}", "hello") << invalid << "payload is not a JSON object";
        QTest::newRow("payload array") << token("{\"alg\":\"EdDSA\"}", "[1]") << invalid << "payload is not a JSON object";
        QTest::newRow("payload bad UTF-8") << token("{\"alg\":\"EdDSA\"}", "{\"a\":\"\xc0\xaf\"}") << invalid
                                           << "payload is not a JSON object";
        QTest::newRow("signature not base64url") << (crypto::base64UrlEncode("{\"alg\":\"EdDSA\"}") + '.' + claims + ".a/b")
                                                 << invalid << "signature is not valid base64url";
    }
    void testMalformed()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const auto jws = parseCompactJws(token);
        QVERIFY(!jws.ok());
        QCOMPARE(int(jws.code()), code);
        QVERIFY2(jws.message().contains(reason), qPrintable(jws.message()));
        QVERIFY(jws.message().endsWith(QLatin1Char('.')));
    }

    void testEmptySignatureParsesButNeverVerifies()
    {
        const QByteArray token = crypto::base64UrlEncode("{\"alg\":\"EdDSA\"}") + '.' + crypto::base64UrlEncode("{}") + '.';
        const auto jws = parseCompactJws(token);
        QVERIFY(jws.ok());
        QVERIFY(jws->signature.isEmpty());
        QCOMPARE(verifyJws(jws.value(), rfc8032PublicKey()).code(), ErrorCode::InvalidInput);
    }

    // Random bytes, truncations and mutations: only errors, never a crash or
    // an accepted token (run under ASan/UBSan too).
    void testGarbageNeverCrashes()
    {
        QRandomGenerator random(20261123);
        const PublicKey key = rfc8032PublicKey();
        for (int i = 0; i < 2000; ++i) {
            const QByteArray bytes = crypto::randomBytes(random.bounded(0, 300));
            QVERIFY(!parseAndVerify(bytes, key).ok());
        }
        const QByteArray token = edDsaToken();
        for (qsizetype length = 0; length < token.size(); ++length) {
            QVERIFY(!parseAndVerify(token.left(length), key).ok());
            QVERIFY(!parseAndVerify(token.mid(length + 1), key).ok());
        }
        static const char alphabet[] = "ABCabc0189-_.~=+/ \"{}";
        for (int i = 0; i < 3000; ++i) {
            QByteArray mutated = token;
            const int edits = random.bounded(1, 4);
            for (int e = 0; e < edits; ++e) {
                mutated[random.bounded(int(mutated.size()))] = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
            }
            if (mutated != token) {
                QVERIFY(!parseAndVerify(mutated, key).ok());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
