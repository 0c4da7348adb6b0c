// Journey 4 in the real QML app: Sofia shares one SD-JWT credential
// disclosing one claim as a QR code (logged in her share log), and the
// interviewer verifies that presentation on the Verify page, with the right
// challenge and then a wrong one. Screenshots of each screen, desktop and
// phone width.
#include "GuiDriver.h"
#include "TestIssuer.h"
#include "did/DidKey.h"
#include "jose/PublicKey.h"
#include "qr/QrDecoder.h"
#include "qr/QrReassembler.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;
using Page = gui::AppController::Page;

namespace {
const QString kPassphrase = QStringLiteral("maple river quiet lantern");
const QString kChallenge = QStringLiteral("interview-42");
const QString kDomain = QStringLiteral("jobs.example");
} // namespace

class TestShareVerify : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;
    QString m_presentation;

    void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<gui::AppController>(m_dir.path() + "/vault");
        QVERIFY(m_gui.start(m_app.get()));
        m_app->createVault(kPassphrase, kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);

        // Credentials issued to this vault's holder: an SD-JWT VC bound to
        // the holder key, and a signed Open Badge.
        const QString holder = m_app->holderDid();
        const auto holderKey = did::parseDidKey(holder);
        QVERIFY(holderKey.ok());
        const QJsonObject jwk = jose::publicKeyToJwk(jose::ed25519PublicKey(holderKey->publicKey).value());
        const test::TestIssuer issuer;
        QJsonObject badge = issuer.badge(QStringLiteral("Fundraising Leadership"));
        QJsonObject subject = badge.value("credentialSubject").toObject();
        subject.insert("id", holder);
        badge.insert("credentialSubject", subject);
        write(m_dir.path() + "/badge.json", QJsonDocument(issuer.signJcs(badge)).toJson());
        write(m_dir.path() + "/course.txt", issuer.sdJwtVc(jwk));
        // One at a time, so the SD-JWT is the newest and shows first in the
        // share list (two imports in the same millisecond tie in order).
        m_app->importFiles({QUrl::fromLocalFile(m_dir.path() + "/badge.json")});
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importableCount(), 1, 10000);
        m_app->confirmImport();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), 1, 10000);
        QTest::qWait(50);
        m_app->importFiles({QUrl::fromLocalFile(m_dir.path() + "/course.txt")});
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importableCount(), 1, 10000);
        m_app->confirmImport();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), 2, 10000);
        QTest::qWait(400); // the import popup closes with an animation
    }

    void testShareOneClaimAsQr()
    {
        gui::ShareViewModel *share = m_app->share();
        QVERIFY(m_gui.click(QStringLiteral("Share")));
        QTRY_COMPARE(m_app->page(), Page::Share);
        QTRY_COMPARE_WITH_TIMEOUT(share->candidates().size(), 2, 10000);
        // The page slides in: a click during the animation can land on the
        // card that was under the pointer a moment before.
        QTest::qWait(400);

        QVERIFY(m_gui.click(QStringLiteral("Share Data Literacy Foundations")));
        QTRY_COMPARE(share->selectedCount(), 1);
        // Claims are unticked by default: tick one.
        QVERIFY(m_gui.item(QStringLiteral("Disclose family name")));
        QVERIFY(m_gui.click(QStringLiteral("Disclose given name")));
        QVERIFY(share->isDisclosed(share->candidates().at(1).toMap().value("credentialId").toLongLong(), "/given_name")
                || share->isDisclosed(share->candidates().at(0).toMap().value("credentialId").toLongLong(), "/given_name"));
        QVERIFY(m_gui.item(QStringLiteral("This credential is shared whole: its format does not let you hide parts of it.")));
        QVERIFY(m_gui.screenshot(QStringLiteral("12-share")));
        QVERIFY(m_gui.type(QStringLiteral("Verifier's challenge"), kChallenge));
        QVERIFY(m_gui.type(QStringLiteral("Verifier's domain"), kDomain));

        QVERIFY(m_gui.click(QStringLiteral("Build presentation")));
        QTRY_VERIFY_WITH_TIMEOUT(share->hasPresentation(), 20000);
        QVERIFY(share->error().isEmpty());
        QVERIFY(!share->qrImage().isNull());
        QVERIFY(share->qrImage().width() >= 21 + 8); // a QR version 1 code and its quiet zone at least
        QVERIFY(share->qrFrameCount() >= 1);
        QTRY_COMPARE(share->shareLog().size(), 1);
        const QVariantMap logged = share->shareLog().first().toMap();
        QCOMPARE(logged.value("to").toString(), kDomain);
        QVERIFY(logged.value("disclosed").toStringList().join(' ').contains(QStringLiteral("given name")));
        QVERIFY(!logged.value("disclosed").toStringList().join(' ').contains(QStringLiteral("family")));
        QVERIFY(m_gui.item(QStringLiteral("Presentation QR code")));
        QVERIFY(m_gui.item(QStringLiteral("For %1").arg(kDomain)));
        m_presentation = share->presentationText();
        QVERIFY(m_presentation.contains(QLatin1Char('~'))); // SD-JWT+KB
        // What a scanner sees over the animation reassembles to exactly it.
        QCOMPARE(scanShownFrames(*share), m_presentation.toUtf8());
        QVERIFY(m_gui.screenshot(QStringLiteral("13-share-qr")));

        // "Save as file": the platform's save dialog answers with a path.
        const QString saved = m_dir.path() + "/presentation.txt";
        QCOMPARE(share->suggestedFileName(), QStringLiteral("presentation.txt"));
        share->saveToFile(QUrl::fromLocalFile(saved));
        QTRY_COMPARE_WITH_TIMEOUT(share->shareLog().size(), 2, 10000);
        QCOMPARE(share->shareLog().first().toMap().value("channel").toString(), QStringLiteral("file"));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), m_presentation);

        m_gui.resize(360, 640);
        QVERIFY(m_gui.item(QStringLiteral("Close the QR code")));
        QVERIFY(m_gui.screenshot(QStringLiteral("14-share-qr-phone")));
        QVERIFY(m_gui.click(QStringLiteral("Close the QR code")));
        QTRY_VERIFY(!share->hasPresentation());
        QTest::qWait(300);
        QVERIFY(m_gui.screenshot(QStringLiteral("15-share-phone")));
        m_gui.resize(960, 680);
    }

    // Decodes the code on screen as the animation moves on, as a phone
    // pointed at it would, until the sequence is whole.
    static QByteArray scanShownFrames(gui::ShareViewModel &share)
    {
        qr::QrReassembler reassembler;
        QElapsedTimer timer;
        timer.start();
        while (!reassembler.isComplete() && timer.elapsed() < 15000) {
            const QImage shown = share.qrImage().convertToFormat(QImage::Format_Grayscale8);
            const QImage big = shown.scaled(shown.width() * 4, shown.height() * 4);
            qr::GrayImage gray(big.width(), big.height());
            for (int y = 0; y < big.height(); ++y)
                std::copy_n(big.constScanLine(y), big.width(), gray.pixels.data() + qsizetype(y) * big.width());
            const auto texts = qr::QrDecoder::decode(gray);
            if (texts && !texts->isEmpty())
                (void)reassembler.add(texts->first());
            QTest::qWait(50);
        }
        return reassembler.isComplete() ? reassembler.payload().value() : QByteArray();
    }

    void testVerifyWithTheRightChallenge()
    {
        QVERIFY(!m_presentation.isEmpty());
        gui::VerifierViewModel *verifier = m_app->verifier();
        QVERIFY(m_gui.click(QStringLiteral("Verify")));
        QTRY_COMPARE(m_app->page(), Page::Verify);
        QVERIFY(m_gui.click(QStringLiteral("New challenge")));
        QTRY_VERIFY(!verifier->challenge().isEmpty());
        QVERIFY(!verifier->challengeQr().isNull());
        QVERIFY(m_gui.item(QStringLiteral("Challenge QR code")));
        QVERIFY(m_gui.screenshot(QStringLiteral("16-verify-challenge")));

        // This presentation was made for the interview's earlier challenge.
        QVERIFY(m_gui.type(QStringLiteral("Your challenge"), kChallenge));
        QVERIFY(m_gui.type(QStringLiteral("Your domain"), kDomain));
        QVERIFY(m_gui.paste(QStringLiteral("Presentation text"), m_presentation));
        QQuickItem *area = m_gui.item(QStringLiteral("Presentation text"));
        QTRY_COMPARE(area->property("text").toString(), m_presentation);
        QVERIFY(m_gui.click(QStringLiteral("Verify presentation")));
        QTRY_VERIFY_WITH_TIMEOUT(!verifier->result().isEmpty(), 20000);
        const QVariantMap result = verifier->result();
        const QString verdict = result.value("verdict").toString();
        QVERIFY2(verdict == "verified" || verdict == "warning", qPrintable(verdict + ": " + result.value("reason").toString()));
        QVERIFY(m_gui.item(result.value("headline").toString() + ". " + result.value("reason").toString()));
        const QVariantList credentials = result.value("credentials").toList();
        QCOMPARE(credentials.size(), 1);
        const QString claims = credentials.first().toMap().value("claims").toStringList().join('\n');
        QVERIFY2(claims.contains(QStringLiteral("given name: Ana")), qPrintable(claims));
        QVERIFY(!claims.contains(QStringLiteral("Lopez")));
        QVERIFY(m_gui.screenshot(QStringLiteral("17-verify-result")));
        // On a phone the verdict sits below the form: the page scrolls to it.
        m_gui.resize(360, 640);
        QVERIFY(m_gui.click(QStringLiteral("Verify presentation")));
        QTRY_VERIFY_WITH_TIMEOUT(!verifier->result().isEmpty(), 20000);
        QVERIFY(m_gui.screenshot(QStringLiteral("18-verify-result-phone")));
        m_gui.resize(960, 680);
    }

    void testVerifyWithAWrongChallenge()
    {
        gui::VerifierViewModel *verifier = m_app->verifier();
        QVERIFY(m_gui.type(QStringLiteral("Your challenge"), QStringLiteral("interview-43")));
        QVERIFY(m_gui.click(QStringLiteral("Verify presentation")));
        QTRY_VERIFY_WITH_TIMEOUT(verifier->result().value("verdict").toString() == "failed", 20000);
        const QString reason = verifier->result().value("reason").toString();
        QVERIFY2(reason.contains(QStringLiteral("challenge")), qPrintable(reason));
        QVERIFY(m_gui.item(verifier->result().value("headline").toString() + ". " + reason));
        QVERIFY(m_gui.screenshot(QStringLiteral("19-verify-failed")));
    }

    void cleanupTestCase()
    {
        m_gui.stop();
        m_app.reset();
    }
};

QTEST_MAIN(TestShareVerify)
#include "tst_share_verify.moc"
