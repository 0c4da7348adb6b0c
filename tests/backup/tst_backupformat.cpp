// The backup file as outside bytes: every damage is reported as such
// (never as a wrong passphrase, never a crash), a cut-off file is caught
// wherever it was cut, newer majors are refused with a clear sentence and
// newer minors are read. No failure leaves a vault behind.
#include "BackupTestSupport.h"
#include "backup/Backup.h"
#include "backup/BackupHeader.h"
#include "backup/BackupKeys.h"
#include "backup/ChunkStream.h"
#include "backup/Manifest.h"
#include "backup/Records.h"
#include "crypto/Sodium.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace vitae;
using namespace vitae::backup;

namespace {
const QByteArray kBackupPassphrase = "backup passphrase";
constexpr quint32 kSmallChunk = 1024; // many chunks from a small vault
constexpr qsizetype kSealedChunk = kSmallChunk + 17;

RestoreOptions testRestoreOptions()
{
    RestoreOptions options;
    options.vaultKdf = crypto::KdfParams::testing();
    return options;
}
} // namespace

class TestBackupFormat : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_backup; // a good backup with small chunks

    // Restoring `bytes` fails with `code`, and leaves the folder as it was.
    void expectRefused(const QByteArray &bytes, ErrorCode code, const QString &fragment = QString())
    {
        const QString folder = m_dir.path() + "/attempt";
        QVERIFY(QDir().mkpath(folder));
        test::writeFile(folder + "/damaged.backup", bytes);
        const Result<BackupInfo> inspected = inspectBackup(folder + "/damaged.backup", kBackupPassphrase);
        QCOMPARE(inspected.code(), code);
        const Result<BackupInfo> restored = restoreBackup(folder + "/damaged.backup", kBackupPassphrase,
                                                          folder + "/restored", "new", testRestoreOptions());
        QCOMPARE(restored.code(), code);
        if (!fragment.isEmpty())
            QVERIFY2(restored.message().contains(fragment), qPrintable(restored.message()));
        QCOMPARE(test::entriesOf(folder), QStringList{"damaged.backup"});
    }

private slots:
    void initTestCase()
    {
        crypto::enableTestingKdf();
        vault::Vault vault(m_dir.path() + "/vault");
        QVERIFY(vault.create("vault passphrase", crypto::KdfParams::testing()));
        test::fillVaultWithEverything(vault, 8);
        BackupOptions options;
        options.kdf = crypto::KdfParams::testing();
        options.chunkSize = kSmallChunk;
        QVERIFY(writeBackup(vault, m_dir.path() + "/good.backup", kBackupPassphrase, options));
        m_backup = test::readFile(m_dir.path() + "/good.backup");
        QVERIFY(m_backup.size() > BackupHeader::Size + 10 * kSealedChunk);
        QVERIFY(inspectBackup(m_dir.path() + "/good.backup", kBackupPassphrase));
    }

    void testHeaderRoundTrip()
    {
        const Result<BackupHeader> header = BackupHeader::parse(m_backup.first(BackupHeader::Size), "x");
        QVERIFY(header);
        QCOMPARE(header->chunkSize, kSmallChunk);
        QCOMPARE(header->kdf, crypto::KdfParams::testing());
        QCOMPARE(header->serialize(), m_backup.first(BackupHeader::Size));
    }

    void testNotABackup()
    {
        expectRefused(QByteArray(), ErrorCode::InvalidInput, "is not a Vitae backup");
        expectRefused("VITAEVLT" + m_backup.mid(8), ErrorCode::InvalidInput, "is not a Vitae backup");
        expectRefused(QByteArray(5000, 'x'), ErrorCode::InvalidInput);
    }

    void testTruncated_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<int>("code");
        QTest::newRow("magic only") << qsizetype(8) << int(ErrorCode::Corrupt);
        QTest::newRow("inside header") << qsizetype(60) << int(ErrorCode::Corrupt);
        QTest::newRow("header minus one") << qsizetype(127) << int(ErrorCode::Corrupt);
        QTest::newRow("header only") << qsizetype(128) << int(ErrorCode::Corrupt);
        QTest::newRow("inside first chunk") << qsizetype(128 + 100) << int(ErrorCode::Corrupt);
        for (int chunk : {1, 2, 5, 9}) {
            const qsizetype boundary = 128 + chunk * kSealedChunk;
            QTest::newRow(qPrintable(QStringLiteral("after chunk %1").arg(chunk))) << boundary << int(ErrorCode::Corrupt);
            QTest::newRow(qPrintable(QStringLiteral("inside chunk %1").arg(chunk + 1)))
                    << boundary + 333 << int(ErrorCode::Corrupt);
        }
        const qsizetype size = 16 * 1024 * 1024; // stands for "the full size", cut below
        QTest::newRow("last byte missing") << -qsizetype(1) << int(ErrorCode::Corrupt);
        QTest::newRow("last tag missing") << -qsizetype(17) << int(ErrorCode::Corrupt);
        Q_UNUSED(size);
    }
    void testTruncated()
    {
        QFETCH(qsizetype, size);
        QFETCH(int, code);
        const qsizetype keep = size < 0 ? m_backup.size() + size : size;
        QVERIFY(keep < m_backup.size());
        expectRefused(m_backup.first(keep), ErrorCode(code));
    }

    void testCutAtLastBoundaryIsIncomplete()
    {
        // Drop the FINAL chunk entirely: every remaining chunk is intact.
        const qsizetype chunks = (m_backup.size() - 128) / kSealedChunk;
        const qsizetype keep = 128 + chunks * kSealedChunk;
        if (keep == m_backup.size())
            QSKIP("the last chunk happens to be full");
        expectRefused(m_backup.first(keep), ErrorCode::Corrupt, "incomplete");
    }

    void testTrailingBytes() { expectRefused(m_backup + "x", ErrorCode::Corrupt, "is damaged"); }

    void testFlippedBits_data()
    {
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("opslimit") << qsizetype(20) << "checksum";
        QTest::newRow("memlimit") << qsizetype(30) << "checksum";
        QTest::newRow("salt") << qsizetype(40) << "checksum";
        QTest::newRow("chunk size") << qsizetype(50) << "checksum";
        QTest::newRow("stream header") << qsizetype(60) << "checksum";
        QTest::newRow("key check") << qsizetype(85) << "checksum";
        QTest::newRow("checksum") << qsizetype(120) << "checksum";
        QTest::newRow("first chunk") << qsizetype(128 + 3) << "part 1";
        QTest::newRow("first chunk tag") << qsizetype(128 + kSealedChunk - 1) << "part 1";
        QTest::newRow("middle chunk") << qsizetype(128 + 4 * kSealedChunk + 500) << "part 5";
        QTest::newRow("last byte") << qsizetype(-1) << "part";
    }
    void testFlippedBits()
    {
        QFETCH(qsizetype, offset);
        QFETCH(QString, fragment);
        QByteArray damaged = m_backup;
        const qsizetype at = offset < 0 ? damaged.size() + offset : offset;
        damaged[at] = char(damaged[at] ^ 0x10);
        expectRefused(damaged, ErrorCode::Corrupt, fragment);
    }

    // The header is the first chunk's associated data: a header altered
    // with its checksum fixed up still fails.
    void testHeaderAuthenticatedEvenWithFixedChecksum()
    {
        QByteArray damaged = m_backup;
        damaged[52] = 1; // reserved
        damaged.replace(96, 32, crypto::sha256(damaged.first(96)));
        expectRefused(damaged, ErrorCode::Corrupt, "part 1");
    }

    void testNewerMajorRefused()
    {
        QByteArray newer = m_backup;
        newer[8] = 0;
        newer[9] = 2;
        expectRefused(newer, ErrorCode::VersionTooNew,
                      "This backup was made by a newer Vitae (format 2); update Vitae to restore it.");
        // Even when nothing else of the file is readable.
        expectRefused(newer.first(14), ErrorCode::VersionTooNew);
    }

    // A 1.1 writer (longer header, a record kind 1.0 does not know) is read.
    void testNewerMinorRead()
    {
        BackupHeader header;
        header.kdf = crypto::KdfParams::testing();
        header.salt = crypto::randomBytes(16);
        header.chunkSize = kSmallChunk;
        BackupKeys keys = BackupKeys::derive(kBackupPassphrase, header.salt, header.kdf).value();
        header.keyCheck = keys.keyCheck;
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        ChunkWriter chunks(out, header.chunkSize);
        header.streamHeader = chunks.begin(keys.streamKey);
        QByteArray bytes = header.serialize();
        bytes.truncate(96);
        bytes[11] = 1; // minor 1
        qToBigEndian<quint16>(136, bytes.data() + 12);
        bytes.append("newfield");
        bytes.append(crypto::sha256(bytes));
        out.write(bytes);
        chunks.setAssociatedData(bytes);
        RecordWriter records(chunks);
        BackupInfo info;
        info.payloadVersion = 1;
        info.schemaVersion = 3;
        info.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(records.manifest(manifestJson(info)));
        const QByteArray unknownRecord = QByteArray("\x09\x00\x00\x00\x03", 5) + "abc";
        QVERIFY(chunks.write(unknownRecord));
        QVERIFY(records.end(0));
        QVERIFY(chunks.finish());
        const QString path = m_dir.path() + "/minor.backup";
        test::writeFile(path, out.data());
        const Result<BackupInfo> read = inspectBackup(path, kBackupPassphrase);
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read->formatMinor, 1);
        // A payload with no holder key is no vault: the restore says so.
        const Result<BackupInfo> restored =
                restoreBackup(path, kBackupPassphrase, m_dir.path() + "/minor-restored", "new", testRestoreOptions());
        QCOMPARE(restored.code(), ErrorCode::Corrupt);
        QVERIFY(!QFile::exists(m_dir.path() + "/minor-restored"));
    }

    // Every 97th byte flipped in turn: always a clean Corrupt, never a crash.
    void testEveryFlipIsCaught()
    {
        const QString path = m_dir.path() + "/flip.backup";
        for (qsizetype at = 14; at < m_backup.size(); at += 97) {
            QByteArray damaged = m_backup;
            damaged[at] = char(damaged[at] ^ 0x01);
            test::writeFile(path, damaged);
            const Result<BackupInfo> result = inspectBackup(path, kBackupPassphrase);
            QVERIFY2(result.code() == ErrorCode::Corrupt, qPrintable(QString::number(at) + ": " + result.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestBackupFormat)
#include "tst_backupformat.moc"
