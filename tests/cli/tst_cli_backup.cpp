// `vitae-cli backup` and `restore` end to end: a real vault with an
// imported credential, backed up, restored into a new folder under a new
// passphrase, with the same credential and the same DID.
#include "TestIssuer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kVaultPassphrase = "backup test vault passphrase";
const QByteArray kBackupPassphrase = "backup test backup passphrase";

// vitae-cli with the passphrases given in the environment (null: none).
vitae::test::ProcessRun runCli(const QStringList &arguments, const QByteArray &passphrase = kVaultPassphrase,
                               const QByteArray &backupPassphrase = QByteArray())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("VITAE_PASSPHRASE");
    env.remove("VITAE_BACKUP_PASSPHRASE");
    if (!passphrase.isNull())
        env.insert("VITAE_PASSPHRASE", QString::fromUtf8(passphrase));
    if (!backupPassphrase.isNull())
        env.insert("VITAE_BACKUP_PASSPHRASE", QString::fromUtf8(backupPassphrase));
    return vitae::test::runProcess(VITAE_CLI, arguments, env);
}
} // namespace

class TestCliBackup : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_backup;

private slots:
    void initTestCase()
    {
        m_vault = m_dir.path() + "/vault";
        m_backup = m_dir.path() + "/vitae.backup";
        QCOMPARE(runCli({"--vault", m_vault, "init"}).exitCode, 0);
        const vitae::test::TestIssuer issuer;
        QFile badge(m_dir.path() + "/badge.json");
        QVERIFY(badge.open(QIODevice::WriteOnly));
        badge.write(QJsonDocument(issuer.signJcs(issuer.badge())).toJson());
        badge.close();
        QCOMPARE(runCli({"--vault", m_vault, "import", "--yes", badge.fileName()}).exitCode, 0);
    }

    void testHelp()
    {
        const auto help = runCli({"--help"});
        QVERIFY(help.out.contains("backup OUT"));
        QVERIFY(help.out.contains("restore FILE"));
        QVERIFY(help.out.contains("--backup-passphrase-file"));
    }

    void testBackup()
    {
        const auto noPassphrase = runCli({"--vault", m_vault, "backup", m_backup});
        QCOMPARE(noPassphrase.exitCode, 2);
        QVERIFY2(noPassphrase.err.contains("VITAE_BACKUP_PASSPHRASE"), noPassphrase.err.constData());
        QCOMPARE(runCli({"--vault", m_vault, "backup"}, kVaultPassphrase, kBackupPassphrase).exitCode, 2);
        QVERIFY(!QFile::exists(m_backup));

        const auto backup = runCli({"--vault", m_vault, "--json", "backup", m_backup}, kVaultPassphrase,
                                   kBackupPassphrase);
        QCOMPARE(backup.exitCode, 0);
        QCOMPARE(backup.json().value("credentials").toInt(), 1);
        QVERIFY(QFile::exists(m_backup));
        const auto text = runCli({"--vault", m_vault, "backup", m_dir.path() + "/second.backup"}, kVaultPassphrase,
                                 kBackupPassphrase);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Backed up 1 credential(s)"));
    }

    void testRestore()
    {
        const QString restored = m_dir.path() + "/restored";
        const auto wrong = runCli({"--vault", restored, "--json", "restore", m_backup}, "new vault passphrase",
                                  "not the backup passphrase");
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.json().value("error").toObject().value("code").toString(), QStringLiteral("wrong-passphrase"));
        QVERIFY(!QFile::exists(restored));

        const QString passphraseFile = m_dir.path() + "/backup-passphrase";
        QFile file(passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kBackupPassphrase + "\n");
        file.close();
        const auto restore = runCli({"--vault", restored, "--json", "restore", m_backup, "--backup-passphrase-file",
                                     passphraseFile},
                                    "new vault passphrase");
        QCOMPARE(restore.exitCode, 0);
        QCOMPARE(restore.json().value("credentials").toInt(), 1);

        const auto originalList = runCli({"--vault", m_vault, "--json", "list"});
        const auto restoredList = runCli({"--vault", restored, "--json", "list"}, "new vault passphrase");
        QCOMPARE(restoredList.exitCode, 0);
        const QJsonArray credentials = restoredList.json().value("credentials").toArray();
        QCOMPARE(credentials.size(), 1);
        QCOMPARE(credentials, originalList.json().value("credentials").toArray());
        QCOMPARE(runCli({"--vault", restored, "export-raw", "1"}, "new vault passphrase").out,
                 runCli({"--vault", m_vault, "export-raw", "1"}).out);

        const auto originalDid = runCli({"--vault", m_vault, "did"});
        const auto restoredDid = runCli({"--vault", restored, "did"}, "new vault passphrase");
        QCOMPARE(restoredDid.exitCode, 0);
        QVERIFY(originalDid.out.startsWith("did:key:z6Mk"));
        QCOMPARE(restoredDid.out, originalDid.out);
        QCOMPARE(restore.json().value("did").toString(), QString::fromUtf8(originalDid.out.trimmed()));
        QCOMPARE(runCli({"--vault", restored, "did"}).exitCode, 1); // the old passphrase does not open it

        // Never over an existing vault.
        const auto again = runCli({"--vault", m_vault, "restore", m_backup}, "x", kBackupPassphrase);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already holds a vault"));
        QCOMPARE(runCli({"--vault", m_vault, "--json", "list"}).json(), originalList.json());
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
