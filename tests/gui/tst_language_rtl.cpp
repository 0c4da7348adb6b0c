// The real QML app in Arabic: with a vault on disk holding two credentials,
// the learner picks العربية on the Settings page; the whole window mirrors
// (the section rail moves to the right, the header's buttons to the left),
// the navigation speaks Arabic, and the main screens are captured for a
// person to look at (docs/screenshots 37–41). Then back to English.
#include "GuiDriver.h"
#include "TestIssuer.h"
#include "did/DidKey.h"
#include "jose/PublicKey.h"

#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQml/qqml.h>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;
using Page = gui::AppController::Page;

namespace {
const QString kPassphrase = QStringLiteral("maple river quiet lantern");

bool isArabic(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; });
}

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

qreal centreX(const QQuickItem *item)
{
    return item->mapToScene(QPointF(item->width() / 2, 0)).x();
}
} // namespace

class TestLanguageRtl : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;
    QString m_credentialName; // "<title>, issued by <issuer>" in English
    QString m_title;
    QString m_issuer;

    void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // The Arabic text the catalogue gives; fails when it is still English.
    QString arabic(const char *context, const char *source)
    {
        const QString text = translated(context, source);
        if (!isArabic(text))
            qWarning("Not translated into Arabic: %s: %s", context, source);
        return text;
    }

    void importFile(const QString &name, const QByteArray &bytes, int expectedCount)
    {
        write(m_dir.filePath(name), bytes);
        m_app->importFiles({QUrl::fromLocalFile(m_dir.filePath(name))});
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importableCount(), 1, 10000);
        m_app->confirmImport();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), expectedCount, 10000);
        QTest::qWait(50);
    }

private slots:
    void initTestCase()
    {
        // The choice is remembered in QSettings: keep it away from the
        // person's own (another test starts the real `vitae`).
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VitaeLanguageTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VitaeLanguageRtlTest"));
        QSettings().clear();

        m_app = std::make_unique<gui::AppController>(m_dir.filePath(QStringLiteral("vault")));
        QVERIFY(m_gui.start(m_app.get()));
        m_app->language()->attach(qmlEngine(m_gui.window()));
        QCOMPARE(m_app->language()->current(), QStringLiteral("en"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        m_app->createVault(kPassphrase, kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);

        // Two credentials issued to this vault's holder, as an issuer sends them.
        const auto holderKey = did::parseDidKey(m_app->holderDid());
        QVERIFY(holderKey.ok());
        const QJsonObject jwk = jose::publicKeyToJwk(jose::ed25519PublicKey(holderKey->publicKey).value());
        const test::TestIssuer issuer;
        QJsonObject badge = issuer.badge(QStringLiteral("Fundraising Leadership"));
        QJsonObject subject = badge.value(QStringLiteral("credentialSubject")).toObject();
        subject.insert(QStringLiteral("id"), m_app->holderDid());
        badge.insert(QStringLiteral("credentialSubject"), subject);
        importFile(QStringLiteral("badge.json"), QJsonDocument(issuer.signJcs(badge)).toJson(), 1);
        importFile(QStringLiteral("course.txt"), issuer.sdJwtVc(jwk), 2);
        QTest::qWait(400); // the import popup closes with an animation

        const QModelIndex first = m_app->credentials()->index(0, 0);
        m_title = first.data(gui::CredentialListModel::NameRole).toString();
        m_issuer = first.data(gui::CredentialListModel::IssuerRole).toString();
        QVERIFY(!m_title.isEmpty());
        m_credentialName = QStringLiteral("%1, issued by %2").arg(m_title, m_issuer);
        QVERIFY(m_gui.item(m_credentialName));

        QQuickItem *add = m_gui.item(QStringLiteral("Add credentials from files"));
        QVERIFY(add);
        QVERIFY(centreX(add) > m_gui.window()->width() / 2); // top right, in English
        QQuickItem *rail = m_gui.item(QStringLiteral("Sections"));
        QVERIFY(rail);
        QCOMPARE(rail->mapToScene(QPointF(0, 0)).x(), 0.0);
    }

    void testSwitchToArabicOnTheSettingsPage()
    {
        QVERIFY(m_gui.click(QStringLiteral("Settings")));
        QTRY_COMPARE(m_app->page(), Page::Settings);
        QTest::qWait(400); // the page slides in
        QVERIFY(m_gui.click(QStringLiteral("Interface language")));
        // The list offers each language in its own name.
        QVERIFY(m_gui.item(QStringLiteral("Español")));
        QVERIFY(m_gui.item(QStringLiteral("Français")));
        QVERIFY(m_gui.click(QString::fromUtf8("العربية")));
        QTRY_COMPARE(m_app->language()->current(), QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(), QStringLiteral("ar"));

        // The navigation speaks Arabic, and English is gone from it.
        for (const char *section : {"Credentials", "Share", "Portfolio", "Skills", "Verify", "Settings"}) {
            const QString name = arabic("NavigationBar", section);
            QVERIFY2(isArabic(name), section);
            QVERIFY2(m_gui.item(name), qPrintable(name));
        }
        QVERIFY(m_gui.gone(QStringLiteral("Share")));
        QVERIFY(m_gui.item(arabic("LanguageOption", "Interface language")));

        // Mirrored: the section rail now runs down the right edge.
        QQuickItem *rail = m_gui.item(arabic("NavigationBar", "Sections"));
        QVERIFY(rail);
        const QPointF railLeft = rail->mapToScene(QPointF(0, 0));
        QTRY_COMPARE(railLeft.x() + rail->width(), qreal(m_gui.window()->width()));
        QVERIFY(m_gui.screenshot(QStringLiteral("40-settings-arabic")));
    }

    void testCredentialsListMirrored()
    {
        QVERIFY(m_gui.click(arabic("NavigationBar", "Credentials")));
        QTRY_COMPARE(m_app->page(), Page::Credentials);
        QTest::qWait(400);
        // The header's add button moved to the other side (its Arabic
        // label has another width, so not to the exact mirror position).
        QQuickItem *add = m_gui.item(arabic("CredentialsPage", "Add credentials from files"));
        QVERIFY(add);
        QVERIFY(centreX(add) < m_gui.window()->width() / 2);
        QVERIFY(m_gui.item(arabic("CredentialsPage", "Search credentials")));
        const QString delegate = arabic("CredentialDelegate", "%1, issued by %2").arg(m_title, m_issuer);
        QVERIFY2(m_gui.item(delegate), qPrintable(delegate));
        QVERIFY(m_gui.screenshot(QStringLiteral("37-credentials-arabic")));

        // A phone-sized window: the bottom bar, mirrored too.
        const QSize desktop = m_gui.window()->size();
        m_gui.resize(390, 760);
        QQuickItem *bar = m_gui.item(arabic("NavigationBar", "Sections"));
        QVERIFY(bar);
        QQuickItem *first = m_gui.item(arabic("NavigationBar", "Credentials"));
        QQuickItem *last = m_gui.item(arabic("NavigationBar", "Settings"));
        QVERIFY(first && last);
        QVERIFY(centreX(first) > centreX(last)); // the first section on the right
        QVERIFY(m_gui.screenshot(QStringLiteral("41-credentials-phone-arabic")));
        m_gui.resize(desktop.width(), desktop.height());
    }

    void testCredentialDetailMirrored()
    {
        QVERIFY(m_gui.click(arabic("CredentialDelegate", "%1, issued by %2").arg(m_title, m_issuer)));
        QTRY_COMPARE(m_app->page(), Page::CredentialDetail);
        QTest::qWait(400);
        QQuickItem *back = m_gui.item(arabic("CredentialDetailPage", "Back to your credentials"));
        QVERIFY(back);
        QVERIFY(centreX(back) > m_gui.window()->width() / 2); // top right, where a reader of Arabic starts
        // The checks were written in English at import; checking again
        // words them in Arabic (the core's sentences are translated too).
        const QString wellFormed = arabic("vitae", "The credential is well formed.");
        QVERIFY(m_gui.item(QStringLiteral("The credential is well formed.")));
        QVERIFY(m_gui.click(arabic("CredentialDetailPage", "Check this credential again")));
        QVERIFY2(m_gui.item(wellFormed, 20000), qPrintable(wellFormed));
        QVERIFY(m_gui.gone(QStringLiteral("The credential is well formed.")));
        QVERIFY(m_gui.screenshot(QStringLiteral("38-credential-detail-arabic")));
        QVERIFY(m_gui.click(arabic("CredentialDetailPage", "Back to your credentials")));
        QTRY_COMPARE(m_app->page(), Page::Credentials);
    }

    void testShareInArabic()
    {
        QVERIFY(m_gui.click(arabic("NavigationBar", "Share")));
        QTRY_COMPARE(m_app->page(), Page::Share);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->share()->candidates().size(), 2, 10000);
        QTest::qWait(400);
        QVERIFY(m_gui.item(arabic("SharePage", "Verifier's challenge")));
        QVERIFY(m_gui.item(arabic("SharePage", "Build presentation")));
        QVERIFY(m_gui.screenshot(QStringLiteral("39-share-arabic")));
    }

    void testBackToEnglish()
    {
        QVERIFY(m_gui.click(arabic("NavigationBar", "Settings")));
        QTRY_COMPARE(m_app->page(), Page::Settings);
        QTest::qWait(400);
        QVERIFY(m_gui.click(arabic("LanguageOption", "Interface language")));
        QVERIFY(m_gui.click(QStringLiteral("English")));
        QTRY_COMPARE(m_app->language()->current(), QStringLiteral("en"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(m_gui.item(QStringLiteral("Share")));
        QQuickItem *rail = m_gui.item(QStringLiteral("Sections"));
        QVERIFY(rail);
        QTRY_COMPARE(rail->mapToScene(QPointF(0, 0)).x(), 0.0);
        QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(), QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_gui.stop();
    }
};

QTEST_MAIN(TestLanguageRtl)
#include "tst_language_rtl.moc"
