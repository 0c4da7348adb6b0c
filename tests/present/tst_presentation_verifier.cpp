// The verifier's side: honest presentations pass; replays, expired ones,
// forgeries, someone else's credentials and tampered disclosures are each
// rejected with a named reason.
#include "PresentFixtures.h"
#include "TestSupport.h"
#include "crypto/Encoding.h"
#include "net/FileResolver.h"
#include "present/Presentation.h"
#include "present/PresentationVerifier.h"
#include "present/SdJwtPresentation.h"
#include "jose/SdJwt.h"

#include <QTest>

using namespace vitae;
using namespace vitae::present;
using vitae::test::item;
using verify::Outcome;
using verify::Verdict;

namespace {

QString codeOf(const PresentationResult &result, const QString &check)
{
    const verify::CheckResult *found = result.presentation.find(check);
    return found ? found->code : QStringLiteral("(none)");
}

} // namespace

class TestPresentationVerifier : public QObject {
    Q_OBJECT
private:
    test::PresentFixtures f;
    verify::VerifyContext m_context; // offline

    PresentOptions options(const QString &challenge = "c-1") const
    {
        PresentOptions options;
        options.challenge = challenge;
        options.domain = "jobs.example";
        return options;
    }

    PresentationExpectations expect(const QString &challenge = "c-1", const QString &domain = "jobs.example") const
    {
        return {challenge, domain, {}, 300};
    }

    QByteArray build(const QList<PresentItem> &items, const PresentOptions &opts) const
    {
        auto built = buildPresentation(items, f.holderKey, f.holderDid, opts);
        if (!built)
            qFatal("could not build: %s", qPrintable(built.message()));
        return built->bytes;
    }

private slots:
    void honestVpPasses_data()
    {
        QTest::addColumn<int>("suite");
        QTest::newRow("eddsa-rdfc-2022") << int(sign::ProofSuiteKind::EddsaRdfc2022);
        QTest::newRow("Ed25519Signature2020") << int(sign::ProofSuiteKind::Ed25519Signature2020);
        QTest::newRow("eddsa-jcs-2022") << int(sign::ProofSuiteKind::EddsaJcs2022);
    }

    void honestVpPasses()
    {
        QFETCH(int, suite);
        PresentOptions opts = options();
        opts.suite = sign::ProofSuiteKind(suite);
        const QByteArray vp = build({item(f.badge("A")), item(f.badge("B")), item(f.jwtVc())}, opts);
        const PresentationResult result = verifyPresentation(vp, expect(), m_context);
        for (const verify::CheckResult &check : result.presentation.checks)
            QVERIFY2(check.outcome == Outcome::Passed, qPrintable(check.code + ": " + check.message));
        QCOMPARE(result.holder, f.holderDid);
        QCOMPARE(result.credentials.size(), 3);
        for (const PresentedCredential &presented : result.credentials)
            QCOMPARE(presented.result.find(verify::check::Signature)->outcome, Outcome::Passed);
        // The test issuer is on no trust list: honest, so a warning.
        QCOMPARE(result.verdict(), Verdict::Warning);
        QCOMPARE(result.toJson().value("credentials").toArray().size(), 3);
    }

    void replayedToAnotherVerifierFails_data()
    {
        QTest::addColumn<QString>("challenge");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("code");
        QTest::newRow("other challenge") << "c-2" << "jobs.example" << presentationCheck::Challenge
                                         << "presentation.challenge-mismatch";
        QTest::newRow("other domain") << "c-1" << "evil.example" << presentationCheck::Domain
                                      << "presentation.domain-mismatch";
    }

    void replayedToAnotherVerifierFails()
    {
        QFETCH(QString, challenge);
        QFETCH(QString, domain);
        QFETCH(QString, check);
        QFETCH(QString, code);
        for (const QByteArray &presentation : {build({item(f.badge("A"))}, options()),
                                               build({item(f.sdJwt(), {"given_name"})}, options())}) {
            const PresentationResult result = verifyPresentation(presentation, expect(challenge, domain), m_context);
            QCOMPARE(codeOf(result, check), code);
            QCOMPARE(result.verdict(), Verdict::Failed);
        }
    }

    void expiredFails()
    {
        PresentOptions opts = options();
        opts.expires = QDateTime::currentDateTimeUtc().addSecs(3600);
        for (const QByteArray &presentation : {build({item(f.badge("A"))}, opts), build({item(f.sdJwt())}, opts)}) {
            PresentationExpectations later = expect();
            QCOMPARE(codeOf(verifyPresentation(presentation, later, m_context), presentationCheck::Expiry),
                     "presentation.fresh");
            later.now = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
            const PresentationResult result = verifyPresentation(presentation, later, m_context);
            QCOMPARE(codeOf(result, presentationCheck::Expiry), "presentation.expired");
            QCOMPARE(result.verdict(), Verdict::Failed);
        }
    }

    void tamperedVpFails()
    {
        QByteArray vp = build({item(f.badge("Data Literacy"))}, options());
        vp.replace("Data Literacy", "Brain Surgery");
        const PresentationResult result = verifyPresentation(vp, expect(), m_context);
        QCOMPARE(codeOf(result, presentationCheck::HolderProof), "presentation.signature");
        QCOMPARE(result.verdict(), Verdict::Failed);
    }

    void someoneElsesCredentialFails()
    {
        // Mallory signs a presentation of a badge issued to the holder.
        const auto mallory = crypto::Ed25519KeyPair::generate();
        const QString malloryDid = did::didKeyFromEd25519(mallory.publicKey());
        QJsonObject vp{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                       {"type", "VerifiablePresentation"},
                       {"holder", malloryDid},
                       {"verifiableCredential", QJsonArray{f.badge("A").document}}};
        sign::ProofOptions proof;
        proof.proofPurpose = "authentication";
        proof.challenge = "c-1";
        proof.domain = "jobs.example";
        vp = sign::addDataIntegrityProof(vp, mallory, proof).value();
        const PresentationResult result = verifyPresentation(QJsonDocument(vp).toJson(), expect(), m_context);
        QCOMPARE(codeOf(result, presentationCheck::HolderProof), "presentation.signed");
        QCOMPARE(codeOf(result, presentationCheck::Binding), "presentation.holder-not-subject");
        QCOMPARE(result.verdict(), Verdict::Failed);

        // The same for an SD-JWT bound to the holder, inside Mallory's VP.
        const QByteArray sdJwt = buildPresentation({item(f.sdJwt())}, f.holderKey, f.holderDid, options())->bytes;
        vp.insert("verifiableCredential",
                  QJsonArray{QJsonObject{{"@context", "https://www.w3.org/ns/credentials/v2"},
                                         {"type", "EnvelopedVerifiableCredential"},
                                         {"id", "data:application/dc+sd-jwt," + QString::fromLatin1(sdJwt)}}});
        vp = sign::addDataIntegrityProof(vp, mallory, proof).value();
        const PresentationResult enveloped = verifyPresentation(QJsonDocument(vp).toJson(), expect(), m_context);
        QCOMPARE(codeOf(enveloped, presentationCheck::Binding), "presentation.holder-not-subject");
    }

    void sdJwtShowsOnlyTheDisclosedClaims()
    {
        const QByteArray presentation = build({item(f.sdJwt(), {"given_name"})}, options());
        const PresentationResult result = verifyPresentation(presentation, expect(), m_context);
        QCOMPARE(codeOf(result, presentationCheck::HolderProof), "presentation.kb-valid");
        QCOMPARE(codeOf(result, presentationCheck::Challenge), "presentation.challenge-matches");
        QCOMPARE(result.credentials.size(), 1);
        const QJsonObject claims = result.credentials.first().disclosedClaims;
        QCOMPARE(claims.value("given_name"), "Ana");
        QVERIFY(!claims.contains("family_name"));
        QVERIFY(result.credentials.first().selectivelyDisclosed);
    }

    void sdJwtTampering_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("code");
        QTest::newRow("foreign disclosure") << 0 << presentationCheck::Format << "presentation.unreadable";
        QTest::newRow("disclosure dropped after binding") << 1 << presentationCheck::HolderProof
                                                          << "presentation.kb-sd-hash";
        QTest::newRow("no key binding") << 2 << presentationCheck::HolderProof << "presentation.kb-missing";
        QTest::newRow("kb signed by another key") << 3 << presentationCheck::HolderProof
                                                  << "presentation.kb-signature";
    }

    void sdJwtTampering()
    {
        QFETCH(int, which);
        QFETCH(QString, check);
        QFETCH(QString, code);
        const QByteArray presentation = build({item(f.sdJwt(), {"given_name", "family_name"})}, options());
        const QList<QByteArray> parts = presentation.split('~');
        QByteArray changed;
        switch (which) {
        case 0: {
            const QByteArray foreign = crypto::base64UrlEncode("[\"salt\",\"shoe_size\",44]");
            changed = parts.mid(0, parts.size() - 1).join('~') + '~' + foreign + '~' + parts.last();
            break;
        }
        case 1: changed = parts.at(0) + '~' + parts.at(1) + '~' + parts.last(); break;
        case 2: changed = f.issuer.sdJwtVc(f.holderJwk()); break;
        default: break; // 3: a KB-JWT signed by hand below (presentSdJwt refuses another key)
        }
        if (which == 3) {
            const QByteArray withoutKb = parts.mid(0, parts.size() - 1).join('~') + '~';
            const auto other = crypto::Ed25519KeyPair::generate();
            const QJsonObject claims{{"aud", "jobs.example"}, {"nonce", "c-1"},
                                     {"iat", QDateTime::currentSecsSinceEpoch()},
                                     {"sd_hash", QString::fromLatin1(jose::sdDigest(withoutKb))}};
            changed = withoutKb + sign::signCompactJws({{"typ", "kb+jwt"}}, claims, other);
        }
        const PresentationResult result = verifyPresentation(changed, expect(), m_context);
        QCOMPARE(codeOf(result, check), code);
        QCOMPARE(result.verdict(), Verdict::Failed);
    }

    void unboundSdJwtWarns()
    {
        const auto built = buildPresentation({item(f.sdJwt(false), {"given_name"})}, f.holderKey, f.holderDid, options());
        QVERIFY(built.ok());
        const PresentationResult result = verifyPresentation(built->bytes, expect(), m_context);
        QCOMPARE(codeOf(result, presentationCheck::HolderProof), "presentation.unbound");
        QCOMPARE(result.verdict(), Verdict::Warning);
    }

    // The SD-JWT VC specification's own presentation (ES256 issuer and holder,
    // a KB-JWT made by its authors): Vitae's verifier accepts it.
    void specificationPresentationVerifies()
    {
        const QJsonObject example =
                QJsonDocument::fromJson(test::readTestData("jose/sd-jwt-vc-sec2.3-example.derived.json")).object();
        const QByteArray presentation = example.value("presentation_sd_jwt_kb").toString().toUtf8();
        const QJsonObject kb = example.value("kb_jwt_payload").toObject();
        QVERIFY(!presentation.isEmpty());

        QJsonObject jwk = example.value("issuer_public_jwk").toObject();
        jwk.insert("kid", example.value("issuer_jwt_header").toObject().value("kid"));
        net::FileResolver resolver;
        resolver.addBytes(QUrl("https://example.com/.well-known/jwt-vc-issuer/issuer"),
                          QJsonDocument(QJsonObject{{"issuer", "https://example.com/issuer"},
                                                    {"jwks", QJsonObject{{"keys", QJsonArray{jwk}}}}})
                                  .toJson());
        verify::VerifyContext context;
        context.resolver = &resolver;
        PresentationExpectations expectations{kb.value("nonce").toString(), kb.value("aud").toString(),
                                              QDateTime::fromSecsSinceEpoch(kb.value("iat").toInteger() + 60, Qt::UTC), 300};
        context.now = [now = expectations.now] { return now; };

        const PresentationResult result = verifyPresentation(presentation, expectations, context);
        QCOMPARE(codeOf(result, presentationCheck::HolderProof), "presentation.kb-valid");
        QCOMPARE(codeOf(result, presentationCheck::Challenge), "presentation.challenge-matches");
        QCOMPARE(codeOf(result, presentationCheck::Domain), "presentation.domain-matches");
        QCOMPARE(codeOf(result, presentationCheck::Expiry), "presentation.fresh");
        QCOMPARE(result.credentials.first().result.find(verify::check::Signature)->code, "signature.valid");
        QCOMPARE(result.credentials.first().disclosedClaims.value("is_over_65"), QJsonValue(true));
        QVERIFY(!result.credentials.first().disclosedClaims.contains("given_name")); // kept hidden by its holder

        // The same presentation shown to another verifier is a replay.
        expectations.domain = "https://other.example";
        QCOMPARE(codeOf(verifyPresentation(presentation, expectations, context), presentationCheck::Domain),
                 "presentation.domain-mismatch");
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << "presentation.unknown-format";
        QTest::newRow("prose") << QByteArray("hello") << "presentation.unknown-format";
        QTest::newRow("broken JSON") << QByteArray("{\"type\":") << "presentation.malformed";
        QTest::newRow("a credential, not a presentation") << QByteArray("{\"type\":[\"VerifiableCredential\"]}")
                                                          << "presentation.not-a-presentation";
        QTest::newRow("bad enveloped") << QJsonDocument(QJsonObject{{"type", "VerifiablePresentation"},
                                                              {"verifiableCredential",
                                                               QJsonArray{QJsonObject{{"type", "EnvelopedVerifiableCredential"},
                                                                                      {"id", "https://x"}}}}})
                                                  .toJson()
                                       << "presentation.malformed";
        QTest::newRow("tildes") << QByteArray("~~~~") << "presentation.unreadable";
    }

    void garbage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const PresentationResult result = verifyPresentation(bytes, expect(), m_context);
        QCOMPARE(codeOf(result, presentationCheck::Format), code);
        QCOMPARE(result.verdict(), Verdict::Failed);
    }
};

QTEST_GUILESS_MAIN(TestPresentationVerifier)
#include "tst_presentation_verifier.moc"
