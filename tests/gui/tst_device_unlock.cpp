// "Remember on this device" against a real Secret Service: gnome-keyring in
// a private D-Bus session (with_keyring.sh runs this test). The option is
// off by default, turning it on puts a device key (never the passphrase nor
// the data key) in the keychain, the unlock page opens the vault with it,
// a passphrase change keeps it working, a missing or wrong keychain entry
// and a damaged slot fall back to the passphrase with a message and change
// nothing, and forgetting removes both halves.
#include "GuiDriver.h"
#include "SampleCredentials.h"
#include "crypto/Aead.h"
#include "crypto/Kdf.h"
#include "vault/Vault.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <qt6keychain/keychain.h>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;
using Page = gui::AppController::Page;

namespace {
const QString kPassphrase = QStringLiteral("maple river quiet lantern");
const QString kNewPassphrase = QStringLiteral("seven lanterns over a quiet river");

struct Entry {
    QKeychain::Error error = QKeychain::OtherError;
    QByteArray data; // decoded bytes
    QString text;    // as the Secret Service holds it (base64 of the bytes)
};

// Runs one keychain job to its end, as the app does (no nested event loop
// in the app; here the test waits for the job's signal).
bool runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    return finished.wait(20000);
}

Entry readEntry(const QString &key)
{
    QKeychain::ReadPasswordJob job(QLatin1String(gui::DeviceUnlock::KeychainService));
    job.setKey(key);
    Entry entry;
    if (!runJob(&job))
        return entry;
    entry.error = job.error();
    entry.data = job.binaryData();
    entry.text = job.textData();
    return entry;
}

QKeychain::Error writeEntry(const QString &key, const QByteArray &bytes)
{
    QKeychain::WritePasswordJob job(QLatin1String(gui::DeviceUnlock::KeychainService));
    job.setKey(key);
    job.setBinaryData(bytes);
    return runJob(&job) ? job.error() : QKeychain::OtherError;
}

QKeychain::Error deleteEntry(const QString &key)
{
    QKeychain::DeletePasswordJob job(QLatin1String(gui::DeviceUnlock::KeychainService));
    job.setKey(key);
    return runJob(&job) ? job.error() : QKeychain::OtherError;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The vault's data key, recomputed from the header as an attacker with the
// passphrase would: the keychain must not hold it.
QByteArray dataKeyOf(const QString &folder, const QString &passphrase)
{
    const Result<vault::VaultHeader> header = vault::Vault(folder).readHeader();
    if (!header)
        return {};
    const Result<crypto::SecureBuffer> wrapKey = crypto::deriveKey(passphrase.toUtf8(), header->salt, header->kdf);
    if (!wrapKey)
        return {};
    const Result<crypto::SecureBuffer> dataKey =
            crypto::aeadDecrypt(*wrapKey, header->nonce, header->wrappedKey, header->associatedData());
    return dataKey ? dataKey->view().toByteArray() : QByteArray();
}
} // namespace

class TestDeviceUnlock : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;
    QString m_holderDid;

    gui::DeviceUnlock *device() { return m_app->device(); }
    bool settled() { return QTest::qWaitFor([&] { return !device()->busy(); }, 30000); }
    QString slotPath() const { return vault::DeviceSlot::pathIn(m_folder); }

    void lockApp()
    {
        m_app->lock();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Unlock, 10000);
    }

    void unlockWithPassphrase(const QString &passphrase)
    {
        QVERIFY(m_gui.type(QStringLiteral("Passphrase"), passphrase));
        QVERIFY(m_gui.click(QStringLiteral("Unlock")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 15000);
        QCOMPARE(m_app->holderDid(), m_holderDid);
    }

    // The remember switch, as the Settings page shows it.
    std::unique_ptr<QObject> m_option;

private slots:
    void initTestCase()
    {
        crypto::enableTestingKdf();
        m_folder = m_dir.path() + QStringLiteral("/vault");
        {
            vault::Vault vault(m_folder);
            const Status created = vault.create(kPassphrase.toUtf8(), crypto::KdfParams::testing());
            QVERIFY2(created, qPrintable(created.message()));
            QVERIFY(vault.credentials().add(test::sampleCredential(0)));
            m_holderDid = vault.holderDid();
        }
        m_app = std::make_unique<gui::AppController>(m_folder);
        QVERIFY(m_gui.start(m_app.get()));
        QCOMPARE(m_app->page(), Page::Unlock);
        device()->load();
        QTRY_VERIFY_WITH_TIMEOUT(device()->checked(), 20000);
        QVERIFY2(device()->available(), qPrintable(device()->unavailableReason()));
    }

    void testOffByDefault()
    {
        QVERIFY(!device()->remembered());
        QVERIFY(!QFileInfo::exists(slotPath()));
        QCOMPARE(readEntry(device()->keychainKey()).error, QKeychain::EntryNotFound);
        // No device button on the unlock page.
        QVERIFY(m_gui.item(QStringLiteral("Unlock")));
        QVERIFY(!test::GuiDriver::find(m_gui.window()->contentItem(), QStringLiteral("Unlock on this device")));
    }

    void testTurnOnWithTheSwitch()
    {
        unlockWithPassphrase(kPassphrase);
        // The component as the Settings page includes it, in its Security
        // card, over the app.
        QQmlComponent component(qmlEngine(m_gui.window()));
        component.setData("import QtQuick\nimport QtQuick.Layouts\nimport Vitae.Ui\nimport Vitae.Models\n"
                          "Rectangle {\n"
                          "    id: overlay\n"
                          "    required property AppController app\n"
                          "    anchors.fill: parent\n"
                          "    z: 1000\n"
                          "    color: Theme.background\n"
                          "    ColumnLayout {\n"
                          "        anchors.fill: parent\n"
                          "        anchors.margins: Theme.padding * 2\n"
                          "        SettingsSection {\n"
                          "            title: \"Security\"\n"
                          "            Layout.maximumWidth: 640\n"
                          "            RememberDeviceOption { app: overlay.app; Layout.fillWidth: true }\n"
                          "        }\n"
                          "        Item { Layout.fillHeight: true }\n"
                          "    }\n"
                          "}\n",
                          QUrl(QStringLiteral("qrc:/Vitae/Ui/RememberDeviceOptionShown.qml")));
        m_option.reset(component.createWithInitialProperties(
                {{QStringLiteral("app"), QVariant::fromValue(m_app.get())},
                 {QStringLiteral("parent"), QVariant::fromValue(m_gui.window()->contentItem())}}));
        QVERIFY2(m_option, qPrintable(component.errorString()));
        QQuickItem *toggle = m_gui.item(QStringLiteral("Remember on this device"));
        QVERIFY(toggle);
        QVERIFY(!toggle->property("checked").toBool()); // off by default
        QVERIFY(m_gui.click(QStringLiteral("Remember on this device"))); // waits until the keychain answered
        QVERIFY(settled());
        QVERIFY2(device()->error().isEmpty(), qPrintable(device()->error()));
        QVERIFY(device()->remembered());
        QTRY_VERIFY(toggle->property("checked").toBool());
        QVERIFY(QFileInfo::exists(slotPath()));
        QVERIFY(m_gui.item(device()->notice()));
        QVERIFY(m_gui.screenshot(QStringLiteral("36-remember-on-this-device")));
        m_option.reset();
    }

    void testKeychainHoldsOnlyTheDeviceKey()
    {
        const Entry entry = readEntry(device()->keychainKey());
        QCOMPARE(entry.error, QKeychain::NoError);
        QCOMPARE(entry.data.size(), vault::DeviceSlot::DeviceKeySize);
        const QByteArray passphrase = kPassphrase.toUtf8();
        QVERIFY(!entry.data.contains(passphrase));
        QVERIFY(!entry.text.contains(kPassphrase));
        QVERIFY(!entry.text.toUtf8().contains(passphrase.toBase64()));
        const QByteArray dataKey = dataKeyOf(m_folder, kPassphrase);
        QCOMPARE(dataKey.size(), 32);
        QVERIFY(entry.data != dataKey);
        QVERIFY(!entry.text.toUtf8().contains(dataKey.toBase64()));
        // And the key opens the slot in the folder.
        const Result<vault::DeviceSlot> slot = vault::DeviceSlot::read(slotPath());
        QVERIFY(slot);
        const Result<crypto::SecureBuffer> unwrapped = slot->unwrap(crypto::SecureBuffer::fromBytes(entry.data));
        QVERIFY(unwrapped);
        QCOMPARE(unwrapped->view().toByteArray(), dataKey);
    }

    void testUnlockOnThisDevice()
    {
        lockApp();
        QVERIFY(m_gui.item(QStringLiteral("Unlock on this device")));
        QVERIFY(m_gui.screenshot(QStringLiteral("35-unlock-on-this-device")));
        QVERIFY(m_gui.click(QStringLiteral("Unlock on this device")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 15000);
        QCOMPARE(m_app->holderDid(), m_holderDid);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), 1, 10000);
        QVERIFY(device()->error().isEmpty());
    }

    void testPassphraseChangeKeepsIt()
    {
        lockApp();
        {
            vault::Vault vault(m_folder);
            QVERIFY(vault.changePassphrase(kPassphrase.toUtf8(), kNewPassphrase.toUtf8(),
                                           crypto::KdfParams::testing()));
        }
        QVERIFY(m_gui.click(QStringLiteral("Unlock on this device")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 15000);
        QCOMPARE(m_app->holderDid(), m_holderDid);
    }

    void testMissingKeychainEntryFallsBack()
    {
        lockApp();
        const QByteArray before = readEntry(device()->keychainKey()).data;
        QCOMPARE(deleteEntry(device()->keychainKey()), QKeychain::NoError);
        QVERIFY(m_gui.click(QStringLiteral("Unlock on this device")));
        QVERIFY(settled());
        QCOMPARE(m_app->page(), Page::Unlock);
        QVERIFY(device()->error().contains(QStringLiteral("no longer holds the key")));
        QVERIFY(device()->error().contains(QStringLiteral("passphrase")));
        QVERIFY(m_gui.item(device()->error())); // shown on the page
        QVERIFY(device()->remembered());
        unlockWithPassphrase(kNewPassphrase);
        QVERIFY(device()->error().isEmpty()); // typing the passphrase cleared it
        // Put the key back for the next steps.
        QCOMPARE(writeEntry(device()->keychainKey(), before), QKeychain::NoError);
    }

    void testWrongKeychainEntryFallsBack()
    {
        lockApp();
        const QByteArray before = readEntry(device()->keychainKey()).data;
        QCOMPARE(writeEntry(device()->keychainKey(), QByteArray(32, 'x')), QKeychain::NoError);
        const QByteArray slotBefore = readFile(slotPath());
        QVERIFY(m_gui.click(QStringLiteral("Unlock on this device")));
        QVERIFY(settled());
        QCOMPARE(m_app->page(), Page::Unlock);
        QVERIFY(device()->error().contains(QStringLiteral("does not open this vault")));
        QCOMPARE(readFile(slotPath()), slotBefore);
        QCOMPARE(writeEntry(device()->keychainKey(), before), QKeychain::NoError);
        unlockWithPassphrase(kNewPassphrase);
    }

    void testDamagedSlotFallsBack()
    {
        lockApp();
        QByteArray bytes = readFile(slotPath());
        QCOMPARE(bytes.size(), vault::DeviceSlot::Size);
        bytes[60] = char(bytes[60] ^ 0x20);
        {
            QFile file(slotPath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        const QByteArray header = readFile(m_folder + QStringLiteral("/vault.header"));
        QVERIFY(m_gui.click(QStringLiteral("Unlock on this device")));
        QVERIFY(settled());
        QCOMPARE(m_app->page(), Page::Unlock);
        QVERIFY(device()->error().contains(QStringLiteral("damaged")));
        QCOMPARE(readFile(m_folder + QStringLiteral("/vault.header")), header);
        unlockWithPassphrase(kNewPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), 1, 10000);
        // Turning it on again replaces the damaged slot.
        device()->remember();
        QVERIFY(settled());
        QVERIFY2(device()->error().isEmpty(), qPrintable(device()->error()));
        lockApp();
        QVERIFY(m_gui.click(QStringLiteral("Unlock on this device")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 15000);
    }

    void testForgetRemovesBoth()
    {
        QVERIFY(device()->remembered());
        device()->forget();
        QVERIFY(settled());
        QVERIFY2(device()->error().isEmpty(), qPrintable(device()->error()));
        QVERIFY(device()->notice().contains(QStringLiteral("only the passphrase")));
        QVERIFY(!device()->remembered());
        QVERIFY(!QFileInfo::exists(slotPath()));
        QCOMPARE(readEntry(device()->keychainKey()).error, QKeychain::EntryNotFound);
        lockApp();
        QVERIFY(m_gui.gone(QStringLiteral("Unlock on this device")));
    }

    void cleanupTestCase()
    {
        m_option.reset();
        m_gui.stop();
        m_app.reset();
    }
};

QTEST_MAIN(TestDeviceUnlock)
#include "tst_device_unlock.moc"
