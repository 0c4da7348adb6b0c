// Journey: a learner clicks a credential offer in an e-mail. In the real
// QML app (offscreen), the offer arrives as a pending link; Collect fetches
// it from the project's test issuer on 127.0.0.1 (OpenID4VCI, bound to the
// vault's key), asks for the transaction code the issuer sent, shows the
// import preview, and stores only on confirmation.
#include "GuiDriver.h"
#include "ServerProcess.h"

#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;
using Page = gui::AppController::Page;

namespace {
const QString kPassphrase = QStringLiteral("a long passphrase for the link test");
} // namespace

class TestLinkImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::ServerProcess m_issuer{QStringLiteral(VITAE_TEST_ISSUER)};
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;

    QString offer(const QString &scenario) const
    {
        const QString uri = m_issuer.base() + "/offers/" + scenario + "?ids=sdjwt";
        return "openid-credential-offer://?credential_offer_uri=" + QString::fromLatin1(QUrl::toPercentEncoding(uri));
    }

private slots:
    void initTestCase()
    {
        // The developer option that lets plain http reach 127.0.0.1.
        qputenv("VITAE_ALLOW_LOOPBACK_HTTP", "1");
        QVERIFY(m_issuer.start());
        m_app = std::make_unique<gui::AppController>(m_dir.path() + "/vault");
        QVERIFY(m_gui.start(m_app.get()));
        m_app->createVault(kPassphrase, kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);
    }

    void testOfferWithTransactionCode()
    {
        m_app->openExternal(offer("tx"));
        QVERIFY(m_app->pendingLink().value("canCollect").toBool());
        QVERIFY(m_gui.item(QStringLiteral("Collect from this link")));
        QTest::qWait(200); // the banner has just appeared
        QVERIFY(m_gui.click(QStringLiteral("Collect from this link")));
        // The offer needs the code from the issuer's e-mail: asked, not guessed.
        QTRY_VERIFY_WITH_TIMEOUT(m_app->pendingLink().value("needsTxCode").toBool(), 20000);
        QVERIFY(m_app->importPreviews().isEmpty());
        QCOMPARE(m_app->credentialCount(), 0);
        QVERIFY(m_gui.type(QStringLiteral("Transaction code"), QStringLiteral("1234")));
        QVERIFY(m_gui.screenshot(QStringLiteral("26-offer-transaction-code")));
        QVERIFY(m_gui.click(QStringLiteral("Collect from this link")));

        QTRY_COMPARE_WITH_TIMEOUT(m_app->importPreviews().size(), 1, 20000);
        QVERIFY(m_app->pendingLink().isEmpty());
        QCOMPARE(m_app->credentialCount(), 0); // nothing stored before the learner confirms
        QVERIFY(m_gui.item(QStringLiteral("Add to wallet")));
        QTest::qWait(400); // the preview opens with an animation
        QVERIFY(m_gui.screenshot(QStringLiteral("27-offer-preview")));
        QVERIFY(m_gui.click(QStringLiteral("Add to wallet")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), 1, 20000);
    }

    void testRefusedOfferKeepsTheVaultAsItWas()
    {
        // The issuer hands over a credential bound to someone else.
        m_app->openExternal(offer("other-holder"));
        QVERIFY(m_gui.item(QStringLiteral("Collect from this link")));
        QTest::qWait(200);
        QVERIFY(m_gui.click(QStringLiteral("Collect from this link")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->error().isEmpty(), 20000);
        QVERIFY2(m_app->error().contains(QStringLiteral("someone else")), qPrintable(m_app->error()));
        QVERIFY(m_app->importPreviews().isEmpty());
        QCOMPARE(m_app->credentialCount(), 1);
        m_app->cancelPendingLink();
    }

    void cleanupTestCase()
    {
        m_gui.stop();
        m_app.reset();
    }
};

QTEST_MAIN(TestLinkImport)
#include "tst_link_import.moc"
