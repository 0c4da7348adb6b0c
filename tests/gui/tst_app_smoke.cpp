// Journey 1's first minutes in the real QML app: create a vault, see the
// empty list, lock, unlock with a wrong then the right passphrase, find a
// credential by searching. Controls are found by their accessible names (so
// accessibility and testability go together) and driven with real input.
#include "SampleCredentials.h"
#include "TestIssuer.h"
#include "crypto/Kdf.h"
#include "gui/AppController.h"
#include "vault/Vault.h"

#include <QAccessible>
#include <QDir>
#include <QJsonDocument>
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
using Page = gui::AppController::Page;

namespace {
const QString kPassphrase = QStringLiteral("maple river quiet lantern");

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

class TestAppSmoke : public QObject {
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

    void click(const QString &accessibleName)
    {
        QQuickItem *target = item(accessibleName);
        QVERIFY2(target, qPrintable("no control named " + accessibleName));
        QTRY_VERIFY(target->isEnabled());
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    }

    // Qt 6.4 has keyClicks() for widgets only: send one key at a time.
    void typeText(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

    void type(const QString &accessibleName, const QString &text)
    {
        click(accessibleName);
        typeText(text);
    }

    void screenshot(const QString &name)
    {
        QTest::qWait(150); // let animations settle
        const QImage image = m_window->grabWindow();
        QVERIFY(!image.isNull());
        QDir().mkpath(VITAE_SCREENSHOT_DIR);
        QVERIFY(image.save(QStringLiteral(VITAE_SCREENSHOT_DIR "/%1.png").arg(name)));
    }

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // As a screen reader would: makes Qt Quick build accessible interfaces.
        QAccessible::setActive(true);
        m_app = std::make_unique<gui::AppController>(m_dir.path() + "/vault");
        QCOMPARE(m_app->page(), Page::CreateVault);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(m_app.get())}});
        m_engine->load(QUrl(QStringLiteral("qrc:/Vitae/Ui/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        m_window->resize(960, 680);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void testCreateVault()
    {
        type(QStringLiteral("New passphrase"), kPassphrase);
        type(QStringLiteral("Confirm passphrase"), QStringLiteral("maple river"));
        click(QStringLiteral("Create vault"));
        QTRY_VERIFY(m_app->error().contains(QStringLiteral("not the same")));
        QCOMPARE(m_app->page(), Page::CreateVault);

        type(QStringLiteral("New passphrase"), kPassphrase);
        type(QStringLiteral("Confirm passphrase"), kPassphrase);
        screenshot(QStringLiteral("01-create-vault"));
        click(QStringLiteral("Create vault"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);
        QVERIFY(m_app->holderDid().startsWith(QStringLiteral("did:key:z6Mk")));
        QTRY_VERIFY(!m_app->busy());
        QCOMPARE(m_app->credentialCount(), 0);
        screenshot(QStringLiteral("02-credentials-empty"));
    }

    void testWrongThenRightPassphrase()
    {
        click(QStringLiteral("Lock the vault"));
        QTRY_COMPARE(m_app->page(), Page::Unlock);
        QVERIFY(m_app->holderDid().isEmpty());

        // While locked, put credentials in from outside, as an import would.
        {
            vault::Vault vault(m_dir.path() + "/vault");
            QVERIFY(vault.unlock(kPassphrase.toUtf8()));
            const char *statuses[] = {"verified", "verified", "revoked", "expired", "unverified", "self-asserted"};
            for (int i = 0; i < 6; ++i) {
                const qint64 id = vault.credentials().add(test::sampleCredential(i)).value();
                QVERIFY(vault.credentials().setVerification(id, QString::fromLatin1(statuses[i]), "{}",
                                                            QDateTime::currentDateTimeUtc()));
            }
        }

        type(QStringLiteral("Passphrase"), QStringLiteral("maple river loud lantern"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->error().contains(QStringLiteral("not right")), 20000);
        QCOMPARE(m_app->page(), Page::Unlock);
        QVERIFY(item(QStringLiteral("Passphrase")));
        screenshot(QStringLiteral("03-unlock-wrong-passphrase"));

        type(QStringLiteral("Passphrase"), kPassphrase);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);
        QTRY_COMPARE(m_app->credentialCount(), 6);
        QVERIFY(m_app->error().isEmpty());
        QVERIFY(item(QStringLiteral("Revoked")));
        screenshot(QStringLiteral("04-credentials"));
    }

    void testSearch()
    {
        type(QStringLiteral("Search credentials"), QStringLiteral("logistics"));
        QTRY_COMPARE(m_app->credentialCount(), 1);
        QCOMPARE(m_app->credentials()->data(m_app->credentials()->index(0), gui::CredentialListModel::NameRole)
                         .toString(),
                 test::sampleCredential(1).name);
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        typeText(QStringLiteral("no such thing"));
        QTRY_COMPARE(m_app->credentialCount(), 0);
        screenshot(QStringLiteral("05-search-no-match"));
    }

    void testPhoneSizedWindow()
    {
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_window, Qt::Key_Backspace);
        QTRY_COMPARE(m_app->credentialCount(), 6);
        m_window->resize(360, 640);
        QTRY_COMPARE(m_window->width(), 360);
        QVERIFY(item(QStringLiteral("Lock the vault")));
        screenshot(QStringLiteral("06-credentials-phone"));
    }

    // Journey 3: a badge file goes in through a preview that shows how it
    // verified; nothing is stored until "Add to wallet".
    void testImportFromFile()
    {
        m_window->resize(960, 680);
        QTRY_COMPARE(m_window->width(), 960);
        const test::TestIssuer issuer;
        QJsonObject badge = issuer.badge(QStringLiteral("Fundraising Leadership"));
        badge.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:fundraising"));
        const QString badgePath = m_dir.path() + QStringLiteral("/fundraising.json");
        const QString notesPath = m_dir.path() + QStringLiteral("/notes.txt");
        for (const auto &[path, bytes] : {std::pair{badgePath, QJsonDocument(issuer.signJcs(badge)).toJson()},
                                          std::pair{notesPath, QByteArray("not a credential")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const int before = m_app->credentialCount();
        m_app->importFiles({QUrl::fromLocalFile(badgePath), QUrl::fromLocalFile(notesPath)});
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importPreviews().size(), 2, 10000);
        QCOMPARE(m_app->importableCount(), 1);
        QCOMPARE(m_app->credentialCount(), before); // a preview stores nothing
        QVERIFY(item(QStringLiteral("Add to your wallet")));
        screenshot(QStringLiteral("07-import-preview"));

        click(QStringLiteral("Add to wallet"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), before + 1, 10000);
        QVERIFY(m_app->importPreviews().isEmpty());
        QVERIFY(m_app->notice().contains(QStringLiteral("Added 1")));
        screenshot(QStringLiteral("08-after-import"));
    }

    void testCredentialDetail()
    {
        const int before = m_app->credentialCount();
        QTest::qWait(400); // let the import popup's closing animation finish
        click(QStringLiteral("Fundraising Leadership, issued by Riverside Community College"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::CredentialDetail, 10000);
        QCOMPARE(m_app->detail().value(QStringLiteral("title")).toString(), QStringLiteral("Fundraising Leadership"));
        QVERIFY(m_app->detail().value(QStringLiteral("raw")).toString().contains(QStringLiteral("eddsa-jcs-2022")));
        QVERIFY(!m_app->detail().value(QStringLiteral("checks")).toList().isEmpty());
        screenshot(QStringLiteral("09-credential-detail"));

        click(QStringLiteral("Check this credential again"));
        QTRY_VERIFY(!m_app->busy());
        QCOMPARE(m_app->detail().value(QStringLiteral("status")).toString(), QStringLiteral("warning"));

        click(QStringLiteral("Delete this credential"));
        QTest::qWait(400); // the confirmation opens with an animation
        click(QStringLiteral("Confirm deleting the credential"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 10000);
        QTRY_COMPARE(m_app->credentialCount(), before - 1);
        QVERIFY(m_app->notice().contains(QStringLiteral("deleted")));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_app.reset();
    }
};

QTEST_MAIN(TestAppSmoke)
#include "tst_app_smoke.moc"
