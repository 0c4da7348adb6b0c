// Finding, previewing and storing credentials from files: presentations,
// tokens, duplicates, failures kept and marked, garbage rejected.
#include "TestIssuer.h"
#include "crypto/Kdf.h"
#include "exchange/Importer.h"
#include "qr/PngWriter.h"
#include "qr/QrEncoder.h"
#include "qr/QrPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;

class TestImporter : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    test::TestIssuer m_issuer;
    verify::VerifyContext m_context;

    QByteArray badge(const QString &name, const QString &id) const
    {
        QJsonObject vc = m_issuer.badge(name);
        vc.insert("id", id);
        return QJsonDocument(m_issuer.signJcs(vc)).toJson();
    }

private slots:
    void initTestCase() { crypto::enableTestingKdf(); }

    void init()
    {
        m_vault = std::make_unique<vault::Vault>(m_dir.path() + "/" + QTest::currentTestFunction());
        QVERIFY(m_vault->create("pass", crypto::KdfParams::testing()));
    }

    void testSingleCredentialKeepsExactBytes()
    {
        const QByteArray bytes = badge("Welding Level 1", "urn:uuid:a") + "\n\n";
        auto found = exchange::credentialsIn(bytes, "welding.json");
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        const exchange::ImportPreview preview = exchange::previewImport(found->first(), *m_vault, m_context);
        QVERIFY(preview.canStore());
        QCOMPARE(preview.result.verdict(), verify::Verdict::Warning); // valid, issuer unknown
        QCOMPARE(m_vault->counts()->credentials, 0);                 // a preview stores nothing
        const qint64 id = exchange::storeImport(preview, *m_vault, "file:welding.json").value();
        const vault::CredentialRecord stored = m_vault->credentials().get(id).value();
        QCOMPARE(stored.raw, bytes);
        QCOMPARE(stored.name, QStringLiteral("Welding Level 1"));
        QCOMPARE(stored.verificationStatus, QStringLiteral("warning"));
        QCOMPARE(stored.importSource, QStringLiteral("file:welding.json"));
        QVERIFY(stored.verifiedAt.isValid());

        // The same again is a duplicate, and storing it is refused.
        const exchange::ImportPreview again = exchange::previewImport(found->first(), *m_vault, m_context);
        QCOMPARE(again.duplicateOf, id);
        QVERIFY(!again.canStore());
        QCOMPARE(exchange::storeImport(again, *m_vault, "x").code(), ErrorCode::AlreadyExists);
    }

    void testPresentationHoldsSeveral()
    {
        const QJsonObject vp{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                             {"type", QJsonArray{"VerifiablePresentation"}},
                             {"verifiableCredential",
                              QJsonArray{QJsonDocument::fromJson(badge("A", "urn:uuid:1")).object(),
                                         QString::fromLatin1(m_issuer.signJwt({{"iss", m_issuer.did()}, {"vc", m_issuer.badge("B")}}))}}};
        auto found = exchange::credentialsIn(QJsonDocument(vp).toJson(), "shared.json");
        QVERIFY2(found, qPrintable(found.message()));
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(1).where, QStringLiteral("shared.json, credential 2 of 2"));
        for (const auto &item : *found) {
            const exchange::ImportPreview preview = exchange::previewImport(item, *m_vault, m_context);
            QVERIFY2(preview.canStore(), qPrintable(preview.readError.message));
            QVERIFY(exchange::storeImport(preview, *m_vault, "file:shared.json"));
        }
        QCOMPARE(m_vault->counts()->credentials, 2);
        const QJsonObject emptyVp{{"type", "VerifiablePresentation"}, {"verifiableCredential", QJsonArray{}}};
        QCOMPARE(exchange::credentialsIn(QJsonDocument(emptyVp).toJson(), "empty.json").code(), ErrorCode::InvalidInput);
    }

    // A credential that fails verification can still be kept, clearly marked.
    void testFailedVerificationIsKeptMarked()
    {
        QJsonObject tampered = QJsonDocument::fromJson(badge("Nursing", "urn:uuid:n")).object();
        tampered.insert("name", "Surgery");
        auto found = exchange::credentialsIn(QJsonDocument(tampered).toJson(), "nursing.json");
        const exchange::ImportPreview preview = exchange::previewImport(found->first(), *m_vault, m_context);
        QCOMPARE(preview.result.verdict(), verify::Verdict::Failed);
        QVERIFY(preview.canStore());
        const qint64 id = exchange::storeImport(preview, *m_vault, "file:nursing.json").value();
        QCOMPARE(m_vault->credentials().get(id)->verificationStatus, QStringLiteral("failed"));
    }

    void testGarbageIsNotStored()
    {
        auto found = exchange::credentialsIn("this is not a credential", "notes.txt");
        QVERIFY(found); // one candidate; reading it is what fails
        const exchange::ImportPreview preview = exchange::previewImport(found->first(), *m_vault, m_context);
        QVERIFY(!preview.canStore());
        QVERIFY(!preview.readError.message.isEmpty());
        QCOMPARE(exchange::storeImport(preview, *m_vault, "x").code(), ErrorCode::InvalidInput);
        QVERIFY(!exchange::credentialsIn("{\"a\":", "broken.json"));
        QCOMPARE(m_vault->counts()->credentials, 0);
    }

    // A screenshot of a QR code: a JWT credential, a Vitae presentation of
    // two badges; a link is named, not fetched; a blank picture is refused.
    void testQrCodeImages()
    {
        auto png = [](const QString &text) {
            const auto matrix = qr::QrEncoder::encode(text);
            return qr::writeGrayPng(qr::QrEncoder::raster(matrix.value()));
        };
        const QByteArray jwt = m_issuer.signJwt({{"iss", m_issuer.did()}, {"vc", m_issuer.badge("By QR")}});
        auto found = exchange::credentialsIn(png(QString::fromLatin1(jwt)), "photo.png");
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().bytes, jwt);
        QCOMPARE(found->first().where, "photo.png (QR code)");

        const QJsonObject vp{{"type", "VerifiablePresentation"},
                             {"verifiableCredential", QJsonArray{QJsonDocument::fromJson(badge("A", "urn:uuid:q1")).object(),
                                                                 QJsonDocument::fromJson(badge("B", "urn:uuid:q2")).object()}}};
        const QStringList frames = qr::encodePayload(QJsonDocument(vp).toJson(QJsonDocument::Compact)).value();
        QCOMPARE(frames.size(), 1);
        found = exchange::credentialsIn(png(frames.first()), "screen.png");
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(found->size(), 2);

        const auto link = exchange::credentialsIn(png("https://college.example/badges/1"), "poster.png");
        QCOMPARE(link.code(), ErrorCode::Unsupported);
        QVERIFY2(link.message().contains("issuer link"), qPrintable(link.message()));

        const auto blank = exchange::credentialsIn(qr::writeGrayPng(qr::GrayImage(300, 300)), "blank.png");
        QVERIFY(!blank.ok());
        QVERIFY2(blank.message().contains("neither a baked badge nor a QR code"), qPrintable(blank.message()));

        // A code whose payload is itself an image is refused (no recursion).
        const QStringList nested = qr::encodePayload(qr::writeGrayPng(qr::GrayImage(8, 8))).value();
        QCOMPARE(nested.size(), 1);
        QCOMPARE(exchange::credentialsIn(png(nested.first()), "nested.png").code(), ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
