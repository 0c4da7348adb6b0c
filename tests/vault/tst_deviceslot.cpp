// "Remember on this device" in the core: the device slot opens the vault
// with the device key alone, refuses any other key, reports damage, survives
// a passphrase change, and is never part of a new vault. The keychain that
// keeps the device key in the app is tested in tests/gui.
#include "SampleCredentials.h"
#include "TestSupport.h"
#include "crypto/Aead.h"
#include "crypto/Sodium.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using namespace vitae::vault;

namespace {
const QByteArray kPassphrase = "correct horse battery staple";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A vault with one credential, remembered under the returned device key,
// and locked again.
crypto::SecureBuffer rememberedVault(const QString &folder)
{
    Vault vault(folder);
    const Status created = vault.create(kPassphrase, crypto::KdfParams::testing());
    if (!created)
        qFatal("create: %s", qPrintable(created.message()));
    if (!vault.credentials().add(test::sampleCredential(0)))
        qFatal("cannot add a credential");
    crypto::SecureBuffer deviceKey = DeviceSlot::newDeviceKey();
    const Status remembered = vault.rememberOnDevice(deviceKey);
    if (!remembered)
        qFatal("remember: %s", qPrintable(remembered.message()));
    return deviceKey;
}
} // namespace

class TestDeviceSlot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { crypto::enableTestingKdf(); }

    void testOffByDefault()
    {
        QTemporaryDir dir;
        Vault vault(dir.path() + "/wallet");
        QVERIFY(vault.create(kPassphrase, crypto::KdfParams::testing()));
        QVERIFY(!vault.hasDeviceSlot());
        QVERIFY(!QFileInfo::exists(dir.path() + "/wallet/" + DeviceSlot::FileName));
        vault.lock();
        const Status refused = vault.unlockWithDeviceKey(DeviceSlot::newDeviceKey());
        QCOMPARE(refused.code(), ErrorCode::NotFound);
        QVERIFY(!vault.isUnlocked());
    }

    void testRoundTrip()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + "/wallet";
        const crypto::SecureBuffer deviceKey = rememberedVault(folder);

        Vault vault(folder);
        QVERIFY(vault.hasDeviceSlot());
        QCOMPARE(QFileInfo(vault.deviceSlotPath()).size(), DeviceSlot::Size);
        QCOMPARE(QFile::permissions(vault.deviceSlotPath()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const Status opened = vault.unlockWithDeviceKey(deviceKey);
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(vault.isUnlocked());
        QCOMPARE(vault.counts()->credentials, 1);
        QVERIFY(vault.holderDid().startsWith("did:key:"));
        // Opened through the slot, the vault can write a new slot itself.
        const crypto::SecureBuffer nextKey = DeviceSlot::newDeviceKey();
        QVERIFY(vault.rememberOnDevice(nextKey));
        vault.lock();
        QCOMPARE(vault.unlockWithDeviceKey(deviceKey).code(), ErrorCode::WrongPassphrase);
        QVERIFY(vault.unlockWithDeviceKey(nextKey));
    }

    void testSlotHoldsTheDataKeyWrappedNotThePassphrase()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + "/wallet";
        const crypto::SecureBuffer deviceKey = rememberedVault(folder);
        Vault vault(folder);
        // The data key, as the passphrase header gives it.
        const Result<VaultHeader> header = vault.readHeader();
        QVERIFY(header);
        const Result<crypto::SecureBuffer> wrapKey = crypto::deriveKey(kPassphrase, header->salt, header->kdf);
        QVERIFY(wrapKey);
        const Result<crypto::SecureBuffer> dataKey =
                crypto::aeadDecrypt(*wrapKey, header->nonce, header->wrappedKey, header->associatedData());
        QVERIFY(dataKey);

        const QByteArray slotBytes = readAll(vault.deviceSlotPath());
        QVERIFY(!slotBytes.contains(kPassphrase));
        QVERIFY(!slotBytes.contains(dataKey->view().toByteArray()));
        QVERIFY(!slotBytes.contains(deviceKey.view().toByteArray()));
        const Result<DeviceSlot> slot = DeviceSlot::parse(slotBytes, "slot");
        QVERIFY(slot);
        const Result<crypto::SecureBuffer> unwrapped = slot->unwrap(deviceKey);
        QVERIFY(unwrapped);
        QCOMPARE(unwrapped->view().toByteArray(), dataKey->view().toByteArray());
    }

    void testWrongDeviceKeyChangesNothing()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + "/wallet";
        const crypto::SecureBuffer deviceKey = rememberedVault(folder);
        const QByteArray slotBefore = readAll(DeviceSlot::pathIn(folder));
        const QByteArray headerBefore = readAll(folder + "/" + Vault::HeaderFileName);

        Vault vault(folder);
        QCOMPARE(vault.unlockWithDeviceKey(DeviceSlot::newDeviceKey()).code(), ErrorCode::WrongPassphrase);
        // One flipped bit of the right key is just as wrong.
        QByteArray almost = deviceKey.view().toByteArray();
        almost[7] = char(almost[7] ^ 0x01);
        QCOMPARE(vault.unlockWithDeviceKey(crypto::SecureBuffer::fromBytes(almost)).code(), ErrorCode::WrongPassphrase);
        // A key of the wrong length (a damaged keychain entry).
        QCOMPARE(vault.unlockWithDeviceKey(crypto::SecureBuffer::fromBytes("short")).code(),
                 ErrorCode::WrongPassphrase);
        QVERIFY(!vault.isUnlocked());
        QVERIFY(!vault.isInUseElsewhere());
        QCOMPARE(readAll(DeviceSlot::pathIn(folder)), slotBefore);
        QCOMPARE(readAll(folder + "/" + Vault::HeaderFileName), headerBefore);
        QVERIFY(vault.unlock(kPassphrase));
    }

    void testDamagedSlot_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("expected");
        // Any flipped byte fails the checksum: damage, not a wrong key.
        QTest::newRow("magic") << 0 << int(ErrorCode::Corrupt);
        QTest::newRow("wrap id") << 12 << int(ErrorCode::Corrupt);
        QTest::newRow("nonce") << 20 << int(ErrorCode::Corrupt);
        QTest::newRow("wrapped key") << 50 << int(ErrorCode::Corrupt);
        QTest::newRow("tag") << 80 << int(ErrorCode::Corrupt);
        QTest::newRow("checksum") << 100 << int(ErrorCode::Corrupt);
        QTest::newRow("truncated") << -1 << int(ErrorCode::Corrupt);
        QTest::newRow("empty") << -2 << int(ErrorCode::Corrupt);
        QTest::newRow("newer major") << -3 << int(ErrorCode::VersionTooNew);
    }

    void testDamagedSlot()
    {
        QFETCH(int, offset);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString folder = dir.path() + "/wallet";
        const crypto::SecureBuffer deviceKey = rememberedVault(folder);
        const QString path = DeviceSlot::pathIn(folder);
        QByteArray bytes = readAll(path);
        if (offset >= 0)
            bytes[offset] = char(bytes[offset] ^ 0x5a);
        else if (offset == -1)
            bytes.chop(30);
        else if (offset == -2)
            bytes.clear();
        else
            bytes[9] = 2;
        QVERIFY(writeAll(path, bytes));

        Vault vault(folder);
        const Status refused = vault.unlockWithDeviceKey(deviceKey);
        QCOMPARE(int(refused.code()), expected);
        QVERIFY(!refused.message().isEmpty());
        QVERIFY(!vault.isUnlocked());
        // The vault itself is untouched: the passphrase still opens it.
        const Status opened = vault.unlock(kPassphrase);
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(vault.counts()->credentials, 1);
        QCOMPARE(readAll(path), bytes);
    }

    void testTamperingWithFixedChecksum()
    {
        // Someone who rewrites the checksum too meets the AEAD (nonce) or
        // the parser (reserved bytes).
        QTemporaryDir dir;
        const QString folder = dir.path() + "/wallet";
        const crypto::SecureBuffer deviceKey = rememberedVault(folder);
        const QByteArray original = readAll(DeviceSlot::pathIn(folder));
        auto withChecksum = [](QByteArray bytes) {
            bytes.replace(88, 32, crypto::sha256(bytes.first(88)));
            return bytes;
        };
        Vault vault(folder);
        QByteArray nonce = original;
        nonce[30] = char(nonce[30] ^ 0x01);
        QVERIFY(writeAll(DeviceSlot::pathIn(folder), withChecksum(nonce)));
        QCOMPARE(vault.unlockWithDeviceKey(deviceKey).code(), ErrorCode::WrongPassphrase);
        QByteArray reserved = original;
        reserved[14] = 1;
        QVERIFY(writeAll(DeviceSlot::pathIn(folder), withChecksum(reserved)));
        QCOMPARE(vault.unlockWithDeviceKey(deviceKey).code(), ErrorCode::Corrupt);
        QVERIFY(writeAll(DeviceSlot::pathIn(folder), original));
        QVERIFY(vault.unlockWithDeviceKey(deviceKey));
    }

    void testPassphraseChangeKeepsSlot()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + "/wallet";
        const crypto::SecureBuffer deviceKey = rememberedVault(folder);
        const QByteArray slotBefore = readAll(DeviceSlot::pathIn(folder));
        Vault vault(folder);
        QVERIFY(vault.changePassphrase(kPassphrase, "a brand new passphrase", crypto::KdfParams::testing()));
        QCOMPARE(readAll(DeviceSlot::pathIn(folder)), slotBefore);
        QVERIFY(vault.unlockWithDeviceKey(deviceKey));
        QCOMPARE(vault.counts()->credentials, 1);
        vault.lock();
        QCOMPARE(vault.unlock(kPassphrase).code(), ErrorCode::WrongPassphrase);
        QVERIFY(vault.unlock("a brand new passphrase"));
    }

    void testForgetRemovesSlot()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + "/wallet";
        const crypto::SecureBuffer deviceKey = rememberedVault(folder);
        Vault vault(folder);
        QVERIFY(vault.forgetDevice()); // works while locked
        QVERIFY(!vault.hasDeviceSlot());
        QVERIFY(!QFileInfo::exists(DeviceSlot::pathIn(folder)));
        QCOMPARE(vault.unlockWithDeviceKey(deviceKey).code(), ErrorCode::NotFound);
        QVERIFY(vault.forgetDevice()); // nothing left to forget is fine
        QVERIFY(vault.unlock(kPassphrase));
    }

    void testRememberNeedsAnOpenVault()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + "/wallet";
        {
            Vault vault(folder);
            QVERIFY(vault.create(kPassphrase, crypto::KdfParams::testing()));
        }
        Vault vault(folder);
        QCOMPARE(vault.rememberOnDevice(DeviceSlot::newDeviceKey()).code(), ErrorCode::Locked);
        QVERIFY(!vault.hasDeviceSlot());
        QVERIFY(vault.unlock(kPassphrase));
        vault.lock();
        // Locking forgets the data key too.
        QCOMPARE(vault.rememberOnDevice(DeviceSlot::newDeviceKey()).code(), ErrorCode::Locked);
    }

    void testNewVaultDropsLeftoverSlot()
    {
        // A slot left in a folder whose vault was deleted must not make the
        // next vault there look remembered.
        QTemporaryDir dir;
        const QString folder = dir.path() + "/wallet";
        const crypto::SecureBuffer deviceKey = rememberedVault(folder);
        QVERIFY(QFile::remove(folder + "/" + Vault::HeaderFileName));
        QVERIFY(QFile::remove(folder + "/" + Vault::DatabaseFileName));
        QVERIFY(QFileInfo::exists(DeviceSlot::pathIn(folder)));
        Vault vault(folder);
        QVERIFY(vault.create("another passphrase", crypto::KdfParams::testing()));
        QVERIFY(!vault.hasDeviceSlot());
        vault.lock();
        QCOMPARE(vault.unlockWithDeviceKey(deviceKey).code(), ErrorCode::NotFound);
    }

    void testKeychainNameIsTiedToTheFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.path() + "/a"));
        QVERIFY(QDir().mkpath(dir.path() + "/b"));
        const QString a = DeviceSlot::keychainKeyFor(dir.path() + "/a");
        QCOMPARE(DeviceSlot::keychainKeyFor(dir.path() + "/a/"), a);
        QCOMPARE(DeviceSlot::keychainKeyFor(dir.path() + "/b/../a"), a);
        QVERIFY(DeviceSlot::keychainKeyFor(dir.path() + "/b") != a);
        QVERIFY(QFile::link(dir.path() + "/a", dir.path() + "/link"));
        QCOMPARE(DeviceSlot::keychainKeyFor(dir.path() + "/link"), a);
    }
};

QTEST_GUILESS_MAIN(TestDeviceSlot)
#include "tst_deviceslot.moc"
