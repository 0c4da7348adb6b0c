// The real app's QML (offscreen) showing what the system handed over: the
// pending-link banner, the error banner for a refused link, and files waiting
// for the vault, each found by its accessible name as a screen reader would.
#include "GuiDriver.h"

#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;

class TestPendingLinkBanner : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;

private slots:
    void initTestCase()
    {
        m_app = std::make_unique<gui::AppController>(m_dir.path() + QStringLiteral("/vault"));
        QVERIFY(m_gui.start(m_app.get()));
    }

    void testPendingLinkBanner()
    {
        m_app->openExternal(QStringLiteral("openid-credential-offer://?credential_offer_uri="
                                           "https%3A%2F%2Fissuer.example%2Foffers%2F1"));
        const QString message = m_app->pendingLink().value(QStringLiteral("message")).toString();
        QVERIFY(message.contains(QStringLiteral("issuer.example")));
        QVERIFY(m_gui.item(message));
        QVERIFY(m_gui.screenshot(QStringLiteral("10-pending-link")));
        QVERIFY(m_gui.click(QStringLiteral("Dismiss the received link")));
        QTRY_VERIFY(m_app->pendingLink().isEmpty());
        QVERIFY(m_gui.gone(message));
    }

    void testRefusedLinkShowsErrorBanner()
    {
        m_app->openExternal(QStringLiteral("openid-credential-offer://?credential_offer=") +
                            QString(70 * 1024, QLatin1Char('a')));
        QVERIFY(m_app->error().contains(QStringLiteral("too long")));
        QVERIFY(m_gui.item(m_app->error()));
        QVERIFY(m_app->pendingLink().isEmpty());
        QVERIFY(m_gui.screenshot(QStringLiteral("11-refused-link")));
        m_app->clearError();
    }

    void testWaitingFilesBanner()
    {
        m_app->openExternal(QStringLiteral("/nowhere/badge.json"));
        QCOMPARE(m_app->waitingFiles(), QStringList{QStringLiteral("badge.json")});
        QVERIFY(m_gui.item(QStringLiteral("Dismiss the opened files")));
        QTest::qWait(200); // the banner has just appeared: let the layout settle
        QVERIFY(m_gui.click(QStringLiteral("Dismiss the opened files")));
        QTRY_VERIFY(m_app->waitingFiles().isEmpty());
    }

    void cleanupTestCase()
    {
        m_gui.stop();
        m_app.reset();
    }
};

QTEST_MAIN(TestPendingLinkBanner)
#include "tst_pending_link_banner.moc"
