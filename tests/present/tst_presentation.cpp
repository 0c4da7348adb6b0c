// Building presentations: what goes in is exactly what the learner chose,
// bound to the verifier's challenge, and refused when it cannot be honest.
#include "PresentFixtures.h"
#include "jose/SdJwt.h"
#include "present/Presentation.h"
#include "verify/ProofSuite.h"

#include <QTest>

using namespace vitae;
using namespace vitae::present;
using vitae::test::item;

class TestPresentation : public QObject {
    Q_OBJECT
private:
    test::PresentFixtures f;

    PresentOptions options() const
    {
        PresentOptions options;
        options.challenge = "c-1";
        options.domain = "jobs.example";
        return options;
    }

private slots:
    void vpOfTwoBadgesIsSignedForTheChallenge()
    {
        const auto built = buildPresentation({item(f.badge("A"), {}, 1), item(f.badge("B"), {}, 2)}, f.holderKey, f.holderDid, options());
        QVERIFY2(built.ok(), qPrintable(built.message()));
        QCOMPARE(built->kind, BuiltPresentation::Kind::VerifiablePresentation);
        const QJsonObject vp = QJsonDocument::fromJson(built->bytes).object();
        QCOMPARE(vp.value("holder").toString(), f.holderDid);
        QCOMPARE(vp.value("verifiableCredential").toArray().size(), 2);
        const QJsonObject proof = vp.value("proof").toObject();
        QCOMPARE(proof.value("cryptosuite").toString(), "eddsa-rdfc-2022");
        QCOMPARE(proof.value("proofPurpose").toString(), "authentication");
        QCOMPARE(proof.value("challenge").toString(), "c-1");
        QCOMPARE(proof.value("domain").toString(), "jobs.example");
        QCOMPARE(built->disclosed.size(), 2);
        QCOMPARE(built->disclosed.at(1).toObject().value("vaultId").toInt(), 2);
    }

    void tokensAreEnveloped()
    {
        const auto built = buildPresentation({item(f.badge("A")), item(f.jwtVc()), item(f.sdJwt(), {"given_name"})},
                                             f.holderKey, f.holderDid, options());
        QVERIFY2(built.ok(), qPrintable(built.message()));
        const QJsonArray items = QJsonDocument::fromJson(built->bytes).object().value("verifiableCredential").toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(1).toObject().value("type").toString(), "EnvelopedVerifiableCredential");
        QVERIFY(items.at(1).toObject().value("id").toString().startsWith("data:application/vc+jwt,ey"));
        QVERIFY(items.at(2).toObject().value("id").toString().startsWith("data:application/dc+sd-jwt,ey"));
    }

    void sdJwtDisclosesOnlyWhatWasChosen()
    {
        const auto built = buildPresentation({item(f.sdJwt(), {"given_name", "/address/locality"})}, f.holderKey,
                                             f.holderDid, options());
        QVERIFY2(built.ok(), qPrintable(built.message()));
        QCOMPARE(built->kind, BuiltPresentation::Kind::SdJwt);
        const auto sdJwt = jose::parseSdJwt(built->bytes);
        QVERIFY(sdJwt.ok());
        QVERIFY(sdJwt->keyBinding.has_value());
        const auto claims = jose::applyDisclosures(*sdJwt);
        QVERIFY(claims.ok());
        // The parent of a nested claim comes along; nothing else does.
        QCOMPARE(claims->disclosedPaths, (QStringList{"/given_name", "/address", "/address/locality"}));
        QVERIFY(!claims->claims.contains("family_name"));
        QVERIFY(!claims->claims.value("address").toObject().contains("street_address"));
        QVERIFY(!built->bytes.contains("Lopez"));
        const QJsonObject kb = sdJwt->keyBinding->payload;
        QCOMPARE(kb.value("nonce").toString(), "c-1");
        QCOMPARE(kb.value("aud").toString(), "jobs.example");
        QCOMPARE(kb.value("sd_hash").toString().toLatin1(), jose::sdDigest(sdJwt->sdHashInput));
    }

    void choosingAParentDisclosesItsChildren()
    {
        const auto built = buildPresentation({item(f.sdJwt(), {"address"})}, f.holderKey, f.holderDid, options());
        QVERIFY(built.ok());
        const auto claims = jose::applyDisclosures(jose::parseSdJwt(built->bytes).value());
        QCOMPARE(claims->disclosedPaths, (QStringList{"/address", "/address/street_address", "/address/locality"}));
    }

    void nothingChosenDisclosesNothing()
    {
        const auto built = buildPresentation({item(f.sdJwt())}, f.holderKey, f.holderDid, options());
        QVERIFY(built.ok());
        QCOMPARE(jose::parseSdJwt(built->bytes)->disclosures.size(), 0);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("no credentials") << 0 << "at least one";
        QTest::newRow("no challenge") << 1 << "challenge";
        QTest::newRow("someone else's badge") << 2 << "not to you";
        QTest::newRow("unknown claim") << 3 << "\"shoe_size\" is not a claim";
        QTest::newRow("claims of a JSON-LD credential") << 4 << "whole or not at all";
        QTest::newRow("SD-JWT bound to another key") << 5 << "another key";
    }

    void refusals()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        PresentOptions opts = options();
        QList<PresentItem> items;
        crypto::Ed25519KeyPair otherKey = crypto::Ed25519KeyPair::generate();
        const crypto::Ed25519KeyPair *key = &f.holderKey;
        switch (which) {
        case 1: items = {item(f.badge("A"))}; opts.challenge.clear(); break;
        case 2: items = {item(f.badge("A", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"))}; break;
        case 3: items = {item(f.sdJwt(), {"shoe_size"})}; break;
        case 4: items = {item(f.badge("A"), {"name"})}; break;
        case 5: items = {item(f.sdJwt())}; key = &otherKey; break;
        default: break;
        }
        const auto built = buildPresentation(items, *key, f.holderDid, opts);
        QVERIFY(!built.ok());
        QVERIFY2(built.message().contains(message), qPrintable(built.message()));
    }
};

QTEST_GUILESS_MAIN(TestPresentation)
#include "tst_presentation.moc"
