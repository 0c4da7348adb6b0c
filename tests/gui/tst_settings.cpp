// The Settings page in the real QML app (offscreen), over a real vault on
// disk: a backup made from the page and restored into another folder
// unlocks with the same credentials; a wrong backup passphrase or a damaged
// file says so and leaves the open vault as it was; a trust list makes its
// issuer a known one; and the vault locks itself after the idle time.
#include "GuiDriver.h"
#include "TestIssuer.h"
#include "gui/IdleWatcher.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;
using Page = gui::AppController::Page;

namespace {
const QString kPassphrase = QStringLiteral("a long passphrase for the settings test");
const QString kBackupPassphrase = QStringLiteral("copper kettle winter lantern seven");
const QString kRestoredPassphrase = QStringLiteral("another passphrase for the restored vault");

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}
} // namespace

class TestSettings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::TestIssuer m_issuer;
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;

    QString vaultFolder() const { return m_dir.path() + "/vault"; }
    QString backupPath() const { return m_dir.path() + "/my backup.vitaebackup"; }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.path() + "/" + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    // The files of the open vault, to show a restore never changed them.
    QByteArray vaultFingerprint() const
    {
        vault::Vault probe(vaultFolder());
        return hashOf(probe.headerPath()) + hashOf(probe.databasePath());
    }

    bool openSettings()
    {
        m_app->showPage(Page::Settings);
        return QTest::qWaitFor([&] { return m_app->page() == Page::Settings && !m_app->settings()->busy(); }, 10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = std::make_unique<gui::AppController>(vaultFolder());
        QVERIFY(m_gui.start(m_app.get()));
        m_app->createVault(kPassphrase, kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);
        // Two signed badges, added as a learner adds files.
        QJsonObject first = m_issuer.badge(QStringLiteral("Data Literacy Foundations"));
        QJsonObject second = m_issuer.badge(QStringLiteral("Forklift Safety"));
        second.insert("id", "urn:uuid:3f1c2a6e-0d5b-4a7e-9c1d-000000000002");
        const QString a = writeFile("first.json", QJsonDocument(m_issuer.signJcs(first)).toJson());
        const QString b = writeFile("second.json", QJsonDocument(m_issuer.signJcs(second)).toJson());
        m_app->importFiles({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importableCount(), 2, 20000);
        m_app->confirmImport();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), 2, 20000);
    }

    void testBackupFromThePage()
    {
        QVERIFY(openSettings());
        QVERIFY(m_app->settings()->lastBackup().isEmpty());
        QVERIFY(m_gui.item(QStringLiteral("You have not made a backup of this vault yet.")));
        // The About section names the libraries, read at runtime.
        const QVariantList versions = m_app->settings()->versions();
        QStringList names;
        for (const QVariant &v : versions)
            names << v.toMap().value("name").toString() + " " + v.toMap().value("version").toString();
        QVERIFY2(names.join(", ").contains(QStringLiteral("Qt ") + qVersion()), qPrintable(names.join(", ")));
        QVERIFY2(names.join(", ").contains(QStringLiteral("SQLCipher 3.")), qPrintable(names.join(", ")));
        QVERIFY(m_gui.screenshot(QStringLiteral("30-settings")));

        // A weak passphrase is refused with a reason; nothing is written.
        QVERIFY(m_gui.type(QStringLiteral("Backup file"), backupPath()));
        QVERIFY(m_gui.type(QStringLiteral("Backup passphrase"), QStringLiteral("cat")));
        QVERIFY(m_gui.type(QStringLiteral("Confirm backup passphrase"), QStringLiteral("cat")));
        QVERIFY(m_gui.click(QStringLiteral("Make backup")));
        QTRY_VERIFY(m_app->settings()->error().contains(QStringLiteral("too easy to guess")));
        QVERIFY(!QFile::exists(backupPath()));

        QVERIFY(m_gui.type(QStringLiteral("Backup passphrase"), kBackupPassphrase));
        QVERIFY(m_gui.type(QStringLiteral("Confirm backup passphrase"), kBackupPassphrase));
        QVERIFY(m_gui.click(QStringLiteral("Make backup")));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->settings()->notice().contains(QStringLiteral("Saved a backup of 2 ")),
                                 60000);
        QVERIFY2(m_app->settings()->error().isEmpty(), qPrintable(m_app->settings()->error()));
        QVERIFY(QFileInfo(backupPath()).size() > 1000);
        QVERIFY(!m_app->settings()->lastBackup().isEmpty());
        QVERIFY(m_gui.item(QStringLiteral("Last backup: %1").arg(m_app->settings()->lastBackup())));
        QVERIFY(m_gui.screenshot(QStringLiteral("31-backup-made")));
    }

    void testWrongPassphraseLeavesEverythingAsItWas()
    {
        QVERIFY(QFile::exists(backupPath()));
        const QByteArray before = vaultFingerprint();
        const QString target = m_dir.path() + "/restored-wrong";
        QVERIFY(m_gui.type(QStringLiteral("Backup file to restore"), QUrl::fromLocalFile(backupPath()).toString()));
        QVERIFY(m_gui.type(QStringLiteral("Passphrase of the backup"), QStringLiteral("not the backup passphrase")));
        QVERIFY(m_gui.type(QStringLiteral("Folder for the restored vault"), target));
        QVERIFY(m_gui.type(QStringLiteral("Passphrase for the restored vault"), kRestoredPassphrase));
        QVERIFY(m_gui.type(QStringLiteral("Confirm passphrase for the restored vault"), kRestoredPassphrase));
        QVERIFY(m_gui.click(QStringLiteral("Restore into a new vault")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->settings()->error().isEmpty(), 60000);
        const QString error = m_app->settings()->error();
        QVERIFY2(error.contains(QStringLiteral("backup passphrase is not right")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("vault you have open was not changed")), qPrintable(error));
        QVERIFY(m_gui.item(error)); // shown on the page, beside the restore
        QVERIFY(!vault::Vault(target).exists());
        QCOMPARE(vaultFingerprint(), before);
        QCOMPARE(m_app->page(), Page::Settings); // still open, as it was
        QVERIFY(m_gui.screenshot(QStringLiteral("32-restore-wrong-passphrase")));

        // A damaged file: one byte changed in the encrypted part.
        QFile original(backupPath());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        const QString damaged = writeFile("damaged.vitaebackup", bytes);
        m_app->settings()->restoreBackup(damaged, kBackupPassphrase, target, kRestoredPassphrase, kRestoredPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->settings()->busy(), 60000);
        QVERIFY2(m_app->settings()->error().contains(QStringLiteral("damaged")), qPrintable(m_app->settings()->error()));
        QVERIFY(!vault::Vault(target).exists());
        QCOMPARE(vaultFingerprint(), before);
    }

    void testRestoreIntoAnotherFolder()
    {
        const QString target = m_dir.path() + "/restored";
        QVERIFY(m_gui.type(QStringLiteral("Passphrase of the backup"), kBackupPassphrase));
        QVERIFY(m_gui.type(QStringLiteral("Folder for the restored vault"), target));
        QVERIFY(m_gui.type(QStringLiteral("Passphrase for the restored vault"), kRestoredPassphrase));
        QVERIFY(m_gui.type(QStringLiteral("Confirm passphrase for the restored vault"), kRestoredPassphrase));
        QVERIFY(m_gui.click(QStringLiteral("Restore into a new vault")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->settings()->restoredFolder().isEmpty() || !m_app->settings()->error().isEmpty(),
                                 60000);
        QVERIFY2(m_app->settings()->error().isEmpty(), qPrintable(m_app->settings()->error()));
        QCOMPARE(m_app->settings()->restoredFolder(), QDir(target).absolutePath());
        QVERIFY(m_app->settings()->notice().contains(QStringLiteral("Restored 2 ")));

        // The restored vault opens under its new passphrase with the same
        // credentials and the same holder DID.
        vault::Vault restored(target);
        QVERIFY(restored.unlock(kRestoredPassphrase.toUtf8()).ok());
        QCOMPARE(restored.holderDid(), m_app->holderDid());
        const auto summaries = restored.credentials().list();
        QVERIFY(summaries.ok());
        QStringList names;
        for (const auto &s : *summaries)
            names << s.name;
        names.sort();
        QCOMPARE(names, QStringList({"Data Literacy Foundations", "Forklift Safety"}));
        restored.lock();
    }

    void testTrustListMakesTheIssuerKnown()
    {
        const QJsonObject list{{"vitaeTrustList", 1},
                               {"name", "Riverside schools"},
                               {"issuers", QJsonArray{QJsonObject{{"id", m_issuer.did()}, {"name", "Riverside Community College"}}}}};
        const QString path = writeFile("trust.json", QJsonDocument(list).toJson());
        const QString junk = writeFile("junk.json", "{\"hello\": 1}");
        QVERIFY(m_gui.type(QStringLiteral("Trust list file"), junk));
        QVERIFY(m_gui.click(QStringLiteral("Add trust list")));
        QTRY_VERIFY(m_app->settings()->error().contains(QStringLiteral("neither a Vitae trust list")));
        QVERIFY(m_app->settings()->trustLists().isEmpty());

        QVERIFY(m_gui.type(QStringLiteral("Trust list file"), path));
        QVERIFY(m_gui.click(QStringLiteral("Add trust list")));
        QTRY_COMPARE(m_app->settings()->trustLists().size(), 1);
        const QVariantMap stored = m_app->settings()->trustLists().first().toMap();
        QCOMPARE(stored.value("name").toString(), QStringLiteral("Riverside schools"));
        QCOMPARE(stored.value("issuerCount").toInt(), 1);
        QVERIFY(m_gui.item(QStringLiteral("Remove trust list Riverside schools")));

        // Checking a stored credential again now finds its issuer listed.
        m_app->showPage(Page::Credentials);
        QTRY_COMPARE(m_app->credentialCount(), 2);
        const qint64 id = m_app->credentials()->data(m_app->credentials()->index(0, 0), Qt::UserRole + 1).toLongLong();
        m_app->openCredential(id);
        QTRY_COMPARE(m_app->page(), Page::CredentialDetail);
        m_app->reverifyCredential();
        auto issuerCode = [&] {
            for (const QVariant &check : m_app->detail().value("checks").toList())
                if (check.toMap().value("check").toString() == QLatin1String("issuer"))
                    return check.toMap().value("code").toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(issuerCode(), QStringLiteral("issuer.registered"), 20000);
        m_app->closeCredential();

        // Removed: the issuer is unknown again at the next check.
        QVERIFY(openSettings());
        QVERIFY(m_gui.click(QStringLiteral("Remove trust list Riverside schools")));
        QTRY_VERIFY(m_app->settings()->trustLists().isEmpty());
    }

    void testAutoLock()
    {
        QVERIFY(openSettings());
        m_app->settings()->setAutoLockMinutes(1);
        QTRY_VERIFY(!m_app->settings()->notice().isEmpty());
        QVERIFY(m_gui.item(QStringLiteral("Auto-lock time")));
        auto *idle = m_app->findChild<gui::IdleWatcher *>();
        QVERIFY(idle);
        QCOMPARE(idle->timeout(), qint64(60 * 1000));
        QVERIFY(idle->isActive());

        // A short time for the test. Input keeps the vault open...
        idle->setTimeout(1500);
        for (int i = 0; i < 12; ++i) {
            QTest::mouseMove(m_gui.window(), QPoint(200 + (i % 2) * 40, 300));
            QTest::qWait(250);
        }
        QCOMPARE(m_app->page(), Page::Settings);
        // ...and without any, it locks.
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Unlock, 5000);
        QVERIFY(!idle->isActive());

        // The chosen time is kept in the vault and back after unlocking.
        m_app->unlock(kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(idle->timeout(), qint64(60 * 1000), 10000);
        QCOMPARE(m_app->settings()->autoLockMinutes(), 1);
        QVERIFY(idle->isActive());

        // Lock now, from the page.
        QVERIFY(openSettings());
        QVERIFY(m_gui.click(QStringLiteral("Lock now")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Unlock, 10000);
    }

    void cleanupTestCase()
    {
        m_gui.stop();
        m_app.reset();
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
