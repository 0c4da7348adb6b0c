// The vault's lifecycle and its promises: real encryption, a wrong passphrase
// changes nothing, damage is reported and never papered over, one process at
// a time, and a refusing disk leaves nothing half-written.
#include "SampleCredentials.h"
#include "TestSupport.h"
#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "vault/Vault.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vitae;
using namespace vitae::vault;

namespace {
const QByteArray kPassphrase = "correct horse battery staple";

// SHA-256 of every file in the folder, keyed by name: "nothing changed" checks.
QMap<QString, QByteArray> folderDigests(const QString &folder)
{
    QMap<QString, QByteArray> digests;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            digests.insert(it.fileName(), crypto::sha256(file.readAll()));
    }
    return digests;
}

void flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(offset));
    QVERIFY(file.putChar(char(byte ^ 0x5a)));
}

void createVault(const QString &folder, int credentials = 0)
{
    Vault vault(folder);
    const Status created = vault.create(kPassphrase, crypto::KdfParams::testing());
    QVERIFY2(created, qPrintable(created.message()));
    for (int i = 0; i < credentials; ++i)
        QVERIFY(vault.credentials().add(test::sampleCredential(i)));
}

} // namespace

class TestVault : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { crypto::enableTestingKdf(); }

    void testCreateUnlockLock()
    {
        QTemporaryDir dir;
        Vault vault(dir.path() + "/wallet");
        QVERIFY(!vault.exists());
        QVERIFY(vault.create(kPassphrase, crypto::KdfParams::testing()));
        QVERIFY(vault.exists());
        QVERIFY(vault.isUnlocked());
        const QString did = vault.holderDid();
        QVERIFY(did.startsWith("did:key:z6Mk"));
        auto parsed = did::parseDidKey(did);
        QVERIFY(parsed);
        QCOMPARE(parsed->publicKey, vault.holderKey().publicKey());
        QCOMPARE(vault.schemaVersion().value(), 3);
        QCOMPARE(vault.counts()->holderKeys, 1);

        vault.lock();
        QVERIFY(!vault.isUnlocked());
        QVERIFY(vault.holderKey().isNull());
        QVERIFY(vault.holderKey().seed().isNull());
        QVERIFY(vault.holderDid().isEmpty());
        QCOMPARE(vault.credentials().list().code(), ErrorCode::Locked);

        QVERIFY(vault.unlock(kPassphrase));
        QCOMPARE(vault.holderDid(), did);
        QVERIFY(vault.integrityCheck());
    }

    void testFilesAreNotSqliteAndPrivate()
    {
        QTemporaryDir dir;
        createVault(dir.path(), 3);
        QFile db(dir.path() + "/vault.db");
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray start = db.read(16);
        QCOMPARE(start.size(), 16);
        QVERIFY(!start.startsWith("SQLite format 3"));
        QCOMPARE(QFile::permissions(dir.path()) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void testWrongPassphraseChangesNothing()
    {
        QTemporaryDir dir;
        createVault(dir.path(), 2);
        const auto before = folderDigests(dir.path());
        Vault vault(dir.path());
        for (const QByteArray &wrong : {QByteArray("correct horse battery stapler"), QByteArray("x"), QByteArray()}) {
            const Status status = vault.unlock(wrong);
            QCOMPARE(status.code(), ErrorCode::WrongPassphrase);
            QCOMPARE(status.message(), QStringLiteral("The passphrase is not correct."));
            QVERIFY(!vault.isUnlocked());
        }
        QCOMPARE(folderDigests(dir.path()), before);
        QVERIFY(vault.unlock(kPassphrase));
        QCOMPARE(vault.counts()->credentials, 2);
    }

    void testChangePassphraseRewrapsOnly()
    {
        QTemporaryDir dir;
        createVault(dir.path(), 4);
        const auto before = folderDigests(dir.path());
        Vault vault(dir.path());
        QCOMPARE(vault.changePassphrase("wrong", "new one", crypto::KdfParams::testing()).code(),
                 ErrorCode::WrongPassphrase);
        QCOMPARE(folderDigests(dir.path()), before);
        QCOMPARE(vault.changePassphrase(kPassphrase, "", crypto::KdfParams::testing()).code(),
                 ErrorCode::InvalidArgument);

        const crypto::KdfParams stronger{2, crypto::KdfParams::testing().memLimit * 2};
        QVERIFY(vault.changePassphrase(kPassphrase, "a new passphrase", stronger));
        const auto after = folderDigests(dir.path());
        QCOMPARE(after.value("vault.db"), before.value("vault.db")); // credentials never rewritten
        QVERIFY(after.value("vault.header") != before.value("vault.header"));
        QCOMPARE(vault.readHeader()->kdf, stronger);

        QCOMPARE(vault.unlock(kPassphrase).code(), ErrorCode::WrongPassphrase);
        QVERIFY(vault.unlock("a new passphrase"));
        QCOMPARE(vault.counts()->credentials, 4);
        // Changing it while unlocked works too and keeps the vault usable.
        QVERIFY(vault.changePassphrase("a new passphrase", "third", crypto::KdfParams::testing()));
        QCOMPARE(vault.counts()->credentials, 4);
    }

    void testWeakKdfRefusedOutsideTests()
    {
        // Only the testing preset's floor applies here (tests enabled it);
        // below even that is refused.
        QTemporaryDir dir;
        Vault vault(dir.path());
        QCOMPARE(vault.create(kPassphrase, crypto::KdfParams{0, 0}).code(), ErrorCode::InvalidArgument);
        QVERIFY(!vault.exists());
    }

    // No stored value may appear in plain text in any file of the vault
    // folder, whatever the moment: with the WAL live, after lock, after delete.
    void testNoPlaintextInVaultFolder()
    {
        QTemporaryDir dir;
        Vault vault(dir.path());
        QVERIFY(vault.create(kPassphrase, crypto::KdfParams::testing()));
        const QByteArray canary = "CANARY-7f3a9c-Plaintext";
        const QByteArray holderSeedHex = vault.holderKey().seed().view().toByteArray().toHex();

        vault::CredentialRecord record = test::sampleCredential(1);
        record.raw.replace("Awarded", canary + " Awarded");
        record.name = QString::fromLatin1(canary) + " badge";
        record.description = QString::fromLatin1(canary) + " description";
        record.issuerName = QString::fromLatin1(canary) + " College";
        const qint64 id = vault.credentials().add(record).value();
        QVERIFY(vault.credentials().add(test::sampleCredential(2)));
        QVERIFY(vault.evidence().add({0, id, "evidence.txt", "text/plain", {}, 0, canary + " evidence", {}}));
        QVERIFY(vault.tags().attach(id, QString::fromLatin1(canary) + " tag"));
        vault::ShareRecord share;
        share.channel = "qr";
        share.verifier = QString::fromLatin1(canary) + " Employer";
        share.disclosedJson = "{\"claim\":\"" + canary + "\"}";
        QVERIFY(vault.shares().append(share));
        QCOMPARE(vault.credentials().search(QString::fromLatin1(canary).toLower()).value().size(), 1);

        auto scan = [&](const char *when) {
            const QByteArray all = test::concatenatedFiles(dir.path());
            QVERIFY2(all.size() > 4096, when);
            QVERIFY2(!all.contains(canary), when);
            QVERIFY2(!all.contains("Riverside"), when);  // sample issuer names
            QVERIFY2(!all.contains("Northbridge"), when);
            QVERIFY2(!all.contains("did:key:"), when);
            QVERIFY2(!all.contains("SQLite format"), when);
            QVERIFY2(!all.toHex().contains(holderSeedHex), when);
        };
        QVERIFY(QFile::exists(dir.path() + "/vault.db-wal"));
        scan("while open");
        QVERIFY(vault.credentials().remove(id));
        scan("after delete");
        vault.lock();
        scan("after lock");
        QVERIFY(vault.unlock(kPassphrase));
        QCOMPARE(vault.counts()->credentials, 1);
    }

    void testTruncatedDatabaseIsReportedNotReplaced()
    {
        QTemporaryDir dir;
        createVault(dir.path(), 30);
        const QString dbPath = dir.path() + "/vault.db";
        const qint64 fullSize = QFileInfo(dbPath).size();
        QVERIFY(fullSize > 8192);
        QVERIFY(QFile::resize(dbPath, fullSize / 2));
        const auto before = folderDigests(dir.path());

        Vault vault(dir.path());
        Status status = vault.unlock(kPassphrase);
        if (status) {
            // Page 1 survived: the damage must show up when the data is read.
            QCOMPARE(vault.integrityCheck().code(), ErrorCode::Corrupt);
            QVERIFY(vault.integrityCheck().message().contains("vault.db"));
            vault.lock();
        } else {
            QCOMPARE(status.code(), ErrorCode::Corrupt);
            QVERIFY2(status.message().contains("vault.db"), qPrintable(status.message()));
        }
        QCOMPARE(QFileInfo(dbPath).size(), fullSize / 2);
        QCOMPARE(vault.create(kPassphrase, crypto::KdfParams::testing()).code(), ErrorCode::AlreadyExists);
        QCOMPARE(folderDigests(dir.path()), before);
    }

    void testDamagedFirstPageIsCorrupt()
    {
        QTemporaryDir dir;
        createVault(dir.path(), 3);
        flipByte(dir.path() + "/vault.db", 100);
        Vault vault(dir.path());
        const Status status = vault.unlock(kPassphrase);
        QCOMPARE(status.code(), ErrorCode::Corrupt);
        QVERIFY(status.message().contains("vault.db"));
        QVERIFY(status.message().contains("damaged"));
        QVERIFY(!vault.isUnlocked());
    }

    void testDamagedDataPageIsCaughtOnRead()
    {
        QTemporaryDir dir;
        createVault(dir.path(), 40);
        const QString dbPath = dir.path() + "/vault.db";
        flipByte(dbPath, QFileInfo(dbPath).size() - 2000);
        Vault vault(dir.path());
        if (!vault.unlock(kPassphrase))
            return; // caught already: also acceptable
        QCOMPARE(vault.integrityCheck().code(), ErrorCode::Corrupt);
        bool readFailure = false;
        for (qint64 id = 1; id <= 40; ++id)
            readFailure |= vault.credentials().get(id).code() == ErrorCode::Corrupt;
        QVERIFY(readFailure);
    }

    void testMissingDatabaseIsNotRecreated()
    {
        QTemporaryDir dir;
        createVault(dir.path(), 1);
        QVERIFY(QFile::remove(dir.path() + "/vault.db"));
        Vault vault(dir.path());
        const Status status = vault.unlock(kPassphrase);
        QCOMPARE(status.code(), ErrorCode::Corrupt);
        QVERIFY(status.message().contains("vault.db"));
        QVERIFY(!QFile::exists(dir.path() + "/vault.db"));
    }

    void testDamagedHeaderIsNamed()
    {
        QTemporaryDir dir;
        createVault(dir.path());
        flipByte(dir.path() + "/vault.header", 40);
        Vault vault(dir.path());
        const Status status = vault.unlock(kPassphrase);
        QCOMPARE(status.code(), ErrorCode::Corrupt);
        QVERIFY(status.message().contains("vault.header"));
    }

    void testCreateRefusesExistingVault()
    {
        QTemporaryDir dir;
        createVault(dir.path(), 2);
        const auto before = folderDigests(dir.path());
        Vault vault(dir.path());
        QCOMPARE(vault.create("other", crypto::KdfParams::testing()).code(), ErrorCode::AlreadyExists);
        QCOMPARE(folderDigests(dir.path()), before);
    }

    void testInterruptedCreationIsCleanedUp()
    {
        QTemporaryDir dir;
        QFile leftover(dir.path() + "/vault.db.creating");
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half a database");
        leftover.close();
        Vault vault(dir.path());
        QVERIFY(vault.create(kPassphrase, crypto::KdfParams::testing()));
        QVERIFY(!QFile::exists(dir.path() + "/vault.db.creating"));
        QVERIFY(vault.integrityCheck());
    }

    void testSecondOpenInSameProcessIsInUse()
    {
        QTemporaryDir dir;
        createVault(dir.path());
        Vault first(dir.path());
        QVERIFY(first.unlock(kPassphrase));
        Vault second(dir.path());
        const Status status = second.unlock(kPassphrase);
        QCOMPARE(status.code(), ErrorCode::InUse);
        QVERIFY(status.message().contains("in use"));
        first.lock();
        QVERIFY(second.unlock(kPassphrase));
    }

    void testSecondProcessGetsInUse()
    {
        QTemporaryDir dir;
        createVault(dir.path(), 1);
        QProcess holder;
        holder.start(VITAE_VAULT_HELPER, {"hold", dir.path(), QString::fromUtf8(kPassphrase)});
        QVERIFY(test::waitForOutput(holder, "holding"));

        Vault vault(dir.path());
        QVERIFY(vault.isInUseElsewhere());
        const Status status = vault.unlock(kPassphrase);
        QCOMPARE(status.code(), ErrorCode::InUse);
        QVERIFY(status.message().contains(QString::number(holder.processId())));
        QCOMPARE(vault.changePassphrase(kPassphrase, "x", crypto::KdfParams::testing()).code(), ErrorCode::InUse);

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(!vault.isInUseElsewhere());
        QVERIFY(vault.unlock(kPassphrase));
        QVERIFY(vault.integrityCheck());
    }

    void testUnwritableLocationFailsCleanly()
    {
        QTemporaryDir dir;
        QFile file(dir.path() + "/not-a-folder");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Vault vault(dir.path() + "/not-a-folder/wallet");
        const Status status = vault.create(kPassphrase, crypto::KdfParams::testing());
        QCOMPARE(status.code(), ErrorCode::Io);
        QVERIFY(status.message().contains("not-a-folder"));

        if (geteuid() == 0)
            QSKIP("permission bits do not bind root; the file-in-the-way case above covers the error path");
        const QString readOnly = dir.path() + "/read-only";
        QVERIFY(QDir().mkpath(readOnly));
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
        Vault denied(readOnly);
        QCOMPARE(denied.create(kPassphrase, crypto::KdfParams::testing()).code(), ErrorCode::Io);
        QCOMPARE(QDir(readOnly).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
    }

    // A disk that refuses writes part-way through an insert (simulated with a
    // file-size limit in a child process) must leave the vault exactly as it
    // was before that insert.
    void testFullDiskLeavesVaultIntact()
    {
        QTemporaryDir dir;
        createVault(dir.path(), 5);
        qint64 largest = 0;
        QDirIterator it(dir.path(), QDir::Files);
        while (it.hasNext())
            largest = qMax(largest, QFileInfo(it.next()).size());

        QProcess filler;
        filler.start(VITAE_VAULT_HELPER, {"fill", dir.path(), QString::fromUtf8(kPassphrase),
                                          QString::number(largest + 300 * 1024)});
        QVERIFY(filler.waitForFinished(60000));
        const QByteArray output = filler.readAll();
        QVERIFY2(filler.exitCode() == 0, output.constData());
        QVERIFY(output.contains("refused Vault database vault.db: the disk"));

        Vault vault(dir.path());
        QVERIFY(vault.unlock(kPassphrase));
        QVERIFY(vault.integrityCheck());
        const qint64 count = vault.counts()->credentials;
        QVERIFY2(count >= 5, qPrintable(QString::number(count)));
        // Whatever committed before the disk filled is whole; nothing partial.
        for (const auto &summary : vault.credentials().list().value())
            QVERIFY(vault.credentials().get(summary.id));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
