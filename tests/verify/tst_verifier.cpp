// The verifier end to end: real signatures from a test issuer, status lists
// and issuer metadata served from files, and every verdict a learner can see.
#include "JoseTestKeys.h"
#include "TestIssuer.h"
#include "TestSupport.h"
#include "credential/CredentialReader.h"
#include "crypto/Encoding.h"
#include "net/FileResolver.h"
#include "verify/RdfcSuites.h"
#include "verify/Verifier.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>


using namespace vitae;
using namespace vitae::verify;

namespace {

credential::Credential read(const QJsonObject &document)
{
    auto credential = credential::readCredential(QJsonDocument(document).toJson());
    if (!credential)
        qFatal("test credential unreadable: %s", qPrintable(credential.message()));
    return *credential;
}

credential::Credential read(const QByteArray &bytes)
{
    auto credential = credential::readCredential(bytes);
    if (!credential)
        qFatal("test credential unreadable: %s", qPrintable(credential.message()));
    return *credential;
}

Outcome outcomeOf(const VerificationResult &result, const QString &check)
{
    const CheckResult *found = result.find(check);
    return found ? found->outcome : Outcome::Unknown;
}

QString codeOf(const VerificationResult &result, const QString &check)
{
    const CheckResult *found = result.find(check);
    return found ? found->code : QString();
}

const QString kListUrl = QStringLiteral("https://college.example/status/1");

} // namespace

class TestVerifier : public QObject {
    Q_OBJECT
private:
    test::TestIssuer m_issuer;
    VerifyContext m_offline;

    QJsonObject withStatus(QJsonObject vc, int index, const QString &purpose = QStringLiteral("revocation")) const
    {
        vc.insert("credentialStatus", QJsonObject{{"id", kListUrl + "#" + QString::number(index)},
                                                  {"type", "BitstringStatusListEntry"},
                                                  {"statusPurpose", purpose},
                                                  {"statusListIndex", QString::number(index)},
                                                  {"statusListCredential", kListUrl}});
        return vc;
    }

    QByteArray statusListCredential(const QList<int> &setBits, const QString &purpose = QStringLiteral("revocation")) const
    {
        return QJsonDocument(m_issuer.statusListCredential(kListUrl, setBits, purpose)).toJson();
    }

private slots:
    void testSignedBadgeFromUnknownIssuer()
    {
        const VerificationResult result = verifyCredential(read(m_issuer.signJcs(m_issuer.badge())), m_offline);
        QCOMPARE(outcomeOf(result, check::Structure), Outcome::Passed);
        QCOMPARE(outcomeOf(result, check::Signature), Outcome::Passed);
        QCOMPARE(codeOf(result, check::Signature), QStringLiteral("signature.valid"));
        QCOMPARE(outcomeOf(result, check::ValidityWindow), Outcome::Passed);
        QCOMPARE(codeOf(result, check::Status), QStringLiteral("status.none"));
        // A valid signature from an unregistered issuer is a warning, not a failure.
        QCOMPARE(codeOf(result, check::IssuerTrust), QStringLiteral("issuer.unknown"));
        QCOMPARE(result.verdict(), Verdict::Warning);
        QCOMPARE(result.toJson().value("verdict").toString(), QStringLiteral("warning"));
    }

    void testRegisteredIssuerIsVerified()
    {
        TrustStore trust;
        const QByteArray list = QStringLiteral(R"({"vitaeTrustList": 1, "name": "Community colleges",
            "issuers": [{"id": "%1", "name": "Riverside Community College"}]})").arg(m_issuer.did()).toUtf8();
        QVERIFY(trust.addList(list, "test"));
        VerifyContext context;
        context.trust = &trust;
        const VerificationResult result = verifyCredential(read(m_issuer.signJcs(m_issuer.badge())), context);
        QCOMPARE(codeOf(result, check::IssuerTrust), QStringLiteral("issuer.registered"));
        QVERIFY(result.find(check::IssuerTrust)->message.contains("Community colleges"));
        QCOMPARE(result.verdict(), Verdict::Verified);

        // The Digital Credentials Consortium registry format works the same.
        TrustStore dcc;
        QVERIFY(dcc.addList(QStringLiteral(R"({"meta": {"name": "DCC"}, "registry": {"%1": {"name": "Riverside"}}})")
                                    .arg(m_issuer.did()).toUtf8(), "x"));
        QVERIFY(dcc.find(m_issuer.did()).has_value());
        QCOMPARE(dcc.find(m_issuer.did())->listName, QStringLiteral("DCC"));
        QCOMPARE(trust.addList("{\"something\": 1}", "x").code(), ErrorCode::InvalidInput);
    }

    void testSelfAsserted()
    {
        VerifyContext context;
        context.holderDids = {m_issuer.did()};
        const VerificationResult result = verifyCredential(read(m_issuer.signJcs(m_issuer.badge())), context);
        QCOMPARE(codeOf(result, check::IssuerTrust), QStringLiteral("issuer.self-asserted"));
        QCOMPARE(result.verdict(), Verdict::Warning);
    }

    void testTamperedFails()
    {
        QJsonObject signedBadge = m_issuer.signJcs(m_issuer.badge());
        signedBadge.insert("name", "Doctor of Medicine");
        const VerificationResult result = verifyCredential(read(signedBadge), m_offline);
        QCOMPARE(codeOf(result, check::Signature), QStringLiteral("signature.invalid"));
        QCOMPARE(result.verdict(), Verdict::Failed);
    }

    void testProofProblems()
    {
        // Signed by someone other than the named issuer.
        test::TestIssuer mallory('m');
        QJsonObject claimed = m_issuer.badge();
        const VerificationResult impostor = verifyCredential(read(mallory.signJcs(claimed)), m_offline);
        QCOMPARE(codeOf(impostor, check::Signature), QStringLiteral("signature.not-issuer"));
        QCOMPARE(impostor.verdict(), Verdict::Failed);

        const VerificationResult purpose = verifyCredential(read(m_issuer.signJcs(m_issuer.badge(), "authentication")), m_offline);
        QCOMPARE(codeOf(purpose, check::Signature), QStringLiteral("signature.wrong-purpose"));

        QJsonObject unsigned_ = m_issuer.badge();
        QCOMPARE(codeOf(verifyCredential(read(unsigned_), m_offline), check::Signature), QStringLiteral("signature.missing"));

        QJsonObject unknownSuite = m_issuer.signJcs(m_issuer.badge());
        QJsonObject proof = unknownSuite.value("proof").toObject();
        proof.insert("cryptosuite", "rot13-2099");
        unknownSuite.insert("proof", proof);
        const VerificationResult unknown = verifyCredential(read(unknownSuite), m_offline);
        QCOMPARE(codeOf(unknown, check::Signature), QStringLiteral("signature.unknown-suite"));
        QVERIFY(unknown.find(check::Signature)->message.contains("rot13-2099"));
        QCOMPARE(unknown.verdict(), Verdict::Failed);
    }

    // A context Vitae does not ship: the signature cannot be checked, which
    // is "unknown", never "passed" and never "forged".
    void testUnknownContextIsUnknown()
    {
        QJsonObject vc = m_issuer.badge();
        vc.insert("@context", QJsonArray{"https://www.w3.org/ns/credentials/v2", "https://example.org/private-context"});
        QJsonObject signedVc = vc;
        QJsonObject proof{{"type", "DataIntegrityProof"}, {"cryptosuite", "eddsa-rdfc-2022"},
                          {"verificationMethod", m_issuer.verificationMethod()}, {"proofPurpose", "assertionMethod"},
                          {"proofValue", QString::fromLatin1(crypto::multibaseBase58btc(QByteArray(64, '\1')))}};
        signedVc.insert("proof", proof);
        const VerificationResult result = verifyCredential(read(signedVc), m_offline);
        QCOMPARE(codeOf(result, check::Signature), QStringLiteral("signature.unknown-context"));
        QVERIFY(result.find(check::Signature)->message.contains("unknown context https://example.org/private-context"));
        QCOMPARE(result.verdict(), Verdict::Unknown);
    }

    void testPendingSuiteIsUnsupported()
    {
        QJsonObject vc = m_issuer.signJcs(m_issuer.badge());
        QJsonObject proof = vc.value("proof").toObject();
        proof.insert("type", "Ed25519Signature2018");
        proof.remove("cryptosuite");
        vc.insert("proof", proof);
        const VerificationResult result = verifyCredential(read(vc), m_offline);
        QCOMPARE(codeOf(result, check::Signature), QStringLiteral("signature.unsupported-suite"));
        QVERIFY(result.find(check::Signature)->message.contains("unsupported proof suite"));
        QCOMPARE(result.verdict(), Verdict::Unknown);
    }

    void testValidityWindow()
    {
        QJsonObject vc = m_issuer.badge();
        vc.insert("validUntil", "2026-01-01T00:00:00Z");
        const credential::Credential credential = read(m_issuer.signJcs(vc));
        VerifyContext context;
        context.now = [] { return QDateTime(QDate(2025, 12, 31), QTime(23, 58), Qt::UTC); };
        QCOMPARE(codeOf(verifyCredential(credential, context), check::ValidityWindow), QStringLiteral("validity.valid"));
        // Within the clock-skew allowance after expiry: still accepted.
        context.now = [] { return QDateTime(QDate(2026, 1, 1), QTime(0, 3), Qt::UTC); };
        QCOMPARE(codeOf(verifyCredential(credential, context), check::ValidityWindow), QStringLiteral("validity.valid"));
        context.now = [] { return QDateTime(QDate(2026, 1, 1), QTime(0, 6), Qt::UTC); };
        const VerificationResult expired = verifyCredential(credential, context);
        QCOMPARE(codeOf(expired, check::ValidityWindow), QStringLiteral("validity.expired"));
        QCOMPARE(expired.verdict(), Verdict::Failed);
        context.now = [] { return QDateTime(QDate(2025, 8, 31), QTime(12, 0), Qt::UTC); };
        QCOMPARE(codeOf(verifyCredential(credential, context), check::ValidityWindow), QStringLiteral("validity.not-yet-valid"));
    }

    void testStatusList_data()
    {
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QList<int>>("setBits");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("active") << "revocation" << QList<int>{3, 99} << "status.active";
        QTest::newRow("revoked") << "revocation" << QList<int>{42} << "status.revoked";
        QTest::newRow("suspended") << "suspension" << QList<int>{42} << "status.suspended";
        QTest::newRow("first bit") << "revocation" << QList<int>{0} << "status.active";
    }
    void testStatusList()
    {
        QFETCH(QString, purpose);
        QFETCH(QList<int>, setBits);
        QFETCH(QString, expectedCode);
        net::FileResolver resolver;
        resolver.addBytes(QUrl(kListUrl), statusListCredential(setBits, purpose), "application/vc+ld+json");
        VerifyContext context;
        context.resolver = &resolver;
        const VerificationResult result = verifyCredential(read(m_issuer.signJcs(withStatus(m_issuer.badge(), 42, purpose))), context);
        QCOMPARE(codeOf(result, check::Status), expectedCode);
        QCOMPARE(result.verdict() == Verdict::Failed, expectedCode != "status.active");
    }

    void testStatusUnknownWhenOffline()
    {
        const credential::Credential credential = read(m_issuer.signJcs(withStatus(m_issuer.badge(), 7)));
        const VerificationResult offline = verifyCredential(credential, m_offline);
        QCOMPARE(codeOf(offline, check::Status), QStringLiteral("status.offline"));
        QCOMPARE(outcomeOf(offline, check::Status), Outcome::Warning); // never shown as checked
        net::FileResolver nothing;
        VerifyContext context;
        context.resolver = &nothing;
        QCOMPARE(codeOf(verifyCredential(credential, context), check::Status), QStringLiteral("status.offline"));
    }

    void testForgedStatusListIsNotTrusted()
    {
        // A status list altered to say "not revoked": its proof fails.
        QJsonObject list = QJsonDocument::fromJson(statusListCredential({1})).object();
        QJsonObject subject = list.value("credentialSubject").toObject();
        subject.insert("encodedList", test::encodedStatusList({}));
        list.insert("credentialSubject", subject);
        net::FileResolver resolver;
        resolver.addBytes(QUrl(kListUrl), QJsonDocument(list).toJson());
        VerifyContext context;
        context.resolver = &resolver;
        const VerificationResult result = verifyCredential(read(m_issuer.signJcs(withStatus(m_issuer.badge(), 1))), context);
        QCOMPARE(codeOf(result, check::Status), QStringLiteral("status.list-unverified"));
        QCOMPARE(outcomeOf(result, check::Status), Outcome::Warning);
    }

    void testJwtVc()
    {
        QJsonObject vc = m_issuer.badge();
        const QByteArray token = m_issuer.signJwt({{"iss", m_issuer.did()}, {"nbf", 1735689600}, {"vc", vc}});
        const VerificationResult good = verifyCredential(read(token), m_offline);
        QCOMPARE(codeOf(good, check::Signature), QStringLiteral("signature.valid"));

        QByteArray tampered = token;
        tampered[tampered.indexOf('.') + 5] = tampered[tampered.indexOf('.') + 5] == 'A' ? 'B' : 'A';
        auto changed = credential::readCredential(tampered);
        if (changed) // a change that still decodes must fail the signature
            QCOMPARE(verifyCredential(*changed, m_offline).verdict(), Verdict::Failed);

        const QByteArray none = crypto::base64UrlEncode(R"({"alg":"none"})") + '.'
                + token.split('.').at(1) + '.';
        auto unsigned_ = credential::readCredential(none);
        if (unsigned_) {
            const VerificationResult result = verifyCredential(*unsigned_, m_offline);
            QCOMPARE(result.verdict(), Verdict::Failed);
            QVERIFY2(result.find(check::Signature)->message.contains("none"), qPrintable(result.find(check::Signature)->message));
        }
    }

    void testSdJwtVcWithIssuerMetadata()
    {
        const QJsonObject example = QJsonDocument::fromJson(test::readTestData("jose/sd-jwt-vc-sec2.3-example.derived.json")).object();
        QVERIFY(!example.isEmpty());
        const QString sdJwt = example.value("sd_jwt_issuance").toString();
        QVERIFY(!sdJwt.isEmpty());
        auto credential = credential::readCredential(sdJwt.toUtf8());
        QVERIFY2(credential, qPrintable(credential.message()));
        QCOMPARE(credential->format, credential::Format::SdJwtVc);
        QVERIFY(!credential->disclosableClaims.isEmpty());

        // The issuer's keys, as its JWT VC issuer metadata would publish them.
        QUrl issuer(credential->issuerId);
        QUrl metadataUrl = issuer;
        metadataUrl.setPath("/.well-known/jwt-vc-issuer" + (issuer.path() == "/" ? QString() : issuer.path()));
        QJsonObject jwk = example.value("issuer_public_jwk").toObject();
        const QString kid = credential->jws->header.value("kid").toString();
        if (!kid.isEmpty())
            jwk.insert("kid", kid);
        const QJsonObject metadata{{"issuer", credential->issuerId}, {"jwks", QJsonObject{{"keys", QJsonArray{jwk}}}}};
        net::FileResolver resolver;
        resolver.addBytes(metadataUrl, QJsonDocument(metadata).toJson());
        VerifyContext context;
        context.resolver = &resolver;
        context.now = [] { return QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC); };
        const VerificationResult result = verifyCredential(*credential, context);
        QCOMPARE(codeOf(result, check::Signature), QStringLiteral("signature.valid"));
        QCOMPARE(outcomeOf(result, check::Signature), Outcome::Passed);

        // Offline, the key cannot be had: unknown, not failed.
        const VerificationResult offline = verifyCredential(*credential, m_offline);
        QCOMPARE(codeOf(offline, check::Signature), QStringLiteral("signature.key-unreachable"));
        QCOMPARE(offline.verdict(), Verdict::Unknown);
    }

    // ecdsa-rdfc-2019 from a P-256 did:key issuer.
    void testEcdsaRdfc2019()
    {
        const test::P256TestKey key = test::P256TestKey::generate();
        QVERIFY(!key.isNull());
        const QByteArray point = key.publicKey().raw; // 0x04 || x || y
        QByteArray compressed = QByteArray(1, char(0x02 | (point.at(64) & 1))) + point.mid(1, 32);
        const QString did = "did:key:" + QString::fromLatin1(crypto::multibaseBase58btc(QByteArray::fromHex("8024") + compressed));
        QJsonObject vc = m_issuer.badge();
        QJsonObject issuer = vc.value("issuer").toObject();
        issuer.insert("id", did);
        vc.insert("issuer", issuer);
        QJsonObject proof{{"type", "DataIntegrityProof"}, {"cryptosuite", "ecdsa-rdfc-2019"},
                          {"created", "2025-09-01T00:00:00Z"}, {"verificationMethod", did + "#" + did.mid(8)},
                          {"proofPurpose", "assertionMethod"}};
        const QByteArray hash = RdfcSuite::hashData(vc, proof).value();
        proof.insert("proofValue", QString::fromLatin1(crypto::multibaseBase58btc(key.sign(hash))));
        vc.insert("proof", proof);
        const VerificationResult result = verifyCredential(read(vc), m_offline);
        QCOMPARE(codeOf(result, check::Signature), QStringLiteral("signature.valid"));
        QVERIFY(result.find(check::Signature)->message.contains("ecdsa-rdfc-2019"));

        vc.insert("name", "Tampered");
        QCOMPARE(codeOf(verifyCredential(read(vc), m_offline), check::Signature), QStringLiteral("signature.invalid"));
    }

    void testClrVerifiesEachCredentialInside()
    {
        QJsonObject clr = m_issuer.badge("Transcript");
        QJsonArray inner{m_issuer.signJcs(m_issuer.badge("Course A"))};
        QJsonObject tampered = m_issuer.signJcs(m_issuer.badge("Course B"));
        tampered.insert("name", "Course B with honours");
        inner.append(tampered);
        QJsonObject subject = clr.value("credentialSubject").toObject();
        subject.insert("verifiableCredential", inner);
        clr.insert("credentialSubject", subject);
        clr.insert("type", QJsonArray{"VerifiableCredential", "ClrCredential"});
        const credential::Credential credential = read(m_issuer.signJcs(clr));
        QCOMPARE(credential.nested.size(), 2);
        const VerificationResult result = verifyCredential(credential, m_offline);
        QCOMPARE(codeOf(result, check::Signature), QStringLiteral("signature.valid"));
        QCOMPARE(result.nested.size(), 2);
        QCOMPARE(codeOf(result.nested.at(0), check::Signature), QStringLiteral("signature.valid"));
        QCOMPARE(codeOf(result.nested.at(1), check::Signature), QStringLiteral("signature.invalid"));
        QCOMPARE(result.verdict(), Verdict::Failed);
    }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
