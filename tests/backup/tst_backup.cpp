// Backup and restore of a whole vault: everything comes back identical,
// keys and DID included; the restored vault is new and unlocks with its new
// passphrase; and whatever goes wrong, no vault is left behind and no
// existing vault is touched.
#include "BackupTestSupport.h"
#include "SampleCredentials.h"
#include "backup/Backup.h"
#include "backup/BackupSettings.h"
#include "backup/BackupWriter.h"
#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "vault/Schema.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using namespace vitae::backup;

namespace {
const QByteArray kVaultPassphrase = "vault passphrase";
const QByteArray kBackupPassphrase = "backup passphrase";
const QByteArray kNewPassphrase = "restored vault passphrase";

BackupOptions testOptions()
{
    BackupOptions options;
    options.kdf = crypto::KdfParams::testing();
    return options;
}

RestoreOptions testRestoreOptions()
{
    RestoreOptions options;
    options.vaultKdf = crypto::KdfParams::testing();
    return options;
}

QMap<QString, QByteArray> folderDigests(const QString &folder)
{
    QMap<QString, QByteArray> digests;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        digests.insert(it.fileName(), crypto::sha256(test::readFile(it.filePath())));
    }
    return digests;
}
} // namespace

class TestBackup : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A vault with everything in it, and a backup of it.
    void makeBackup(const QString &vaultFolder, const QString &backupPath, int credentials = 5)
    {
        vault::Vault vault(vaultFolder);
        QVERIFY(vault.create(kVaultPassphrase, crypto::KdfParams::testing()));
        test::fillVaultWithEverything(vault, credentials);
        const Status written = writeBackup(vault, backupPath, kBackupPassphrase, testOptions());
        QVERIFY2(written, qPrintable(written.message()));
    }

private slots:
    void initTestCase() { crypto::enableTestingKdf(); }

    void testRoundTrip()
    {
        const QString original = m_dir.path() + "/round/original";
        const QString backupPath = m_dir.path() + "/round/vitae.backup";
        const QString restored = m_dir.path() + "/round/restored";
        vault::Vault vault(original);
        QVERIFY(vault.create(kVaultPassphrase, crypto::KdfParams::testing()));
        test::fillVaultWithEverything(vault, 6);
        QVERIFY(!lastBackupTime(vault).value().isValid());

        QList<qint64> progress;
        BackupOptions options = testOptions();
        options.progress = [&](qint64 done, qint64 total) { progress << done << total; };
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Status written = writeBackup(vault, backupPath, kBackupPassphrase, options);
        QVERIFY2(written, qPrintable(written.message()));
        QVERIFY(lastBackupTime(vault).value() >= before);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), progress.at(progress.size() - 2)); // ends at done == total
        QCOMPARE(QFile::permissions(backupPath) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        const QByteArray file = test::readFile(backupPath);
        QVERIFY(file.startsWith("VITAEBAK"));
        QVERIFY(!file.contains("Riverside")); // encrypted, not just encoded
        QVERIFY(!file.contains("did:key"));

        const Result<BackupInfo> info = inspectBackup(backupPath, kBackupPassphrase);
        QVERIFY2(info, qPrintable(info.message()));
        QCOMPARE(info->counts.credentials, 6);
        QCOMPARE(info->counts.evidence, 3);
        QCOMPARE(info->counts.tags, 2);
        QCOMPARE(info->counts.shares, 2);
        QCOMPARE(info->counts.holderKeys, 2);
        QCOMPARE(info->schemaVersion, vault::schema::CurrentVersion);
        QCOMPARE(info->holderDid, vault.holderDid());
        QCOMPARE(info->appVersion, QStringLiteral(VITAE_VERSION_FOR_TESTS));
        QCOMPARE(info->createdAt, lastBackupTime(vault).value());
        QCOMPARE(info->formatMajor, 1);

        const auto originalRows = test::dumpRows(vault.database(), {kLastBackupSetting});
        QVERIFY(originalRows.contains("credentials"));
        QVERIFY(!originalRows.contains("credentials_fts"));
        const Result<BackupInfo> done =
                restoreBackup(backupPath, kBackupPassphrase, restored, kNewPassphrase, testRestoreOptions());
        QVERIFY2(done, qPrintable(done.message()));
        QCOMPARE(done->counts.credentials, 6);
        QCOMPARE(test::entriesOf(m_dir.path() + "/round"),
                 QStringList({"original", "restored", "vitae.backup"})); // no staging left

        vault::Vault copy(restored);
        QCOMPARE(copy.unlock(kVaultPassphrase).code(), ErrorCode::WrongPassphrase);
        const Status unlocked = copy.unlock(kNewPassphrase);
        QVERIFY2(unlocked, qPrintable(unlocked.message()));
        QCOMPARE(test::dumpRows(copy.database(), {kLastBackupSetting}), originalRows);
        QCOMPARE(copy.holderDid(), vault.holderDid());
        QCOMPARE(copy.holderKey().seed().view(), vault.holderKey().seed().view());
        const QByteArray signature = copy.holderKey().sign("hello");
        QVERIFY(crypto::ed25519Verify(did::parseDidKey(vault.holderDid())->publicKey, "hello", signature));
        QCOMPARE(lastBackupTime(copy).value(), info->createdAt);
        QVERIFY(copy.integrityCheck());
        // The search index was rebuilt, and the stores read what they wrote.
        QCOMPARE(copy.credentials().search("logistics").value().size(), 1);
        QCOMPARE(copy.credentials().list().value().size(), 6);
        for (const auto &summary : copy.credentials().list().value())
            QVERIFY(copy.credentials().get(summary.id));
        QCOMPARE(copy.tags().all(vault::TagKind::Collection).value(), QStringList{"Job applications"});
        QCOMPARE(copy.evidence().get(1)->data.size(), 300);
        QCOMPARE(copy.shares().all().value().size(), 2);
        // And it takes new data.
        QVERIFY(copy.credentials().add(test::sampleCredential(99)));
        QVERIFY(QFile::permissions(restored) & QFile::ReadOwner);
        QCOMPARE(QFile::permissions(restored) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void testEmptyVault()
    {
        const QString backupPath = m_dir.path() + "/empty.backup";
        vault::Vault vault(m_dir.path() + "/empty");
        QVERIFY(vault.create(kVaultPassphrase, crypto::KdfParams::testing()));
        QVERIFY(writeBackup(vault, backupPath, kBackupPassphrase, testOptions()));
        const Result<BackupInfo> info = inspectBackup(backupPath, kBackupPassphrase);
        QVERIFY(info);
        QCOMPARE(info->counts.credentials, 0);
        QCOMPARE(info->counts.holderKeys, 1);
        QVERIFY(restoreBackup(backupPath, kBackupPassphrase, m_dir.path() + "/empty-restored", kNewPassphrase,
                              testRestoreOptions()));
        vault::Vault copy(m_dir.path() + "/empty-restored");
        QVERIFY(copy.unlock(kNewPassphrase));
        QCOMPARE(copy.holderDid(), vault.holderDid());
        QCOMPARE(copy.counts()->credentials, 0);
    }

    void testWrongPassphraseCreatesNothing()
    {
        const QString folder = m_dir.path() + "/wrong";
        makeBackup(folder + "/vault", folder + "/b.backup");
        const QStringList before = test::entriesOf(folder);
        for (const QByteArray &wrong : {QByteArray("backup passphrasE"), QByteArray()}) {
            const Result<BackupInfo> restored = restoreBackup(folder + "/b.backup", wrong, folder + "/new/restored",
                                                              kNewPassphrase, testRestoreOptions());
            QCOMPARE(restored.code(), ErrorCode::WrongPassphrase);
            QCOMPARE(restored.message(), QStringLiteral("The backup passphrase is not correct."));
            QCOMPARE(inspectBackup(folder + "/b.backup", wrong).code(), ErrorCode::WrongPassphrase);
        }
        QCOMPARE(test::entriesOf(folder), before);
        QVERIFY(!QFile::exists(folder + "/new"));
    }

    void testRestoreNeverTouchesAVault()
    {
        const QString folder = m_dir.path() + "/existing";
        makeBackup(folder + "/vault", folder + "/b.backup");
        vault::Vault other(folder + "/other");
        QVERIFY(other.create("other passphrase", crypto::KdfParams::testing()));
        QVERIFY(other.credentials().add(test::sampleCredential(42)));
        other.lock();
        const auto digests = folderDigests(folder + "/other");

        for (const QString &target : {folder + "/other", folder + "/vault"}) {
            const Result<BackupInfo> refused =
                    restoreBackup(folder + "/b.backup", kBackupPassphrase, target, kNewPassphrase, testRestoreOptions());
            QCOMPARE(refused.code(), ErrorCode::AlreadyExists);
            QVERIFY2(refused.message().contains("already holds a vault"), qPrintable(refused.message()));
        }
        QCOMPARE(folderDigests(folder + "/other"), digests);
        QVERIFY(other.unlock("other passphrase"));
        QCOMPARE(other.counts()->credentials, 1);
        other.lock();

        // A folder with other files is refused too; an empty one is used.
        QVERIFY(QDir().mkpath(folder + "/busy"));
        test::writeFile(folder + "/busy/letter.txt", "dear diary");
        QCOMPARE(restoreBackup(folder + "/b.backup", kBackupPassphrase, folder + "/busy", kNewPassphrase,
                               testRestoreOptions())
                         .code(),
                 ErrorCode::AlreadyExists);
        QCOMPARE(test::entriesOf(folder + "/busy"), QStringList{"letter.txt"});
        QVERIFY(QDir().mkpath(folder + "/empty"));
        QVERIFY(restoreBackup(folder + "/b.backup", kBackupPassphrase, folder + "/empty", kNewPassphrase,
                              testRestoreOptions()));
        QVERIFY(vault::Vault(folder + "/empty").exists());
    }

    void testCancel()
    {
        const QString folder = m_dir.path() + "/cancel";
        vault::Vault vault(folder + "/vault");
        QVERIFY(vault.create(kVaultPassphrase, crypto::KdfParams::testing()));
        test::fillVaultWithEverything(vault, 600);
        // An earlier backup at the path survives a cancelled one.
        test::writeFile(folder + "/b.backup", "an older backup");
        std::atomic_bool cancel{false};
        BackupOptions options = testOptions();
        options.cancel = &cancel;
        options.progress = [&](qint64 done, qint64) {
            if (done >= 256)
                cancel = true;
        };
        const Status cancelled = writeBackup(vault, folder + "/b.backup", kBackupPassphrase, options);
        QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
        QCOMPARE(test::readFile(folder + "/b.backup"), QByteArray("an older backup"));
        QVERIFY(!lastBackupTime(vault).value().isValid());
        QCOMPARE(test::entriesOf(folder), QStringList({"b.backup", "vault"}));

        QVERIFY(writeBackup(vault, folder + "/b.backup", kBackupPassphrase, testOptions()));
        cancel = false;
        RestoreOptions restoreOptions = testRestoreOptions();
        restoreOptions.cancel = &cancel;
        restoreOptions.progress = options.progress;
        const Result<BackupInfo> restored =
                restoreBackup(folder + "/b.backup", kBackupPassphrase, folder + "/restored", kNewPassphrase,
                              restoreOptions);
        QCOMPARE(restored.code(), ErrorCode::Cancelled);
        QCOMPARE(test::entriesOf(folder), QStringList({"b.backup", "vault"}));
    }

    void testLockedVaultAndBadArguments()
    {
        vault::Vault vault(m_dir.path() + "/locked");
        QVERIFY(vault.create(kVaultPassphrase, crypto::KdfParams::testing()));
        vault.lock();
        QCOMPARE(writeBackup(vault, m_dir.path() + "/locked.backup", kBackupPassphrase, testOptions()).code(),
                 ErrorCode::Locked);
        QVERIFY(vault.unlock(kVaultPassphrase));
        QCOMPARE(writeBackup(vault, m_dir.path() + "/locked.backup", "", testOptions()).code(),
                 ErrorCode::InvalidArgument);
        BackupOptions weak = testOptions();
        weak.kdf = {0, 0};
        QCOMPARE(writeBackup(vault, m_dir.path() + "/locked.backup", kBackupPassphrase, weak).code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(writeBackup(vault, m_dir.path() + "/no/such/folder/x.backup", kBackupPassphrase, testOptions()).code(),
                 ErrorCode::Io);
        QVERIFY(!QFile::exists(m_dir.path() + "/locked.backup"));
        QCOMPARE(inspectBackup(m_dir.path() + "/missing.backup", kBackupPassphrase).code(), ErrorCode::NotFound);
        QVERIFY(writeBackup(vault, m_dir.path() + "/locked.backup", kBackupPassphrase, testOptions()));
        QCOMPARE(restoreBackup(m_dir.path() + "/locked.backup", kBackupPassphrase, m_dir.path() + "/x", "",
                               testRestoreOptions())
                         .code(),
                 ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(m_dir.path() + "/x"));
    }

    // A backup of a database at every older schema version restores into
    // the current schema, data intact.
    void testOlderSchemaIsMigrated_data()
    {
        QTest::addColumn<int>("schemaVersion");
        for (int v = 1; v < vault::schema::CurrentVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("schema %1").arg(v))) << v;
    }
    void testOlderSchemaIsMigrated()
    {
        QFETCH(int, schemaVersion);
        QTemporaryDir dir;
        const crypto::SecureBuffer key = crypto::SecureBuffer::fromBytes(crypto::randomBytes(32));
        auto db = vault::Database::open(dir.path() + "/old.db", key, true);
        QVERIFY(db);
        QVERIFY(vault::schema::migrate(*db, schemaVersion));
        const crypto::Ed25519KeyPair holder = crypto::Ed25519KeyPair::generate();
        const QString did = did::didKeyFromEd25519(holder.publicKey());
        auto insertKey = db->prepare("INSERT INTO holder_keys (did, key_type, public_key, secret_seed, is_default, "
                                     "created_at) VALUES (?, 'Ed25519', ?, ?, 1, '2024-01-01T00:00:00.000Z');");
        QVERIFY(insertKey);
        insertKey->bind(1, did);
        insertKey->bind(2, QByteArrayView(holder.publicKey()));
        insertKey->bind(3, holder.seed().view());
        QVERIFY(insertKey->run());
        for (int i = 0; i < 3; ++i) {
            const vault::CredentialRecord record = test::sampleCredential(i);
            auto insert = db->prepare("INSERT INTO credentials (raw, raw_sha256, format, credential_id, issuer_name, "
                                      "types, name, description, imported_at) VALUES (?,?,?,?,?,?,?,?,?);");
            QVERIFY(insert);
            insert->bind(1, QByteArrayView(record.raw));
            insert->bind(2, QByteArrayView(crypto::sha256(record.raw)));
            insert->bind(3, record.format);
            insert->bind(4, record.credentialId);
            insert->bind(5, record.issuerName);
            insert->bind(6, record.types.join(' '));
            insert->bind(7, record.name);
            insert->bind(8, record.description);
            insert->bind(9, QStringLiteral("2024-05-01T10:00:00.000Z"));
            QVERIFY(insert->run());
        }
        const Result<BackupInfo> written =
                writeDatabaseBackup(*db, did, dir.path() + "/old.backup", kBackupPassphrase, testOptions());
        QVERIFY2(written, qPrintable(written.message()));
        QCOMPARE(written->schemaVersion, schemaVersion);

        const Result<BackupInfo> restored = restoreBackup(dir.path() + "/old.backup", kBackupPassphrase,
                                                          dir.path() + "/restored", kNewPassphrase, testRestoreOptions());
        QVERIFY2(restored, qPrintable(restored.message()));
        QCOMPARE(restored->schemaVersion, schemaVersion);
        vault::Vault copy(dir.path() + "/restored");
        QVERIFY(copy.unlock(kNewPassphrase));
        QCOMPARE(copy.schemaVersion().value(), vault::schema::CurrentVersion);
        QCOMPARE(copy.holderDid(), did);
        QCOMPARE(copy.credentials().list().value().size(), 3);
        QCOMPARE(copy.credentials().search("fleet").value().size(), 1);
        QVERIFY(copy.credentials().get(1));
        QVERIFY(copy.integrityCheck());
    }

    // A backup naming a schema newer than this build is refused before
    // anything is created.
    void testNewerSchemaRefused()
    {
        QTemporaryDir dir;
        const crypto::SecureBuffer key = crypto::SecureBuffer::fromBytes(crypto::randomBytes(32));
        auto db = vault::Database::open(dir.path() + "/new.db", key, true);
        QVERIFY(db);
        QVERIFY(vault::schema::migrate(*db));
        QVERIFY(db->exec("PRAGMA user_version = 42;"));
        QVERIFY(writeDatabaseBackup(*db, QString(), dir.path() + "/new.backup", kBackupPassphrase, testOptions()));
        const Result<BackupInfo> refused = restoreBackup(dir.path() + "/new.backup", kBackupPassphrase,
                                                         dir.path() + "/restored", kNewPassphrase, testRestoreOptions());
        QCOMPARE(refused.code(), ErrorCode::VersionTooNew);
        QVERIFY2(refused.message().contains("schema 42"), qPrintable(refused.message()));
        QVERIFY(!QFile::exists(dir.path() + "/restored"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
