// The wallet's own signatures: every suite it signs with must verify with
// the verifier's suites, carry what was asked (purpose, challenge, domain,
// expiry), and fail once anything signed is changed.
#include "crypto/Encoding.h"
#include "jose/Jws.h"
#include "sign/Signer.h"
#include "verify/ProofSuite.h"

#include <QJsonArray>
#include <QTest>

using namespace vitae;

namespace {

QJsonObject presentation()
{
    return {{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
            {"type", QJsonArray{"VerifiablePresentation"}},
            {"holder", "did:example:holder"}};
}

Status verifyDocument(const QJsonObject &secured, const crypto::Ed25519KeyPair &key)
{
    const QJsonObject proof = secured.value("proof").toObject();
    const verify::ProofSuite *suite = verify::findProofSuite(proof);
    if (!suite)
        return makeError(ErrorCode::Unsupported, "no suite");
    QJsonObject document = secured;
    document.remove("proof");
    return suite->verify(document, proof, jose::ed25519PublicKey(key.publicKey()).value());
}

} // namespace

class TestSigner : public QObject {
    Q_OBJECT
private slots:
    void dataIntegrity_data()
    {
        QTest::addColumn<int>("suite");
        QTest::addColumn<QString>("suiteName");
        QTest::newRow("eddsa-rdfc-2022") << int(sign::ProofSuiteKind::EddsaRdfc2022) << "eddsa-rdfc-2022";
        QTest::newRow("eddsa-jcs-2022") << int(sign::ProofSuiteKind::EddsaJcs2022) << "eddsa-jcs-2022";
        QTest::newRow("Ed25519Signature2020") << int(sign::ProofSuiteKind::Ed25519Signature2020)
                                              << "Ed25519Signature2020";
    }

    void dataIntegrity()
    {
        QFETCH(int, suite);
        QFETCH(QString, suiteName);
        const auto key = crypto::Ed25519KeyPair::generate();
        sign::ProofOptions options;
        options.suite = sign::ProofSuiteKind(suite);
        options.proofPurpose = "authentication";
        options.challenge = "c-123";
        options.domain = "jobs.example";
        options.expires = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        const auto secured = sign::addDataIntegrityProof(presentation(), key, options);
        QVERIFY2(secured.ok(), qPrintable(secured.message()));

        const QJsonObject proof = secured->value("proof").toObject();
        QCOMPARE(verify::proofSuiteName(proof), suiteName);
        QCOMPARE(proof.value("proofPurpose").toString(), "authentication");
        QCOMPARE(proof.value("challenge").toString(), "c-123");
        QCOMPARE(proof.value("domain").toString(), "jobs.example");
        QCOMPARE(proof.value("expires").toString(), "2030-01-01T00:00:00Z");
        QCOMPARE(proof.value("verificationMethod").toString(), sign::didKeyVerificationMethod(key));
        const Status verified = verifyDocument(*secured, key);
        QVERIFY2(verified.ok(), qPrintable(verified.message()));

        QJsonObject changedDocument = *secured;
        changedDocument.insert("holder", "did:example:someone-else");
        QVERIFY(!verifyDocument(changedDocument, key).ok());

        QJsonObject changedProof = *secured;
        QJsonObject replayed = proof;
        replayed.insert("challenge", "c-456");
        changedProof.insert("proof", replayed);
        QVERIFY(!verifyDocument(changedProof, key).ok());

        QVERIFY(!verifyDocument(*secured, crypto::Ed25519KeyPair::generate()).ok());
    }

    void ed25519Signature2020AddsItsContextOnce()
    {
        const auto key = crypto::Ed25519KeyPair::generate();
        sign::ProofOptions options;
        options.suite = sign::ProofSuiteKind::Ed25519Signature2020;
        const auto once = sign::addDataIntegrityProof(presentation(), key, options);
        QVERIFY(once.ok());
        const auto twice = sign::addDataIntegrityProof(*once, key, options);
        QVERIFY(twice.ok());
        QCOMPARE(twice->value("@context").toArray().size(), 2);
    }

    void undefinedTermIsRefusedForRdfc()
    {
        QJsonObject document = presentation();
        document.insert("notInAnyContext", "x");
        const auto secured = sign::addDataIntegrityProof(document, crypto::Ed25519KeyPair::generate(), {});
        QVERIFY(!secured.ok());
        QCOMPARE(secured.code(), ErrorCode::InvalidInput);
    }

    void compactJws()
    {
        const auto key = crypto::Ed25519KeyPair::generate();
        const QByteArray token = sign::signCompactJws({{"typ", "openid4vci-proof+jwt"}}, {{"nonce", "n-1"}}, key);
        const auto jws = jose::parseCompactJws(token);
        QVERIFY2(jws.ok(), qPrintable(jws.message()));
        QCOMPARE(jws->alg(), "EdDSA");
        QCOMPARE(jws->header.value("typ").toString(), "openid4vci-proof+jwt");
        QCOMPARE(jws->payload.value("nonce").toString(), "n-1");
        QVERIFY(jose::verifyJws(*jws, jose::ed25519PublicKey(key.publicKey()).value()).ok());
        QVERIFY(!jose::verifyJws(*jws, jose::ed25519PublicKey(crypto::Ed25519KeyPair::generate().publicKey()).value()).ok());
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
