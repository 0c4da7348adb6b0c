// The real app's QML (offscreen) showing what the system handed over: the
// pending-link banner, the error banner for a refused link, and files waiting
// for the vault, each found by its accessible name as a screen reader would.
#include "gui/AppController.h"

#include <QAccessible>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;

namespace {
QQuickItem *findByAccessibleName(QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(root))
        if (accessible->text(QAccessible::Name) == name)
            return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findByAccessibleName(child, name))
            return found;
    return nullptr;
}
} // namespace

class TestPendingLinkBanner : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<gui::AppController> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    QQuickItem *item(const QString &accessibleName)
    {
        QQuickItem *found = nullptr;
        const bool appeared = QTest::qWaitFor(
                [&] { return (found = findByAccessibleName(m_window->contentItem(), accessibleName)); }, 5000);
        return appeared ? found : nullptr;
    }

    bool gone(const QString &accessibleName)
    {
        return QTest::qWaitFor([&] { return !findByAccessibleName(m_window->contentItem(), accessibleName); }, 5000);
    }

    void click(const QString &accessibleName)
    {
        QQuickItem *target = item(accessibleName);
        QVERIFY2(target, qPrintable("no control named " + accessibleName));
        QTest::qWait(200); // the banner has just appeared: let the layout settle
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    }

    void screenshot(const QString &name)
    {
        QTest::qWait(150);
        const QImage image = m_window->grabWindow();
        QVERIFY(!image.isNull());
        QDir().mkpath(VITAE_SCREENSHOT_DIR);
        QVERIFY(image.save(QStringLiteral(VITAE_SCREENSHOT_DIR "/%1.png").arg(name)));
    }

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QAccessible::setActive(true);
        m_app = std::make_unique<gui::AppController>(m_dir.path() + QStringLiteral("/vault"));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(m_app.get())}});
        m_engine->load(QUrl(QStringLiteral("qrc:/Vitae/Ui/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        m_window->resize(960, 680);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void testPendingLinkBanner()
    {
        m_app->openExternal(QStringLiteral("openid-credential-offer://?credential_offer_uri="
                                           "https%3A%2F%2Fissuer.example%2Foffers%2F1"));
        const QString message = m_app->pendingLink().value(QStringLiteral("message")).toString();
        QVERIFY(message.contains(QStringLiteral("issuer.example")));
        QVERIFY(item(message));
        screenshot(QStringLiteral("10-pending-link"));
        click(QStringLiteral("Dismiss the received link"));
        QTRY_VERIFY(m_app->pendingLink().isEmpty());
        QVERIFY(gone(message));
    }

    void testRefusedLinkShowsErrorBanner()
    {
        m_app->openExternal(QStringLiteral("openid-credential-offer://?credential_offer=") +
                            QString(70 * 1024, QLatin1Char('a')));
        QVERIFY(m_app->error().contains(QStringLiteral("too long")));
        QVERIFY(item(m_app->error()));
        QVERIFY(m_app->pendingLink().isEmpty());
        screenshot(QStringLiteral("11-refused-link"));
        m_app->clearError();
    }

    void testWaitingFilesBanner()
    {
        m_app->openExternal(QStringLiteral("/nowhere/badge.json"));
        QCOMPARE(m_app->waitingFiles(), QStringList{QStringLiteral("badge.json")});
        click(QStringLiteral("Dismiss the opened files"));
        QTRY_VERIFY(m_app->waitingFiles().isEmpty());
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_app.reset();
    }
};

QTEST_MAIN(TestPendingLinkBanner)
#include "tst_pending_link_banner.moc"
