// An endorsement's round trip: the learner's entry goes to a treasurer, who
// signs an Open Badges 3.0 EndorsementCredential about it with their own key;
// it verifies and points back at the entry.
#include "credential/CredentialReader.h"
#include "did/DidKey.h"
#include "portfolio/Endorsement.h"
#include "portfolio/SelfAssertedEntry.h"
#include "verify/Verifier.h"

#include <QJsonDocument>
#include <QTest>

using namespace vitae;
using namespace vitae::portfolio;

class TestEndorsement : public QObject {
    Q_OBJECT
private:
    crypto::Ed25519KeyPair m_learner = crypto::Ed25519KeyPair::generate();
    crypto::Ed25519KeyPair m_treasurer = crypto::Ed25519KeyPair::generate();

    credential::Credential entry() const
    {
        const QString did = did::didKeyFromEd25519(m_learner.publicKey());
        const auto vc = makeEntryCredential({"Fundraising lead", "St Mary's parish", {}, QDate(2014, 1, 1), {},
                                             "Raised funds for the new roof.", {"Fundraising"}},
                                            {}, m_learner, did);
        return credential::readCredential(QJsonDocument(vc.value()).toJson()).value();
    }

private slots:
    void roundTrip()
    {
        const credential::Credential endorsed = entry();
        const QString treasurerDid = did::didKeyFromEd25519(m_treasurer.publicKey());
        const auto vc = makeEndorsement(endorsed, {"She ran our appeal for six years and raised 120,000.", "Ana Ruiz, treasurer", {}},
                                        m_treasurer, treasurerDid);
        QVERIFY2(vc.ok(), qPrintable(vc.message()));
        const auto endorsement = credential::readCredential(QJsonDocument(*vc).toJson());
        QVERIFY2(endorsement.ok(), qPrintable(endorsement.message()));
        QVERIFY(endorsement->hasType("EndorsementCredential"));
        QCOMPARE(endorsedId(*endorsement), endorsed.id);
        QCOMPARE(endorsement->issuerId, treasurerDid);
        const verify::VerificationResult result = verify::verifyCredential(*endorsement, {});
        QCOMPARE(result.find(verify::check::Signature)->outcome, verify::Outcome::Passed);
        // The endorser is a person, not the learner: not self-asserted.
        QVERIFY(result.find(verify::check::IssuerTrust)->code != "issuer.self-asserted");
        QVERIFY(endorsedId(endorsed).isEmpty());
    }

    void refusals()
    {
        const credential::Credential endorsed = entry();
        const QString treasurerDid = did::didKeyFromEd25519(m_treasurer.publicKey());
        QVERIFY(makeEndorsement(endorsed, {"  ", {}, {}}, m_treasurer, treasurerDid).message().contains("Write"));
        QVERIFY(makeEndorsement(endorsed, {"Great", {}, {}}, m_learner, endorsed.subjectId).message().contains("own"));
        credential::Credential anonymous = endorsed;
        anonymous.id.clear();
        QVERIFY(makeEndorsement(anonymous, {"Great", {}, {}}, m_treasurer, treasurerDid).message().contains("no id"));
    }
};

QTEST_GUILESS_MAIN(TestEndorsement)
#include "tst_endorsement.moc"
