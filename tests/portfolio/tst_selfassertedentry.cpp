// Self-asserted experience: signed by the learner's own key, labelled
// self-asserted by the verifier whoever looks at it, and committed to the
// digests of its evidence files.
#include "credential/CredentialReader.h"
#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "portfolio/SelfAssertedEntry.h"
#include "verify/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vitae;
using namespace vitae::portfolio;

class TestSelfAssertedEntry : public QObject {
    Q_OBJECT
private:
    crypto::Ed25519KeyPair m_key = crypto::Ed25519KeyPair::generate();
    QString m_did = did::didKeyFromEd25519(m_key.publicKey());

    ExperienceEntry veteran() const
    {
        return {"Logistics coordinator", "U.S. Army", "Fort Hood, Texas", QDate(2008, 3, 1), QDate(2023, 6, 30),
                "Planned supply for a 4,000-person brigade; trained 30 clerks.", {"Supply chain planning", "Training"}};
    }

private slots:
    void entryIsSignedAndHonest()
    {
        const QByteArray file = "%PDF-1.4 commendation";
        const auto vc = makeEntryCredential(veteran(), {{"commendation.pdf", "application/pdf", crypto::sha256(file), {}},
                                                       {"Unit page", "text/uri-list", {}, "https://army.example/unit"}},
                                            m_key, m_did);
        QVERIFY2(vc.ok(), qPrintable(vc.message()));
        QVERIFY(isSelfAssertedEntry(*vc));
        const QJsonObject subject = vc->value("credentialSubject").toObject();
        QCOMPARE(subject.value("id").toString(), m_did);
        QCOMPARE(subject.value("role").toString(), "Logistics coordinator");
        QCOMPARE(subject.value("activityStartDate").toString(), "2008-03-01T00:00:00Z");
        QCOMPARE(subject.value("achievement").toObject().value("tag").toArray().size(), 2);
        const QJsonArray evidence = vc->value("evidence").toArray();
        QCOMPARE(evidence.size(), 2);
        QCOMPARE(evidence.at(0).toObject().value("digestSRI").toString(), digestSri(crypto::sha256(file)));
        QCOMPARE(evidence.at(1).toObject().value("id").toString(), "https://army.example/unit");

        // A verifier who is not the learner still sees "self-asserted".
        const auto credential = credential::readCredential(QJsonDocument(*vc).toJson());
        QVERIFY2(credential.ok(), qPrintable(credential.message()));
        const verify::VerificationResult result = verify::verifyCredential(*credential, {});
        QCOMPARE(result.find(verify::check::Signature)->outcome, verify::Outcome::Passed);
        QCOMPARE(result.find(verify::check::IssuerTrust)->code, "issuer.self-asserted");

        // Changing what was asserted breaks the signature.
        QJsonObject changed = *vc;
        QJsonObject changedSubject = subject;
        changedSubject.insert("role", "General");
        changed.insert("credentialSubject", changedSubject);
        const auto forged = credential::readCredential(QJsonDocument(changed).toJson());
        QCOMPARE(verify::verifyCredential(*forged, {}).find(verify::check::Signature)->outcome, verify::Outcome::Failed);
    }

    void ongoingEntryHasNoEnd()
    {
        ExperienceEntry entry = veteran();
        entry.end = QDate();
        const auto vc = makeEntryCredential(entry, {}, m_key, m_did);
        QVERIFY(vc.ok());
        QVERIFY(!vc->value("credentialSubject").toObject().contains("activityEndDate"));
        QVERIFY(!vc->contains("evidence"));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("no role") << 0 << "role";
        QTest::newRow("no start") << 1 << "started";
        QTest::newRow("ends before it starts") << 2 << "before the start";
    }

    void refusals()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        ExperienceEntry entry = veteran();
        if (which == 0)
            entry.role = "  ";
        if (which == 1)
            entry.start = QDate();
        if (which == 2)
            entry.end = QDate(2001, 1, 1);
        const auto vc = makeEntryCredential(entry, {}, m_key, m_did);
        QVERIFY(!vc.ok());
        QVERIFY2(vc.message().contains(message), qPrintable(vc.message()));
    }
};

QTEST_GUILESS_MAIN(TestSelfAssertedEntry)
#include "tst_selfassertedentry.moc"
