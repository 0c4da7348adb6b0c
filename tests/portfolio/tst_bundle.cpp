// The portfolio bundle: signed by the learner, verifiable offline from its
// own snapshots, and any change to a credential or an evidence file fails
// with a reason.
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "net/FileResolver.h"
#include "portfolio/Bundle.h"
#include "portfolio/SelfAssertedEntry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vitae;
using namespace vitae::portfolio;
using verify::Outcome;
using verify::Verdict;

namespace {

const QString kListUrl = QStringLiteral("https://college.example/status/1");
const QByteArray kEvidence = "%PDF-1.4 letter of commendation";

QString codeOf(const BundleVerification &result, const QString &check)
{
    const verify::CheckResult *found = result.bundle.find(check);
    return found ? found->code : QStringLiteral("(none)");
}

} // namespace

class TestBundle : public QObject {
    Q_OBJECT
private:
    test::TestIssuer m_issuer;
    crypto::Ed25519KeyPair m_key = crypto::Ed25519KeyPair::generate();
    QString m_did = did::didKeyFromEd25519(m_key.publicKey());
    QByteArray m_bundle;

    QByteArray badgeWithStatus() const
    {
        QJsonObject vc = m_issuer.badge("Forklift Safety");
        vc.insert("credentialStatus", QJsonObject{{"id", kListUrl + "#5"},
                                                  {"type", "BitstringStatusListEntry"},
                                                  {"statusPurpose", "revocation"},
                                                  {"statusListIndex", "5"},
                                                  {"statusListCredential", kListUrl}});
        return QJsonDocument(m_issuer.signJcs(vc)).toJson(QJsonDocument::Compact);
    }

    QByteArray changed(const std::function<void(QJsonObject &)> &edit) const
    {
        QJsonObject bundle = QJsonDocument::fromJson(m_bundle).object();
        edit(bundle);
        return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        // At export time the status list is online; verifying records it.
        net::FileResolver online;
        online.addBytes(QUrl(kListUrl), QJsonDocument(m_issuer.statusListCredential(kListUrl, {7})).toJson());
        RecordingResolver recorder(&online);
        verify::VerifyContext context;
        context.resolver = &recorder;
        const QByteArray badge = badgeWithStatus();
        QCOMPARE(verify::verifyCredential(credential::readCredential(badge).value(), context)
                         .find(verify::check::Status)->code,
                 "status.active");
        QCOMPARE(recorder.recorded().size(), 1);

        const auto entry = makeEntryCredential({"Warehouse lead", "Depot 9", {}, QDate(2015, 1, 1), {}, {}, {}},
                                               {{"commendation.pdf", "application/pdf", crypto::sha256(kEvidence), {}}},
                                               m_key, m_did);
        BundleInput input;
        input.title = "Application to Riverside Logistics";
        input.learnerName = "Sam Carter";
        input.credentials = {badge, QJsonDocument(entry.value()).toJson(QJsonDocument::Compact)};
        input.evidence = {{"commendation.pdf", "application/pdf", kEvidence, 1}};
        input.snapshots = recorder.recorded();
        const auto bundle = makeBundle(input, m_key, m_did);
        QVERIFY2(bundle.ok(), qPrintable(bundle.message()));
        m_bundle = *bundle;
        QVERIFY(looksLikeBundle(m_bundle));
    }

    void verifiesOfflineFromItsSnapshots()
    {
        const BundleVerification result = verifyBundle(m_bundle, {});
        QCOMPARE(codeOf(result, "format"), "bundle.valid");
        QCOMPARE(codeOf(result, "holder-proof"), "bundle.signed");
        QCOMPARE(codeOf(result, "evidence"), "bundle.evidence-intact");
        QCOMPARE(codeOf(result, "snapshots"), "bundle.snapshots");
        QCOMPARE(result.learnerName, "Sam Carter");
        QCOMPARE(result.credentials.size(), 2);
        // The status was checked against the snapshot, with no network.
        QCOMPARE(result.credentials.at(0).result.find(verify::check::Status)->code, "status.active");
        QCOMPARE(result.credentials.at(1).result.find(verify::check::IssuerTrust)->code, "issuer.self-asserted");
        QCOMPARE(result.verdict(), Verdict::Warning); // unknown issuer, self-asserted entry
        QCOMPARE(result.toJson().value("credentials").toArray().at(1).toObject().value("selfAsserted").toBool(), true);
    }

    void changesAreDetected_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("code");
        QTest::newRow("evidence file changed") << 0 << "evidence" << "bundle.evidence-changed";
        QTest::newRow("evidence file changed: signature") << 0 << "holder-proof" << "bundle.signature";
        QTest::newRow("evidence file removed") << 1 << "evidence" << "bundle.evidence-changed";
        QTest::newRow("credential swapped") << 2 << "holder-proof" << "bundle.signature";
        QTest::newRow("snapshot replaced") << 3 << "holder-proof" << "bundle.signature";
        QTest::newRow("newer format") << 4 << "format" << "bundle.version";
        QTest::newRow("signed by someone else") << 5 << "holder-proof" << "bundle.signer-mismatch";
    }

    void changesAreDetected()
    {
        QFETCH(int, which);
        QFETCH(QString, check);
        QFETCH(QString, code);
        const QByteArray bytes = changed([&](QJsonObject &bundle) {
            QJsonArray evidence = bundle.value("evidence").toArray();
            switch (which) {
            case 0: {
                QJsonObject file = evidence.at(0).toObject();
                file.insert("data", QString::fromLatin1(QByteArray("%PDF-1.4 forged letter").toBase64()));
                evidence.replace(0, file);
                bundle.insert("evidence", evidence);
                break;
            }
            case 1: bundle.insert("evidence", QJsonArray()); break;
            case 2: {
                QJsonArray credentials = bundle.value("credentials").toArray();
                credentials.replace(0, QJsonObject{{"raw", QString::fromUtf8(QJsonDocument(m_issuer.signJcs(m_issuer.badge("PhD"))).toJson())}});
                bundle.insert("credentials", credentials);
                break;
            }
            case 3: {
                QJsonArray snapshots = bundle.value("snapshots").toArray();
                QJsonObject snapshot = snapshots.at(0).toObject();
                snapshot.insert("body", QString::fromLatin1(QJsonDocument(m_issuer.statusListCredential(kListUrl, {5})).toJson().toBase64()));
                snapshots.replace(0, snapshot);
                bundle.insert("snapshots", snapshots);
                break;
            }
            case 4: bundle.insert("version", "2.0"); break;
            case 5: bundle.insert("learner", QJsonObject{{"name", "Sam Carter"}, {"id", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"}}); break;
            }
        });
        const BundleVerification result = verifyBundle(bytes, {});
        QCOMPARE(codeOf(result, check), code);
        QCOMPARE(result.verdict(), Verdict::Failed);
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("%PDF-1.7");
        QTest::newRow("other JSON") << QByteArray("{\"type\":\"VerifiablePresentation\"}");
        QTest::newRow("truncated") << QByteArray("{\"type\":\"VitaeBundle\",\"version\":\"1.0\",\"credentials\":[");
        QTest::newRow("no credentials") << QByteArray("{\"type\":\"VitaeBundle\",\"version\":\"1.0\"}");
    }

    void garbage()
    {
        QFETCH(QByteArray, bytes);
        const BundleVerification result = verifyBundle(bytes, {});
        QCOMPARE(result.verdict(), Verdict::Failed);
    }

    void nothingToExport()
    {
        QVERIFY(!makeBundle({}, m_key, m_did).ok());
        BundleInput input;
        input.credentials = {badgeWithStatus()};
        input.evidence = {{"x.pdf", "application/pdf", "x", 3}};
        QVERIFY(makeBundle(input, m_key, m_did).message().contains("belongs to no exported credential"));
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
