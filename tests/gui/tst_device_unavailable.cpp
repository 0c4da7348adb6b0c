// "Remember on this device" where there is no keychain (the session bus
// points nowhere): the option says so and stays off, turning it on anyway
// writes nothing, and the unlock page offers only the passphrase.
#include "GuiDriver.h"
#include "crypto/Kdf.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;
using Page = gui::AppController::Page;

class TestDeviceUnavailable : public QObject {
    Q_OBJECT
private slots:
    void testNoKeychain()
    {
        crypto::enableTestingKdf();
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/vault");
        {
            vault::Vault vault(folder);
            QVERIFY(vault.create("maple river quiet lantern", crypto::KdfParams::testing()));
        }
        gui::AppController app(folder);
        test::GuiDriver gui;
        QVERIFY(gui.start(&app));
        gui::DeviceUnlock *device = app.device();
        device->load();
        QTRY_VERIFY_WITH_TIMEOUT(device->checked(), 30000);
        QVERIFY(!device->available());
        QVERIFY(!device->unavailableReason().isEmpty());
        QVERIFY(!device->remembered());

        QVERIFY(gui.type(QStringLiteral("Passphrase"), QStringLiteral("maple river quiet lantern")));
        QVERIFY(gui.click(QStringLiteral("Unlock")));
        QTRY_COMPARE_WITH_TIMEOUT(app.page(), Page::Credentials, 15000);

        // Asked anyway (the switch is disabled): a clear error, nothing written.
        device->remember();
        QVERIFY(QTest::qWaitFor([&] { return !device->busy(); }, 30000));
        QVERIFY(device->error().contains(QStringLiteral("not remembered")));
        QVERIFY(!device->remembered());
        QVERIFY(!QFileInfo::exists(vault::DeviceSlot::pathIn(folder)));

        app.lock();
        QTRY_COMPARE_WITH_TIMEOUT(app.page(), Page::Unlock, 10000);
        QVERIFY(gui.item(QStringLiteral("Unlock")));
        QVERIFY(!test::GuiDriver::find(gui.window()->contentItem(), QStringLiteral("Unlock on this device")));
        gui.stop();
    }
};

QTEST_MAIN(TestDeviceUnavailable)
#include "tst_device_unavailable.moc"
