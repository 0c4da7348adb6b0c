// Scanning in the real QML app (offscreen, no camera): the Scan dialog says
// there is no camera and offers the other ways in; a QR picture on the
// clipboard, pasted with Ctrl+V, brings an offer to the pending link banner;
// a pasted credential opens the import preview; a picture of a presentation
// QR pasted on the Verify page is verified there, and so is an animated one
// whose frames reach the scanner through a video sink, as a camera's do; a
// link collection from a server that never finishes its answer leaves the
// vault thread free, is cancelled at once, stores nothing and does not hold
// up the next collection.
#include "GuiDriver.h"
#include "ServerProcess.h"
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "did/DidKey.h"
#include "jose/PublicKey.h"
#include "present/Presentation.h"
#include "qr/QrEncoder.h"
#include "qr/QrPayload.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;
using Page = gui::AppController::Page;

namespace {
const QString kPassphrase = QStringLiteral("a long passphrase for the scanner test");

// A QR code as a screenshot of it would be: colour, a few pixels a module.
QImage codeImage(const QString &text)
{
    const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(text);
    if (!matrix)
        qFatal("cannot encode: %s", qPrintable(matrix.message()));
    const qr::GrayImage raster = qr::QrEncoder::raster(*matrix, 3, 4);
    QImage image(raster.width, raster.height, QImage::Format_RGB32);
    for (int y = 0; y < raster.height; ++y)
        for (int x = 0; x < raster.width; ++x)
            image.setPixel(x, y, qRgb(raster.at(x, y), raster.at(x, y), raster.at(x, y)));
    return image;
}
} // namespace

class TestScannerApp : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::ServerProcess m_issuer{QStringLiteral(VITAE_TEST_ISSUER)};
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;

    QString offer(const QString &path) const
    {
        return "openid-credential-offer://?credential_offer_uri=" + QString::fromLatin1(QUrl::toPercentEncoding(m_issuer.base() + path));
    }

private slots:
    void initTestCase()
    {
        qputenv("VITAE_ALLOW_LOOPBACK_HTTP", "1"); // the developer option for http://127.0.0.1
        QVERIFY(m_issuer.start());
        m_app = std::make_unique<gui::AppController>(m_dir.path() + "/vault");
        QVERIFY(m_gui.start(m_app.get()));
        m_app->createVault(kPassphrase, kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);
    }

    void testScanDialogWithoutACamera()
    {
        gui::ScannerViewModel *scanner = m_app->scanner();
        QVERIFY(m_gui.click(QStringLiteral("Scan a QR code to add")));
        QTRY_VERIFY(scanner->scanning());
        QVERIFY(!scanner->cameraAvailable()); // no camera here or in CI
        QVERIFY(m_gui.item(QStringLiteral("No camera found")));
        QVERIFY(m_gui.item(QStringLiteral("Open a picture of the code")));
        QVERIFY(m_gui.item(QStringLiteral("Paste a code")));
        QVERIFY(m_gui.screenshot(QStringLiteral("42-scan-no-camera")));
        QVERIFY(m_gui.click(QStringLiteral("Cancel scanning")));
        QTRY_VERIFY(!scanner->scanning());
        QVERIFY(m_gui.gone(QStringLiteral("No camera found")));
    }

    void testPastedQrPictureOfAnOfferReachesTheLinkBanner()
    {
        QGuiApplication::clipboard()->setImage(codeImage(offer("/offers/plain?ids=sdjwt")));
        // Ctrl+V in the search field: a picture of a code is read, not pasted as words.
        QVERIFY(m_gui.click(QStringLiteral("Search credentials")));
        QTest::keyClick(m_gui.window(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->pendingLink().value("kind").toString(), QStringLiteral("credentialOffer"), 10000);
        QCOMPARE(m_gui.item(QStringLiteral("Search credentials"))->property("text").toString(), QString());
        // Read off the GUI thread.
        const Qt::HANDLE decodedOn = m_app->scanner()->decoder().lastDecodeThread();
        QVERIFY(decodedOn != nullptr && decodedOn != QThread::currentThreadId());
        QVERIFY(m_app->importPreviews().isEmpty()); // only described until the learner agrees
        QCOMPARE(m_app->credentialCount(), 0);

        QVERIFY(m_gui.click(QStringLiteral("Collect from this link")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importPreviews().size(), 1, 20000);
        QCOMPARE(m_app->credentialCount(), 0);
        QVERIFY(m_gui.click(QStringLiteral("Cancel adding")));
        QTRY_VERIFY(m_app->importPreviews().isEmpty());
        QCOMPARE(m_app->credentialCount(), 0);
    }

    void testPastedCredentialTextOpensTheImportPreview()
    {
        const auto holderKey = did::parseDidKey(m_app->holderDid());
        QVERIFY(holderKey.ok());
        const QJsonObject jwk = jose::publicKeyToJwk(jose::ed25519PublicKey(holderKey->publicKey).value());
        QGuiApplication::clipboard()->setText(QString::fromLatin1(test::TestIssuer().sdJwtVc(jwk)));
        QTest::qWait(300); // the preview popup of the last test closes with an animation
        QVERIFY(m_gui.click(QStringLiteral("Paste a code or link")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importPreviews().size(), 1, 10000);
        QVERIFY(m_app->importPreviews().first().toMap().value("canStore").toBool());
        QVERIFY(m_app->pendingLink().isEmpty());
        QVERIFY(m_gui.click(QStringLiteral("Add to wallet")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), 1, 10000);
    }

    void testPastedPresentationQrIsVerifiedOnTheVerifyPage()
    {
        gui::VerifierViewModel *verifier = m_app->verifier();
        QTest::qWait(300);
        QVERIFY(m_gui.click(QStringLiteral("Verify")));
        QTRY_COMPARE(m_app->page(), Page::Verify);
        QVERIFY(m_gui.click(QStringLiteral("New challenge")));
        QTRY_VERIFY(!verifier->challenge().isEmpty());
        // The challenge's QR code appears and the form below it moves down.
        QVERIFY(m_gui.item(QStringLiteral("Challenge QR code")));
        QTest::qWait(300);

        // Another learner's phone shows a presentation made for this challenge.
        const auto holderKey = crypto::Ed25519KeyPair::fromSeed(QByteArray(32, 'h'));
        QVERIFY(holderKey.ok());
        const QString holderDid = did::didKeyFromEd25519(holderKey->publicKey());
        // A JWT credential: its presentation fits one code, as a picture must.
        const QJsonObject payload{
                {"iss", test::TestIssuer().did()}, {"sub", holderDid}, {"nbf", 1735689600},
                {"vc", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                                   {"type", QJsonArray{"VerifiableCredential"}},
                                   {"credentialSubject", QJsonObject{{"id", holderDid}, {"name", "Ana Lopez"}}}}}};
        const auto credential = credential::readCredential(test::TestIssuer().signJwt(payload, {{"typ", "JWT"}}));
        QVERIFY2(credential.ok(), qPrintable(credential.message()));
        present::PresentItem item;
        item.credential = *credential;
        present::PresentOptions options;
        options.challenge = verifier->challenge();
        const auto built = present::buildPresentation({item}, *holderKey, holderDid, options);
        QVERIFY2(built.ok(), qPrintable(built.message()));
        const auto codes = qr::encodePayload(built->bytes);
        QVERIFY(codes.ok());
        QCOMPARE(codes->size(), 1); // one code: a single picture carries it
        QGuiApplication::clipboard()->setImage(codeImage(codes->first()));

        QVERIFY(m_gui.click(QStringLiteral("Paste a presentation code")));
        QTRY_VERIFY_WITH_TIMEOUT(!verifier->result().isEmpty(), 20000);
        const QVariantMap result = verifier->result();
        const QString verdict = result.value("verdict").toString();
        QVERIFY2(verdict == "verified" || verdict == "warning", qPrintable(verdict + ": " + result.value("reason").toString()));
        QCOMPARE(m_gui.item(QStringLiteral("Presentation text"))->property("text").toString(),
                 QString::fromUtf8(built->bytes));
        const QString claims = result.value("credentials").toList().value(0).toMap().value("claims").toStringList().join('\n');
        QVERIFY2(claims.contains(QStringLiteral("Ana Lopez")), qPrintable(claims));
        QQuickItem *verdictBox = m_gui.item(result.value("headline").toString() + ". " + result.value("reason").toString());
        QVERIFY(verdictBox);
        // Back to the top of the page (the click scrolled down to the button), verdict in view.
        for (QQuickItem *parent = verdictBox->parentItem(); parent; parent = parent->parentItem())
            if (parent->inherits("QQuickFlickable")) {
                parent->setProperty("contentY", 0);
                break;
            }
        QVERIFY(m_gui.screenshot(QStringLiteral("43-verify-scanned-presentation")));
    }

    void testCameraFramesOfAnAnimatedPresentation()
    {
        // What the scan dialog's VideoOutput does with a camera: its sink
        // goes to the scanner, and each frame the camera shows lands there.
        // Here the frames are an animated presentation QR, in shuffled
        // order with one missed, as a phone held up to a screen sees them.
        gui::VerifierViewModel *verifier = m_app->verifier();
        gui::ScannerViewModel *scanner = m_app->scanner();
        QCOMPARE(m_app->page(), Page::Verify);
        verifier->clearResult();
        const auto holderKey = crypto::Ed25519KeyPair::fromSeed(QByteArray(32, 'k'));
        QVERIFY(holderKey.ok());
        const QString holderDid = did::didKeyFromEd25519(holderKey->publicKey());
        const QJsonObject jwk = jose::publicKeyToJwk(jose::ed25519PublicKey(holderKey->publicKey()).value());
        const auto credential = credential::readCredential(test::TestIssuer().sdJwtVc(jwk));
        QVERIFY(credential.ok());
        present::PresentItem item;
        item.credential = *credential;
        item.disclose = {QStringLiteral("given_name")};
        present::PresentOptions options;
        options.challenge = verifier->challenge();
        const auto built = present::buildPresentation({item}, *holderKey, holderDid, options);
        QVERIFY2(built.ok(), qPrintable(built.message()));
        qr::QrFrameOptions frameOptions;
        frameOptions.maxVersion = 12;
        auto frames = qr::encodePayload(built->bytes, frameOptions);
        QVERIFY(frames.ok());
        QVERIFY2(frames->size() >= 5, qPrintable(QString::number(frames->size())));
        frames->removeAt(0); // missed: its group's parity frame rebuilds it
        std::reverse(frames->begin(), frames->end());

        QVERIFY(m_gui.click(QStringLiteral("Scan a presentation QR code")));
        QTRY_VERIFY(scanner->scanning());
        QVideoSink camera;
        scanner->setVideoSink(&camera);
        QStringList statuses;
        connect(scanner, &gui::ScannerViewModel::statusChanged, this, [&] { statuses.append(scanner->status()); });
        for (const QString &text : std::as_const(*frames)) {
            if (!scanner->scanning())
                break;
            const QImage code = codeImage(text).convertToFormat(QImage::Format_RGB32);
            QVideoFrame frame(QVideoFrameFormat(code.size(), QVideoFrameFormat::Format_BGRX8888));
            QVERIFY(frame.map(QVideoFrame::WriteOnly));
            for (int y = 0; y < code.height(); ++y)
                std::copy_n(code.constScanLine(y), code.width() * 4, frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0));
            frame.unmap();
            const int before = scanner->decoder().framesDecoded();
            camera.setVideoFrame(frame);
            QTRY_VERIFY_WITH_TIMEOUT(scanner->decoder().framesDecoded() > before || !scanner->scanning(), 10000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!verifier->result().isEmpty(), 20000);
        QVERIFY(!scanner->scanning()); // the dialog closed once the code was whole
        QVERIFY2(statuses.join('|').contains(QStringLiteral("Read 1 of")), qPrintable(statuses.join('|')));
        const QString verdict = verifier->result().value("verdict").toString();
        QVERIFY2(verdict == "verified" || verdict == "warning", qPrintable(verdict + ": " + verifier->result().value("reason").toString()));
        QCOMPARE(m_gui.item(QStringLiteral("Presentation text"))->property("text").toString(), QString::fromUtf8(built->bytes));
        scanner->setVideoSink(nullptr);
        QVERIFY(m_gui.gone(QStringLiteral("No camera found")));
        QTest::qWait(300); // the dialog's modal shade fades out
    }

    void testCancellingALinkCollectionReturnsAtOnce()
    {
        const int before = m_app->credentialCount();
        // The server answers one byte every 300 ms, forever.
        m_app->openExternal(offer("/hostile/drip"));
        QVERIFY(m_gui.click(QStringLiteral("Collect from this link")));
        QTRY_VERIFY(m_app->busy());
        QTest::qWait(700); // well into the fetch
        QVERIFY(m_app->busy());
        // The fetch does not hold the vault thread: vault work still runs.
        QElapsedTimer vaultJob;
        vaultJob.start();
        m_app->skills()->load();
        QVERIFY(m_app->skills()->busy());
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->skills()->busy(), 5000);
        qInfo("a vault job during the fetch took %lld ms", vaultJob.elapsed());
        QVERIFY(m_app->busy());

        QElapsedTimer cancelling;
        cancelling.start();
        m_app->cancelPendingLink(); // what "Dismiss" on the banner calls
        const qint64 cancelMs = cancelling.elapsed();
        QVERIFY(!m_app->busy());
        QVERIFY(m_app->pendingLink().isEmpty());
        QVERIFY2(cancelMs < 50, qPrintable(QString::number(cancelMs)));
        qInfo("cancel returned after %lld ms", cancelMs);
        QTest::qWait(1500); // whatever the stopped fetch did, nothing comes of it
        QVERIFY(m_app->importPreviews().isEmpty());
        QVERIFY2(m_app->error().isEmpty(), qPrintable(m_app->error()));
        QCOMPARE(m_app->credentialCount(), before);

        // The fetch really stopped: collections run one at a time, and one
        // left running would hold this one up for its 20 s timeout.
        QElapsedTimer next;
        next.start();
        m_app->openExternal(offer("/offers/plain?ids=sdjwt"));
        QVERIFY(m_gui.click(QStringLiteral("Collect from this link")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importPreviews().size(), 1, 20000);
        QVERIFY2(next.elapsed() < 10000, qPrintable(QString::number(next.elapsed())));
        qInfo("the next collection took %lld ms", next.elapsed());
        m_app->cancelImport();
        QCOMPARE(m_app->credentialCount(), before);
    }

    void cleanupTestCase()
    {
        m_gui.stop();
        m_app.reset();
    }
};

QTEST_MAIN(TestScannerApp)
#include "tst_scanner_app.moc"
