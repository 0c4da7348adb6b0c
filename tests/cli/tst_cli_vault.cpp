// vitae-cli's vault verbs, run as a real process against a real vault:
// output, --json, and the documented exit codes (0 ok, 1 failed, 2 usage).
#include "SampleCredentials.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>


namespace {

using Run = vitae::test::ProcessRun;

// vitae-cli with the passphrases given in the environment (null: none).
Run runCli(const QStringList &arguments, const QByteArray &passphrase = "cli test passphrase",
           const QByteArray &newPassphrase = QByteArray())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("VITAE_PASSPHRASE");
    env.remove("VITAE_NEW_PASSPHRASE");
    if (!passphrase.isNull())
        env.insert("VITAE_PASSPHRASE", QString::fromUtf8(passphrase));
    if (!newPassphrase.isNull())
        env.insert("VITAE_NEW_PASSPHRASE", QString::fromUtf8(newPassphrase));
    return vitae::test::runProcess(VITAE_CLI, arguments, env);
}

} // namespace

class TestCliVault : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_vault;

private slots:
    void initTestCase() { m_vault = m_dir.path() + "/vault"; }

    void testUsageErrors()
    {
        const Run help = runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Exit codes:"));
        QVERIFY(help.out.contains("export-raw ID"));
        QCOMPARE(runCli({"--version"}).exitCode, 0);
        QCOMPARE(runCli({}).exitCode, 2);
        const Run unknown = runCli({"frobnicate"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("Unknown command"));
        QCOMPARE(runCli({"--no-such-option", "status"}).exitCode, 2);
        const Run missing = runCli({"--vault", m_vault, "list"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no vault"));
    }

    void testInit()
    {
        const Run noPassphrase = runCli({"--vault", m_vault, "init"}, QByteArray());
        QCOMPARE(noPassphrase.exitCode, 2);
        QVERIFY(noPassphrase.err.contains("VITAE_PASSPHRASE"));
        QVERIFY(!QFile::exists(m_vault + "/vault.header"));

        const Run init = runCli({"--vault", m_vault, "--json", "init"});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.json().value("did").toString().startsWith("did:key:z6Mk"));
        QVERIFY(QFile::exists(m_vault + "/vault.header"));

        const Run again = runCli({"--vault", m_vault, "init"});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already holds a vault"));
    }

    void testStatusAndDid()
    {
        const Run status = runCli({"--vault", m_vault, "--json", "status"});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = status.json();
        QCOMPARE(json.value("locked").toBool(true), false);
        QCOMPARE(json.value("credentials").toInt(-1), 0);
        QCOMPARE(json.value("kdf").toObject().value("memLimitBytes").toInteger(), 256 * 1024 * 1024);
        const Run did = runCli({"--vault", m_vault, "did"});
        QCOMPARE(did.exitCode, 0);
        QCOMPARE(QString::fromUtf8(did.out.trimmed()), json.value("did").toString());

        const Run wrong = runCli({"--vault", m_vault, "--json", "status"}, "wrong passphrase");
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.json().value("error").toObject().value("code").toString(), QStringLiteral("wrong-passphrase"));

        // Without a passphrase, status still reports what the header says.
        const Run locked = runCli({"--vault", m_vault, "status"}, QByteArray());
        QCOMPARE(locked.exitCode, 0);
        QVERIFY(locked.out.contains("Argon2id 3 passes, 256 MiB"));
        QVERIFY(locked.out.contains("Locked"));
    }

    void testListShowExportDelete()
    {
        // Put three credentials in with the test helper (import is its own verb).
        QProcess seed;
        seed.start(VITAE_VAULT_HELPER, {"seed", m_vault, "cli test passphrase", "3"});
        QVERIFY(seed.waitForFinished(60000));
        QCOMPARE(seed.exitCode(), 0);

        const Run list = runCli({"--vault", m_vault, "--json", "list"});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray credentials = list.json().value("credentials").toArray();
        QCOMPARE(credentials.size(), 3);
        const Run search = runCli({"--vault", m_vault, "--json", "list", "logistics"});
        QCOMPARE(search.json().value("credentials").toArray().size(), 1);
        const Run text = runCli({"--vault", m_vault, "list"});
        QVERIFY(text.out.contains("Riverside Community College"));

        const Run show = runCli({"--vault", m_vault, "--json", "show", "2"});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.json().value("name").toString(), vitae::test::sampleCredential(1).name);
        QCOMPARE(runCli({"--vault", m_vault, "show", "two"}).exitCode, 2);
        QCOMPARE(runCli({"--vault", m_vault, "show", "999"}).exitCode, 1);

        const Run raw = runCli({"--vault", m_vault, "export-raw", "1"});
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(raw.out, vitae::test::sampleCredential(0).raw);
        const QString outFile = m_dir.path() + "/exported.json";
        QCOMPARE(runCli({"--vault", m_vault, "export-raw", "3", "--out", outFile}).exitCode, 0);
        QFile exported(outFile);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), vitae::test::sampleCredential(2).raw);

        const Run unconfirmed = runCli({"--vault", m_vault, "delete", "1"});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY(unconfirmed.err.contains("--yes"));
        QCOMPARE(runCli({"--vault", m_vault, "delete", "1", "--yes"}).exitCode, 0);
        QCOMPARE(runCli({"--vault", m_vault, "--json", "list"}).json().value("credentials").toArray().size(), 2);
        QCOMPARE(runCli({"--vault", m_vault, "delete", "1", "--yes"}).exitCode, 1);
    }

    void testVaultInUse()
    {
        QProcess holder;
        holder.start(VITAE_VAULT_HELPER, {"hold", m_vault, "cli test passphrase"});
        QVERIFY(vitae::test::waitForOutput(holder, "holding"));
        const Run status = runCli({"--vault", m_vault, "--json", "status"});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.json().value("inUseElsewhere").toBool(), true);
        const Run list = runCli({"--vault", m_vault, "list"});
        QCOMPARE(list.exitCode, 1);
        QVERIFY(list.err.contains("in use by another Vitae process"));
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
    }

    void testPasswd()
    {
        const QString newFile = m_dir.path() + "/new-passphrase";
        QFile file(newFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the new one\n"); // a trailing newline from an editor is not part of it
        file.close();
        QCOMPARE(runCli({"--vault", m_vault, "passwd"}, "wrong", "x").exitCode, 1);
        QCOMPARE(runCli({"--vault", m_vault, "passwd", "--new-passphrase-file", newFile}).exitCode, 0);
        QCOMPARE(runCli({"--vault", m_vault, "did"}).exitCode, 1);
        QCOMPARE(runCli({"--vault", m_vault, "did"}, "the new one").exitCode, 0);
        const QString oldFile = m_dir.path() + "/passphrase";
        QFile old(oldFile);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the new one");
        old.close();
        QCOMPARE(runCli({"--vault", m_vault, "--passphrase-file", oldFile, "--json", "list"}, QByteArray())
                         .json().value("credentials").toArray().size(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
