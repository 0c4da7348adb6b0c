// Importing a portfolio bundle (JSON) brings its evidence files into the
// vault, linked to their credentials; a file that does not match its
// digest refuses the whole bundle; importing again adds nothing twice.
#include "TestIssuer.h"
#include "crypto/Kdf.h"
#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "exchange/Importer.h"
#include "portfolio/Bundle.h"
#include "portfolio/SelfAssertedEntry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;

namespace {
const QByteArray kLetter = "%PDF-1.4 letter of commendation";
const QByteArray kPhoto = "\x89PNG\r\n\x1a\n a photo of the depot";
} // namespace

class TestBundleImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    test::TestIssuer m_issuer;
    crypto::Ed25519KeyPair m_key = crypto::Ed25519KeyPair::generate();
    QString m_did = did::didKeyFromEd25519(m_key.publicKey());
    QByteArray m_bundle;
    int m_vaults = 0;

    // Previews and stores what the importer finds, as the app does.
    QList<qint64> importAll(const QByteArray &bytes)
    {
        auto found = exchange::credentialsIn(bytes, "application.json");
        if (!found)
            return {};
        QList<qint64> ids;
        for (const exchange::FoundCredential &item : *found) {
            const exchange::ImportPreview preview = exchange::previewImport(item, *m_vault, {});
            if (preview.canStore())
                ids.append(exchange::storeImport(preview, *m_vault, "file:").value());
        }
        return ids;
    }

    QList<vault::EvidenceRecord> evidenceOf(qint64 id) { return m_vault->evidence().listFor(id).value(); }

private slots:
    void initTestCase()
    {
        crypto::enableTestingKdf();
        const auto entry = portfolio::makeEntryCredential({"Warehouse lead", "Depot 9", {}, QDate(2015, 1, 1), {}, {}, {}},
                                                          {{"commendation.pdf", "application/pdf", crypto::sha256(kLetter), {}}},
                                                          m_key, m_did);
        portfolio::BundleInput input;
        input.title = "Application";
        input.credentials = {QJsonDocument(m_issuer.signJcs(m_issuer.badge("Forklift Safety"))).toJson(QJsonDocument::Compact),
                             QJsonDocument(entry.value()).toJson(QJsonDocument::Compact)};
        input.evidence = {{"commendation.pdf", "application/pdf", kLetter, 1},
                          {"depot.png", "image/png", kPhoto, 0},
                          {"depot-again.png", "image/png", kPhoto, 0}, // the same bytes twice
                          {"cover.txt", "text/plain", "loose", -1}};
        m_bundle = portfolio::makeBundle(input, m_key, m_did).value();
    }

    void init()
    {
        m_vault = std::make_unique<vault::Vault>(m_dir.path() + "/" + QString::number(++m_vaults));
        QVERIFY(m_vault->create("pass", crypto::KdfParams::testing()));
    }

    void testEvidenceComesWithItsCredential()
    {
        const auto found = exchange::credentialsIn(m_bundle, "application.json");
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).evidence.size(), 2);
        QCOMPARE(found->at(1).evidence.size(), 1);

        const QList<qint64> ids = importAll(m_bundle);
        QCOMPARE(ids.size(), 2);
        const QList<vault::EvidenceRecord> badgeFiles = evidenceOf(ids.at(0));
        QCOMPARE(badgeFiles.size(), 1); // the same photo is kept once
        QCOMPARE(badgeFiles.first().name, "depot.png");
        QCOMPARE(badgeFiles.first().mediaType, "image/png");
        QCOMPARE(m_vault->evidence().get(badgeFiles.first().id)->data, kPhoto);
        const QList<vault::EvidenceRecord> entryFiles = evidenceOf(ids.at(1));
        QCOMPARE(entryFiles.size(), 1);
        QCOMPARE(entryFiles.first().name, "commendation.pdf");
        QCOMPARE(m_vault->evidence().get(entryFiles.first().id)->data, kLetter);
        QCOMPARE(m_vault->counts()->evidence, 2); // the loose file belongs to nothing and is not kept
    }

    void testImportingAgainAddsNothing()
    {
        QCOMPARE(importAll(m_bundle).size(), 2);
        const qint64 before = m_vault->counts()->evidence;
        QVERIFY(importAll(m_bundle).isEmpty());
        QCOMPARE(m_vault->counts()->evidence, before);
        QCOMPARE(m_vault->credentials().list()->size(), 2);
    }

    // Stored all at once (a folder of files): the evidence comes too.
    void testBatchImportKeepsEvidence()
    {
        const auto found = exchange::credentialsIn(m_bundle, "application.json");
        QList<exchange::ImportPreview> previews;
        for (const exchange::FoundCredential &item : *found)
            previews.append(exchange::previewImport(item, *m_vault, {}));
        const auto ids = exchange::storeImports(previews, *m_vault, "file:");
        QVERIFY2(ids.ok(), qPrintable(ids.message()));
        QCOMPARE(evidenceOf(ids->at(0)).size(), 1);
        QCOMPARE(evidenceOf(ids->at(1)).size(), 1);
    }

    void testChangedEvidenceRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("bytes changed") << "data" << QString::fromLatin1(QByteArray("%PDF-1.4 forged").toBase64());
        QTest::newRow("digest changed") << "digestSRI" << "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        QTest::newRow("no digest") << "digestSRI" << "";
        QTest::newRow("not base64") << "data" << "%%%not base64%%%";
    }

    void testChangedEvidenceRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject bundle = QJsonDocument::fromJson(m_bundle).object();
        QJsonArray evidence = bundle.value("evidence").toArray();
        QJsonObject file = evidence.at(0).toObject();
        file.insert(field, value);
        evidence.replace(0, file);
        bundle.insert("evidence", evidence);
        const QByteArray changed = QJsonDocument(bundle).toJson();

        const auto found = exchange::credentialsIn(changed, "application.json");
        QCOMPARE(found.code(), ErrorCode::InvalidInput);
        QVERIFY2(found.message().contains("commendation.pdf"), qPrintable(found.message()));
        QVERIFY2(found.message().contains("Nothing was imported"), qPrintable(found.message()));
        QVERIFY(importAll(changed).isEmpty());
        QCOMPARE(m_vault->counts()->credentials, 0);
        QCOMPARE(m_vault->counts()->evidence, 0);
    }
};

QTEST_GUILESS_MAIN(TestBundleImport)
#include "tst_bundleimport.moc"
