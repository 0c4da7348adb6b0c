// A portfolio PDF opened as an import: the bundle attached to it brings its
// credentials and their evidence into the vault; once only.
#include "TestIssuer.h"
#include "crypto/Kdf.h"
#include "did/DidKey.h"
#include "exchange/Importer.h"
#include "pdf/PortfolioPdf.h"
#include "portfolio/Bundle.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;

class TestPdfImport : public QObject {
    Q_OBJECT
private slots:
    void testEvidenceComesFromThePdf()
    {
        crypto::enableTestingKdf();
        test::TestIssuer issuer;
        const auto key = crypto::Ed25519KeyPair::generate();
        portfolio::BundleInput input;
        input.title = "Operations manager, Acme Freight";
        input.credentials = {QJsonDocument(issuer.signJcs(issuer.badge("Fleet Safety"))).toJson(QJsonDocument::Compact)};
        input.evidence = {{"audit.pdf", "application/pdf", "%PDF-1.4 audit report", 0}};
        const QByteArray bundle = portfolio::makeBundle(input, key, did::didKeyFromEd25519(key.publicKey())).value();
        pdf::PdfPortfolio document;
        document.title = input.title;
        pdf::PdfCard card;
        card.title = "Fleet Safety";
        card.issuerName = "Test issuer";
        document.cards = {card};
        document.bundleJson = bundle;
        const auto pdfBytes = pdf::portfolioPdfBytes(document);
        QVERIFY2(pdfBytes.ok(), qPrintable(pdfBytes.message()));

        QTemporaryDir dir;
        vault::Vault vault(dir.path() + "/vault");
        QVERIFY(vault.create("pass", crypto::KdfParams::testing()));
        for (int round = 0; round < 2; ++round) {
            const auto found = exchange::credentialsIn(*pdfBytes, "application.pdf");
            QVERIFY2(found.ok(), qPrintable(found.message()));
            QCOMPARE(found->size(), 1);
            const exchange::ImportPreview preview = exchange::previewImport(found->first(), vault, {});
            QCOMPARE(preview.canStore(), round == 0); // the second time it is a duplicate
            if (preview.canStore())
                QVERIFY(exchange::storeImport(preview, vault, "file:application.pdf"));
        }
        const qint64 id = vault.credentials().list()->first().id;
        const auto files = vault.evidence().listFor(id).value();
        QCOMPARE(files.size(), 1);
        QCOMPARE(vault.evidence().get(files.first().id)->data, QByteArray("%PDF-1.4 audit report"));
        QCOMPARE(vault.counts()->evidence, 1);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the PDF writer needs fonts
    TestPdfImport test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_pdfimport.moc"
