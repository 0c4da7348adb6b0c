// eddsa-jcs-2022 against the W3C vc-di-eddsa test vectors, byte for byte,
// and tamper checks: any change to a signed byte makes verification fail.
#include "TestSupport.h"
#include "crypto/Encoding.h"
#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "json/Jcs.h"
#include "json/JsonParser.h"
#include "verify/EddsaJcs2022.h"

#include <QJsonArray>
#include <QTest>

using namespace vitae;

namespace {
QByteArray vector(const char *name)
{
    return test::readTestData(QStringLiteral("verify/eddsa-jcs-2022/") + QLatin1String(name)).trimmed();
}

QJsonObject withoutProof(QJsonObject document)
{
    document.remove("proof");
    return document;
}

jose::PublicKey vectorKey()
{
    const QJsonObject keyPair = json::parseJsonObject(vector("keyPair.json")).value();
    const auto parsed = did::parseDidKey(QStringLiteral("did:key:") + keyPair.value("publicKeyMultibase").toString());
    return jose::ed25519PublicKey(parsed->publicKey).value();
}
} // namespace

class TestEddsaJcs : public QObject {
    Q_OBJECT
private slots:
    void testCanonicalFormsAndHashes()
    {
        const QJsonObject signedDoc = json::parseJsonObject(vector("signedJCS.json")).value();
        QJsonObject unsecured = signedDoc;
        unsecured.remove("proof");
        QCOMPARE(json::canonicalize(unsecured).value(), vector("canonDocJCS.txt"));
        QJsonObject proofConfig = json::parseJsonObject(vector("proofConfigJCS.json")).value();
        QCOMPARE(json::canonicalize(proofConfig).value(), vector("proofCanonJCS.txt"));
        QCOMPARE(crypto::sha256(vector("canonDocJCS.txt")).toHex(), vector("docHashJCS.txt"));
        QCOMPARE(crypto::sha256(vector("proofCanonJCS.txt")).toHex(), vector("proofHashJCS.txt"));

        const QByteArray hashData = verify::EddsaJcs2022::hashData(unsecured, signedDoc.value("proof").toObject()).value();
        QCOMPARE(hashData.toHex(), vector("combinedHashJCS.txt"));
    }

    void testSignatureMatchesVector()
    {
        const QJsonObject signedDoc = json::parseJsonObject(vector("signedJCS.json")).value();
        const QJsonObject proof = signedDoc.value("proof").toObject();
        const auto signature = crypto::multibaseDecode(proof.value("proofValue").toString().toLatin1());
        QVERIFY(signature);
        QCOMPARE(signature->toHex(), vector("sigHexJCS.txt"));
        QCOMPARE(proof.value("proofValue").toString().toLatin1(), vector("sigBTC58JCS.txt"));
        QVERIFY(verify::EddsaJcs2022().verify(withoutProof(signedDoc), proof, vectorKey()));
    }

    // Every single-byte change of the signed file that still parses and
    // changes the canonical form must fail; changes that break the JSON are
    // rejected by the parser. Whitespace is not signed and is skipped.
    void testEverySignedByteMatters()
    {
        const QByteArray raw = test::readTestData("verify/eddsa-jcs-2022/signedJCS.json");
        const QByteArray original = json::canonicalize(json::parseJsonObject(raw).value()).value();
        const jose::PublicKey key = vectorKey();
        const verify::EddsaJcs2022 suite;
        int checked = 0;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            for (const char replacement : {'x', '1'}) {
                if (raw.at(i) == replacement)
                    continue;
                QByteArray changed = raw;
                changed[i] = replacement;
                const Result<QJsonObject> doc = json::parseJsonObject(changed);
                if (!doc || json::canonicalize(*doc).value() == original)
                    continue;
                ++checked;
                const Status verified = suite.verify(withoutProof(*doc), doc->value("proof").toObject(), key);
                QVERIFY2(!verified, qPrintable(QStringLiteral("byte %1 -> %2").arg(i).arg(replacement)));
            }
        }
        QVERIFY(checked > 500);
    }

    void testMalformedProofValues_data()
    {
        QTest::addColumn<QString>("proofValue");
        QTest::newRow("empty") << "";
        QTest::newRow("no multibase prefix") << "2HnFSSPPBzR36zdDgK8PbEHeXbR56YF24jwMpt3R1eHXQzJDMWS93FCzpvJpwTWd3GAVFuUfjoJdcnTMuVor51aX";
        QTest::newRow("base64url instead of base58") << "uAAAA";
        QTest::newRow("too short") << "z2HnFSSPPBzR36zdDgK8Pb";
        QTest::newRow("not base58") << "z0OIl";
    }
    void testMalformedProofValues()
    {
        QFETCH(QString, proofValue);
        const QJsonObject signedDoc = json::parseJsonObject(vector("signedJCS.json")).value();
        QJsonObject proof = signedDoc.value("proof").toObject();
        proof.insert("proofValue", proofValue);
        const Status verified = verify::EddsaJcs2022().verify(withoutProof(signedDoc), proof, vectorKey());
        QCOMPARE(verified.code(), ErrorCode::InvalidInput);
    }

    void testProofContextMustPrefixDocumentContext()
    {
        QJsonObject signedDoc = json::parseJsonObject(vector("signedJCS.json")).value();
        QJsonObject proof = signedDoc.value("proof").toObject();
        proof.insert("@context", QJsonArray{"https://www.w3.org/ns/credentials/examples/v2"});
        const Status verified = verify::EddsaJcs2022().verify(withoutProof(signedDoc), proof, vectorKey());
        QVERIFY(!verified);
        QVERIFY(verified.message().contains("@context"));
    }
};

QTEST_GUILESS_MAIN(TestEddsaJcs)
#include "tst_eddsajcs.moc"
