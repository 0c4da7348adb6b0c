// Trust-list entries in a bundle: the learner's lists that vouch for an
// issuer are saved with their retrieval time; a verifier without the list
// sees the issuer as known from that saved entry, its own lists win, a
// changed entry breaks the learner's signature, and 1.0 bundles (without
// entries) still verify.
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "did/DidKey.h"
#include "portfolio/Bundle.h"
#include "sign/Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vitae;
using namespace vitae::portfolio;
using verify::Outcome;

namespace {

const QDateTime kRetrieved(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

QByteArray vitaeList(const QString &issuerId)
{
    return QJsonDocument(QJsonObject{{"vitaeTrustList", 1},
                                     {"name", "Riverside schools"},
                                     {"issuers", QJsonArray{QJsonObject{{"id", issuerId},
                                                                        {"name", "Riverside Community College"},
                                                                        {"url", "https://college.example"}}}}})
            .toJson();
}

QByteArray registry(const QString &issuerId)
{
    return QJsonDocument(QJsonObject{{"meta", QJsonObject{{"name", "DCC member registry"}}},
                                     {"registry", QJsonObject{{issuerId, QJsonObject{{"name", "Harbor University"}}}}}})
            .toJson();
}

const verify::CheckResult *issuerCheck(const BundleVerification &result, int index)
{
    return result.credentials.at(index).result.find(verify::check::IssuerTrust);
}

} // namespace

class TestTrustSnapshot : public QObject {
    Q_OBJECT
private:
    test::TestIssuer m_college{'c'};
    test::TestIssuer m_stranger{'s'};
    crypto::Ed25519KeyPair m_key = crypto::Ed25519KeyPair::generate();
    QString m_did = did::didKeyFromEd25519(m_key.publicKey());

    QByteArray badge(const test::TestIssuer &issuer, const QString &name) const
    {
        return QJsonDocument(issuer.signJcs(issuer.badge(name))).toJson(QJsonDocument::Compact);
    }

    BundleInput input(const QList<TrustListCopy> &lists) const
    {
        BundleInput in;
        in.title = "Application to Harbor Freight";
        in.credentials = {badge(m_college, "Forklift Safety"), badge(m_stranger, "Night Course")};
        in.trustLists = lists;
        return in;
    }

private slots:
    void testEntryKeptWithItsRetrievalTime()
    {
        const auto bundle = makeBundle(input({{"", "riverside.json", vitaeList(m_college.did()), kRetrieved}}), m_key, m_did);
        QVERIFY2(bundle.ok(), qPrintable(bundle.message()));
        const QJsonObject json = QJsonDocument::fromJson(*bundle).object();
        QCOMPARE(json.value("version").toString(), "1.1");
        const QJsonArray entries = json.value("trustListEntries").toArray();
        QCOMPARE(entries.size(), 1); // the stranger is on no list
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value("issuer").toString(), m_college.did());
        QCOMPARE(entry.value("name").toString(), "Riverside Community College");
        QCOMPARE(entry.value("list").toString(), "Riverside schools");
        QCOMPARE(entry.value("source").toString(), "riverside.json");
        QCOMPARE(QDateTime::fromString(entry.value("retrievedAt").toString(), Qt::ISODate), kRetrieved);
    }

    // Offline, with no trust list of its own, the verifier sees the issuer
    // as known from the saved entry, and says so.
    void testKnownFromTheSnapshotOffline()
    {
        const auto bundle = makeBundle(input({{"", "riverside.json", vitaeList(m_college.did()), kRetrieved},
                                              {"", "registry.json", registry(m_college.did()), kRetrieved.addDays(5)}}),
                                       m_key, m_did);
        QVERIFY(bundle.ok());
        const BundleVerification result = verifyBundle(*bundle, {});
        QCOMPARE(result.bundle.find("holder-proof")->code, "bundle.signed");
        QCOMPARE(result.trustSnapshots.size(), 1); // one entry per issuer: the first list naming it
        const verify::CheckResult *known = issuerCheck(result, 0);
        QCOMPARE(known->outcome, Outcome::Passed);
        QCOMPARE(known->code, "issuer.registered-snapshot");
        QVERIFY2(known->message.contains("Riverside schools"), qPrintable(known->message));
        QVERIFY2(known->message.contains("2026-03-01"), qPrintable(known->message));
        QCOMPARE(issuerCheck(result, 1)->code, "issuer.unknown");
        QVERIFY(result.bundle.find("snapshots")->message.contains("1 trust-list entry"));
    }

    void testRegistryFormat()
    {
        const auto bundle = makeBundle(input({{"", "registry.json", registry(m_stranger.did()), kRetrieved}}), m_key, m_did);
        QVERIFY(bundle.ok());
        const BundleVerification result = verifyBundle(*bundle, {});
        QCOMPARE(issuerCheck(result, 0)->code, "issuer.unknown");
        QCOMPARE(issuerCheck(result, 1)->code, "issuer.registered-snapshot");
        QVERIFY(issuerCheck(result, 1)->message.contains("DCC member registry"));
    }

    // The verifier's own list comes first.
    void testVerifiersOwnListWins()
    {
        const auto bundle = makeBundle(input({{"", "riverside.json", vitaeList(m_college.did()), kRetrieved}}), m_key, m_did);
        verify::TrustStore own;
        own.add({m_college.did(), "Riverside CC", {}, "State register"});
        verify::VerifyContext context;
        context.trust = &own;
        const BundleVerification result = verifyBundle(*bundle, context);
        QCOMPARE(issuerCheck(result, 0)->code, "issuer.registered");
        QVERIFY(issuerCheck(result, 0)->message.contains("State register"));
    }

    void testNoListsNoEntries()
    {
        const auto bundle = makeBundle(input({}), m_key, m_did);
        QVERIFY(bundle.ok());
        QVERIFY(QJsonDocument::fromJson(*bundle).object().value("trustListEntries").toArray().isEmpty());
        QCOMPARE(issuerCheck(verifyBundle(*bundle, {}), 0)->code, "issuer.unknown");
    }

    // An entry the learner adds or edits after signing is caught.
    void testChangedEntryBreaksTheSignature()
    {
        const auto bundle = makeBundle(input({{"", "riverside.json", vitaeList(m_college.did()), kRetrieved}}), m_key, m_did);
        QJsonObject json = QJsonDocument::fromJson(*bundle).object();
        QJsonArray entries = json.value("trustListEntries").toArray();
        entries.append(QJsonObject{{"issuer", m_stranger.did()}, {"list", "Forged"}, {"retrievedAt", "2026-01-01T00:00:00Z"}});
        json.insert("trustListEntries", entries);
        const BundleVerification result = verifyBundle(QJsonDocument(json).toJson(), {});
        QCOMPARE(result.bundle.find("holder-proof")->code, "bundle.signature");
        QCOMPARE(result.verdict(), verify::Verdict::Failed);

        entries = QJsonArray{QJsonObject{{"issuer", m_stranger.did()}, {"list", "No date"}}};
        json.insert("trustListEntries", entries);
        QCOMPARE(verifyBundle(QJsonDocument(json).toJson(), {}).bundle.find("snapshots")->code, "bundle.snapshots-invalid");
    }

    void testUnreadableListRefused()
    {
        const auto bundle = makeBundle(input({{"", "broken.json", "{\"vitaeTrustList\": 1, \"issuers\": [{}]}", kRetrieved}}),
                                       m_key, m_did);
        QCOMPARE(bundle.code(), ErrorCode::InvalidArgument);
        QVERIFY(bundle.message().contains("broken.json"));
    }

    // A bundle of format 1.0 (no trust-list entries) still verifies.
    void testFormatOneZeroStillVerifies()
    {
        QJsonObject json = QJsonDocument::fromJson(makeBundle(input({}), m_key, m_did).value()).object();
        json.remove("proof");
        json.remove("trustListEntries");
        json.insert("version", "1.0");
        sign::ProofOptions options;
        options.suite = sign::ProofSuiteKind::EddsaJcs2022;
        options.verificationMethod = sign::didKeyVerificationMethod(m_key);
        const auto signedOld = sign::addDataIntegrityProof(json, m_key, options);
        QVERIFY2(signedOld.ok(), qPrintable(signedOld.message()));
        const BundleVerification result = verifyBundle(QJsonDocument(*signedOld).toJson(), {});
        QCOMPARE(result.bundle.find("format")->code, "bundle.valid");
        QCOMPARE(result.bundle.find("holder-proof")->code, "bundle.signed");
        QCOMPARE(result.bundle.find("snapshots")->code, "bundle.snapshots");
        QVERIFY(result.trustSnapshots.isEmpty());
        QCOMPARE(result.credentials.size(), 2);
        QCOMPARE(result.credentials.at(0).result.find(verify::check::Signature)->outcome, Outcome::Passed);
    }
};

QTEST_GUILESS_MAIN(TestTrustSnapshot)
#include "tst_trustsnapshot.moc"
