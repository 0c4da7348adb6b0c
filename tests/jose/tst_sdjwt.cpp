#include "SdJwtTestIssuer.h"
#include "TestSupport.h"

#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/Sodium.h"
#include "jose/SdJwt.h"
#include "json/JsonParser.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace vitae;
using namespace vitae::jose;

using vitae::test::SdJwtTestIssuer;
using vitae::test::processSdJwt;
using vitae::test::sorted;

namespace {

QJsonObject readVector(const char *name)
{
    return json::parseJsonObject(test::readTestData(QStringLiteral("jose/") + QLatin1String(name))).value();
}

QByteArray field(const QJsonObject &vector, const char *name)
{
    return vector.value(QLatin1String(name)).toString().toUtf8();
}

PublicKey keyFrom(const QJsonValue &jwk)
{
    return publicKeyFromJwk(jwk.toObject()).value();
}

} // namespace

// The published SD-JWT and SD-JWT VC examples, splitting, disclosure
// decoding, limits and hostile input.
class TestSdJwt : public QObject {
    Q_OBJECT
private slots:
    void testRfc9901Presentation()
    {
        const QJsonObject vector = readVector("rfc9901-sec5-example.derived.json");
        const auto sdJwt = parseSdJwt(field(vector, "presentation_sd_jwt_kb"));
        QVERIFY2(sdJwt.ok(), qPrintable(sdJwt.message()));
        QCOMPARE(sdJwt->issuerJwt.alg(), QStringLiteral("ES256"));
        const Status issuerOk = verifyJws(sdJwt->issuerJwt, keyFrom(vector.value(QLatin1String("issuer_public_jwk"))));
        QVERIFY2(issuerOk.ok(), qPrintable(issuerOk.message()));

        QStringList presented;
        for (const Disclosure &d : sdJwt->disclosures) {
            presented << QString::fromLatin1(d.encoded);
            QCOMPARE(d.digest, sdDigest(d.encoded));
        }
        QCOMPARE(QJsonArray::fromStringList(presented), vector.value(QLatin1String("presented_disclosures")).toArray());

        const auto claims = applyDisclosures(sdJwt.value());
        QVERIFY2(claims.ok(), qPrintable(claims.message()));
        QCOMPARE(claims->claims, vector.value(QLatin1String("expected_processed_payload")).toObject());
        QCOMPARE(sorted(claims->disclosedPaths),
                 QStringList({"/address", "/family_name", "/given_name", "/nationalities/0"}));
        QCOMPARE(claims->undisclosedCount, 5 + 1); // five top-level claims and "DE"

        // Key binding: signed by the key in cnf, over this very presentation.
        QVERIFY(sdJwt->keyBinding.has_value());
        const Jws &kb = *sdJwt->keyBinding;
        QCOMPARE(kb.header, vector.value(QLatin1String("kb_jwt_header")).toObject());
        QCOMPARE(kb.payload, vector.value(QLatin1String("kb_jwt_payload")).toObject());
        const PublicKey holder = keyFrom(claims->claims[QLatin1String("cnf")][QLatin1String("jwk")]);
        QCOMPARE(holder, keyFrom(vector.value(QLatin1String("holder_public_jwk"))));
        const Status kbOk = verifyJws(kb, holder);
        QVERIFY2(kbOk.ok(), qPrintable(kbOk.message()));
        QCOMPARE(sdJwt->sdHashInput, field(vector, "sd_hash_input"));
        QCOMPARE(sdDigest(sdJwt->sdHashInput), kb.payload.value(QLatin1String("sd_hash")).toString().toLatin1());
        QCOMPARE(kb.payload.value(QLatin1String("nonce")), vector.value(QLatin1String("nonce")));
        QCOMPARE(kb.payload.value(QLatin1String("aud")), vector.value(QLatin1String("aud")));
        // The issuer's key did not sign the KB-JWT.
        QVERIFY(!verifyJws(kb, keyFrom(vector.value(QLatin1String("issuer_public_jwk")))).ok());
    }

    // The issued SD-JWT carries every disclosure: all of them apply.
    void testRfc9901Issuance()
    {
        const QJsonObject vector = readVector("rfc9901-sec5-example.derived.json");
        const auto sdJwt = parseSdJwt(field(vector, "sd_jwt_issuance"));
        QVERIFY2(sdJwt.ok(), qPrintable(sdJwt.message()));
        QVERIFY(!sdJwt->keyBinding.has_value());
        QCOMPARE(sdJwt->sdHashInput, field(vector, "sd_jwt_issuance"));
        const QJsonArray expectedDisclosures = vector.value(QLatin1String("disclosures")).toArray();
        QCOMPARE(sdJwt->disclosures.size(), expectedDisclosures.size());
        for (int i = 0; i < expectedDisclosures.size(); ++i) {
            const QJsonObject expected = expectedDisclosures.at(i).toObject();
            const Disclosure &d = sdJwt->disclosures.at(i);
            QCOMPARE(d.encoded, field(expected, "disclosure"));
            QCOMPARE(d.digest, field(expected, "sha256_digest"));
            const QJsonArray decoded = expected.value(QLatin1String("decoded")).toArray();
            QCOMPARE(d.salt, decoded.first().toString());
            QCOMPARE(d.name, decoded.size() == 3 ? decoded.at(1).toString() : QString());
            QCOMPARE(d.value, decoded.last());
        }
        QVERIFY(verifyJws(sdJwt->issuerJwt, keyFrom(vector.value(QLatin1String("issuer_public_jwk")))).ok());
        const auto claims = applyDisclosures(sdJwt.value());
        QVERIFY2(claims.ok(), qPrintable(claims.message()));
        QJsonObject expected = vector.value(QLatin1String("input_claims")).toObject();
        const QJsonObject issuerPayload = vector.value(QLatin1String("issuer_jwt_payload")).toObject();
        for (const char *name : {"iss", "iat", "exp", "cnf"}) {
            expected.insert(QLatin1String(name), issuerPayload.value(QLatin1String(name)));
        }
        QCOMPARE(claims->claims, expected);
        QCOMPARE(claims->disclosedPaths.size(), 10);
        QCOMPARE(claims->undisclosedCount, 0);
    }

    void testDisclosureDigestVectors_data()
    {
        QTest::addColumn<QByteArray>("disclosure");
        QTest::addColumn<QByteArray>("digest");
        QTest::addColumn<QJsonArray>("decoded");
        const QJsonObject vector = readVector("rfc9901-sec5-example.derived.json");
        for (const QJsonValue &row : vector.value(QLatin1String("disclosure_digest_vectors")).toArray()) {
            const QJsonObject o = row.toObject();
            QTest::newRow(qPrintable(o.value(QLatin1String("note")).toString()))
                    << field(o, "disclosure") << field(o, "sha256_digest") << o.value(QLatin1String("decoded")).toArray();
        }
    }
    void testDisclosureDigestVectors()
    {
        QFETCH(QByteArray, disclosure);
        QFETCH(QByteArray, digest);
        QFETCH(QJsonArray, decoded);
        QCOMPARE(sdDigest(disclosure), digest);
        const QJsonObject vector = readVector("rfc9901-sec5-example.derived.json");
        const auto sdJwt = parseSdJwt(field(vector, "issuer_signed_jwt") + '~' + disclosure + '~');
        QVERIFY2(sdJwt.ok(), qPrintable(sdJwt.message()));
        QCOMPARE(sdJwt->disclosures.size(), 1);
        const Disclosure &d = sdJwt->disclosures.first();
        QCOMPARE(d.digest, digest);
        QCOMPARE(d.salt, decoded.first().toString());
        QCOMPARE(d.value, decoded.last());
        QCOMPARE(d.name, decoded.size() == 3 ? decoded.at(1).toString() : QString());
        // Not one of this credential's disclosures.
        QCOMPARE(applyDisclosures(sdJwt.value()).code(), ErrorCode::InvalidInput);
    }

    // SD-JWT VC section 2.3: presentations with and without key binding.
    void testSdJwtVcExample()
    {
        const QJsonObject vector = readVector("sd-jwt-vc-sec2.3-example.derived.json");
        const PublicKey issuer = keyFrom(vector.value(QLatin1String("issuer_public_jwk")));

        const auto withKb = parseSdJwt(field(vector, "presentation_sd_jwt_kb"));
        QVERIFY2(withKb.ok(), qPrintable(withKb.message()));
        QCOMPARE(withKb->issuerJwt.header, vector.value(QLatin1String("issuer_jwt_header")).toObject());
        QCOMPARE(withKb->issuerJwt.payload, vector.value(QLatin1String("sd_jwt_payload")).toObject());
        QVERIFY(verifyJws(withKb->issuerJwt, issuer).ok());
        const auto claims = applyDisclosures(withKb.value());
        QVERIFY2(claims.ok(), qPrintable(claims.message()));
        QCOMPARE(claims->claims, vector.value(QLatin1String("expected_processed_payload")).toObject());
        QCOMPARE(sorted(claims->disclosedPaths), QStringList({"/address", "/is_over_65"}));
        QCOMPARE(claims->undisclosedCount, 7);
        QVERIFY(withKb->keyBinding.has_value());
        QCOMPARE(withKb->keyBinding->payload, vector.value(QLatin1String("kb_jwt_payload")).toObject());
        const PublicKey holder = keyFrom(claims->claims[QLatin1String("cnf")][QLatin1String("jwk")]);
        QVERIFY(verifyJws(*withKb->keyBinding, holder).ok());
        QCOMPARE(sdDigest(withKb->sdHashInput),
                 withKb->keyBinding->payload.value(QLatin1String("sd_hash")).toString().toLatin1());

        const auto withoutKb = parseSdJwt(field(vector, "presentation2_no_kb"));
        QVERIFY2(withoutKb.ok(), qPrintable(withoutKb.message()));
        QVERIFY(!withoutKb->keyBinding.has_value());
        QCOMPARE(withoutKb->issuerJwt.header, vector.value(QLatin1String("presentation2_issuer_jwt_header")).toObject());
        QVERIFY(verifyJws(withoutKb->issuerJwt, issuer).ok());
        const auto claims2 = applyDisclosures(withoutKb.value());
        QVERIFY2(claims2.ok(), qPrintable(claims2.message()));
        QCOMPARE(claims2->claims, vector.value(QLatin1String("presentation2_expected_processed_payload")).toObject());

        const auto issued = parseSdJwt(field(vector, "sd_jwt_issuance"));
        QVERIFY2(issued.ok(), qPrintable(issued.message()));
        QCOMPARE(issued->disclosures.size(), vector.value(QLatin1String("disclosures")).toArray().size());
        const auto all = applyDisclosures(issued.value());
        QVERIFY2(all.ok(), qPrintable(all.message()));
        QJsonObject expectedAll = vector.value(QLatin1String("unsecured_payload")).toObject();
        for (const char *name : {"iss", "iat", "exp", "cnf"}) {
            expectedAll.insert(QLatin1String(name), withKb->issuerJwt.payload.value(QLatin1String(name)));
        }
        QCOMPARE(all->claims, expectedAll);
    }

    // Dropping a disclosure changes the sd_hash input, so the KB-JWT no
    // longer matches the presentation.
    void testSdHashCoversDisclosures()
    {
        const QJsonObject vector = readVector("rfc9901-sec5-example.derived.json");
        QByteArray text = field(vector, "presentation_sd_jwt_kb");
        const QByteArray dropped = vector.value(QLatin1String("presented_disclosures")).toArray().first().toString().toLatin1();
        QVERIFY(!dropped.isEmpty());
        text.replace('~' + dropped + '~', "~");
        const auto sdJwt = parseSdJwt(text);
        QVERIFY(sdJwt.ok());
        QCOMPARE(sdJwt->disclosures.size(), 3);
        QVERIFY(sdDigest(sdJwt->sdHashInput)
                != sdJwt->keyBinding->payload.value(QLatin1String("sd_hash")).toString().toLatin1());
        QVERIFY(applyDisclosures(sdJwt.value()).ok()); // still a valid, smaller presentation
    }

    void testSplitting()
    {
        const SdJwtTestIssuer issuer;
        const QByteArray bare = issuer.issue(QJsonObject{{"iss", "x"}}, {});
        auto parsed = parseSdJwt(bare);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QVERIFY(parsed->disclosures.isEmpty());
        QVERIFY(!parsed->keyBinding.has_value());
        QCOMPARE(parsed->sdHashInput, bare);
        QVERIFY(verifyJws(parsed->issuerJwt, issuer.publicKey()).ok());
        QCOMPARE(applyDisclosures(parsed.value())->claims, QJsonObject({{"iss", "x"}}));

        // Without the final '~' it is a plain JWT, not an SD-JWT.
        const QByteArray jwt = bare.chopped(1);
        QCOMPARE(parseSdJwt(jwt).code(), ErrorCode::InvalidInput);
        // A key binding JWT that is not a JWS.
        parsed = parseSdJwt(bare + "not-a-jwt");
        QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
        QVERIFY2(parsed.message().contains(QLatin1String("key binding")), qPrintable(parsed.message()));
        // An issuer JWT that is not a JWS.
        parsed = parseSdJwt("abc~");
        QVERIFY2(parsed.message().contains(QLatin1String("issuer-signed JWT")), qPrintable(parsed.message()));
        // SD-JWT+KB without disclosures: <JWT>~<KB-JWT>.
        parsed = parseSdJwt(bare + jwt);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QVERIFY(parsed->keyBinding.has_value());
        QCOMPARE(parsed->sdHashInput, bare);
    }

    void testMalformedDisclosure_data()
    {
        QTest::addColumn<QByteArray>("disclosure");
        QTest::addColumn<QString>("reason");
        auto b64 = [](const QByteArray &json) { return crypto::base64UrlEncode(json); };
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("not base64url") << QByteArray("WyJ+IiwiYSJd") << "not valid base64url";
        QTest::newRow("padded") << QByteArray("WyJhIiwiYiJd=") << "not valid base64url";
        QTest::newRow("not JSON") << b64("[\"salt\", \"name\", ") << "not JSON";
        QTest::newRow("object") << b64("{\"salt\":\"a\",\"name\":\"b\"}") << "not a JSON array";
        QTest::newRow("string") << b64("\"salt\"") << "not a JSON array";
        QTest::newRow("one element") << b64("[\"salt\"]") << "has 1 elements";
        QTest::newRow("four elements") << b64("[\"salt\",\"name\",1,2]") << "has 4 elements";
        QTest::newRow("empty array") << b64("[]") << "has 0 elements";
        QTest::newRow("number salt") << b64("[42,\"name\",\"value\"]") << "salt";
        QTest::newRow("null salt") << b64("[null,\"value\"]") << "salt";
        QTest::newRow("number name") << b64("[\"salt\",7,\"value\"]") << "claim name";
        QTest::newRow("empty name") << b64("[\"salt\",\"\",\"value\"]") << "claim name";
        QTest::newRow("duplicate keys in value") << b64("[\"salt\",{\"a\":1,\"a\":2}]") << "not JSON";
    }
    void testMalformedDisclosure()
    {
        QFETCH(QByteArray, disclosure);
        QFETCH(QString, reason);
        const QByteArray text = SdJwtTestIssuer().issue(QJsonObject{{"_sd", QJsonArray{SdJwtTestIssuer::digest(disclosure)}}},
                                                   {disclosure});
        const auto sdJwt = parseSdJwt(text);
        QVERIFY(!sdJwt.ok());
        QCOMPARE(sdJwt.code(), ErrorCode::InvalidInput);
        QVERIFY2(sdJwt.message().contains(reason), qPrintable(sdJwt.message()));
        QVERIFY2(sdJwt.message().contains(QLatin1String("disclosure 1")), qPrintable(sdJwt.message()));
    }

    void testLimits()
    {
        const SdJwtTestIssuer issuer;
        // 10,000 disclosures are refused before any is decoded.
        QList<QByteArray> many;
        const QByteArray one = SdJwtTestIssuer::property("n", 1);
        for (int i = 0; i < 10000; ++i) {
            many << one;
        }
        const QByteArray text = issuer.issue(QJsonObject(), many);
        QVERIFY(text.size() < 1024 * 1024);
        auto parsed = parseSdJwt(text);
        QCOMPARE(parsed.code(), ErrorCode::LimitExceeded);
        QVERIFY2(parsed.message().contains(QLatin1String("10000")), qPrintable(parsed.message()));
        // Exactly at the limit is fine, one more is not.
        SdJwtLimits limits;
        limits.maxDisclosures = 3;
        QList<QByteArray> three{SdJwtTestIssuer::element(1), SdJwtTestIssuer::element(2), SdJwtTestIssuer::element(3)};
        QJsonArray digests;
        for (const QByteArray &d : three) {
            digests.append(QJsonObject{{"...", SdJwtTestIssuer::digest(d)}});
        }
        QVERIFY(processSdJwt(issuer.issue(QJsonObject{{"a", digests}}, three), limits).ok());
        three << SdJwtTestIssuer::element(4);
        QCOMPARE(parseSdJwt(issuer.issue(QJsonObject{{"a", digests}}, three), limits).code(), ErrorCode::LimitExceeded);
        // Total size.
        limits = SdJwtLimits();
        limits.maxBytes = 200;
        QCOMPARE(parseSdJwt(issuer.issue(QJsonObject{{"iss", QString(300, QLatin1Char('x'))}}, {}), limits).code(),
                 ErrorCode::LimitExceeded);
        QCOMPARE(parseSdJwt(QByteArray(2 * 1024 * 1024, '~')).code(), ErrorCode::LimitExceeded);
    }

    void testGarbageNeverCrashes()
    {
        QRandomGenerator random(9901);
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes = crypto::randomBytes(random.bounded(0, 400));
            for (int t = 0; t < 3 && !bytes.isEmpty(); ++t) {
                bytes[random.bounded(int(bytes.size()))] = '~';
            }
            QVERIFY(!processSdJwt(bytes).ok());
        }
        const QJsonObject vector = readVector("rfc9901-sec5-example.derived.json");
        const QByteArray text = field(vector, "presentation_sd_jwt_kb");
        for (qsizetype length = 0; length < text.size(); ++length) {
            (void)processSdJwt(text.left(length)); // some truncations are valid SD-JWTs
            QVERIFY(!processSdJwt(text.mid(length + 1)).ok());
        }
        static const char alphabet[] = "ABCWyJ0189-_.~=";
        for (int i = 0; i < 2000; ++i) {
            QByteArray mutated = text;
            mutated[random.bounded(int(mutated.size()))] = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
            (void)processSdJwt(mutated);
        }
    }
};

QTEST_GUILESS_MAIN(TestSdJwt)
#include "tst_sdjwt.moc"
