// `vitae-cli import` end to end: a real vault, files and a folder, the
// preview before anything is stored, --yes, duplicates and unreadable files.
#include "TestIssuer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
vitae::test::ProcessRun runCli(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("VITAE_PASSPHRASE", "import test passphrase");
    return vitae::test::runProcess(VITAE_CLI, arguments, env);
}
} // namespace

class TestCliImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_inbox;

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_inbox + "/" + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    int stored()
    {
        return int(runCli({"--vault", m_vault, "--json", "list"}).json().value("credentials").toArray().size());
    }

private slots:
    void initTestCase()
    {
        m_vault = m_dir.path() + "/vault";
        m_inbox = m_dir.path() + "/inbox";
        QVERIFY(QDir().mkpath(m_inbox + "/old"));
        QCOMPARE(runCli({"--vault", m_vault, "init"}).exitCode, 0);
        const vitae::test::TestIssuer issuer;
        QJsonObject second = issuer.badge("Statistics Level 2");
        second.insert("id", "urn:uuid:second");
        write("literacy.json", QJsonDocument(issuer.signJcs(issuer.badge())).toJson());
        write("old/statistics.json", QJsonDocument(issuer.signJcs(second)).toJson());
        QJsonObject course = issuer.badge("Course via JWT");
        course.insert("id", "urn:uuid:course");
        write("course.jwt", issuer.signJwt({{"iss", issuer.did()}, {"vc", course}}));
        // The same badge twice in one import is stored once.
        write("old/literacy-copy.json", QJsonDocument(issuer.signJcs(issuer.badge())).toJson() + "\n");
    }

    void testNothingStoredWithoutConsent()
    {
        const auto run = runCli({"--vault", m_vault, "import", m_inbox});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains("Found 4 credential(s)"));
        QVERIFY(run.out.contains("appears earlier in this import"));
        QVERIFY(run.out.contains("Data Literacy Foundations"));
        QVERIFY(run.err.contains("--yes"));
        QCOMPARE(stored(), 0);
    }

    void testImportFolder()
    {
        const auto run = runCli({"--vault", m_vault, "--json", "import", "--yes", m_inbox});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value("added").toInt(), 3);
        QCOMPARE(stored(), 3);
        // Everything carries its verification and where it came from.
        const auto show = runCli({"--vault", m_vault, "--json", "show", "1"});
        QVERIFY(show.json().value("importSource").toString().startsWith("file:"));
        QCOMPARE(show.json().value("verification").toString(), QStringLiteral("warning"));
    }

    void testDuplicatesAndGarbage()
    {
        write("notes.txt", "remember to buy milk");
        const auto run = runCli({"--vault", m_vault, "--json", "import", "--yes", m_inbox});
        QCOMPARE(run.exitCode, 1); // one file could not be read
        QCOMPARE(run.json().value("added").toInt(), 0);
        QCOMPARE(run.json().value("duplicates").toInt(), 4);
        QCOMPARE(run.json().value("unreadable").toInt(), 1);
        QCOMPARE(stored(), 3);
        const auto garbage = runCli({"--vault", m_vault, "import", "--yes", m_inbox + "/notes.txt"});
        QCOMPARE(garbage.exitCode, 2);
        QVERIFY(garbage.out.contains("cannot read"));
        QCOMPARE(runCli({"--vault", m_vault, "import"}).exitCode, 2);
    }

    // A title may carry terminal escape sequences; the terminal never sees
    // them (the JSON output keeps the exact text, escaped).
    void testEscapeSequencesNeverReachTheTerminal()
    {
        const vitae::test::TestIssuer issuer;
        QJsonObject badge = issuer.badge("Harmless\x1b]2;owned\x07\x1b[2J title");
        badge.insert("id", "urn:uuid:escape");
        QTemporaryDir dir;
        QFile file(dir.path() + "/escape.json");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(issuer.signJcs(badge)).toJson());
        file.close();
        const auto imported = runCli({"--vault", m_vault, "import", "--yes", file.fileName()});
        QCOMPARE(imported.exitCode, 0);
        const auto listed = runCli({"--vault", m_vault, "list"});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("Harmless"), listed.out.constData());
        QVERIFY(!listed.out.contains('\x1b') && !listed.out.contains('\x07'));
        QVERIFY(!imported.out.contains('\x1b') && !imported.err.contains('\x1b'));
        const auto json = runCli({"--vault", m_vault, "--json", "list"});
        QVERIFY(json.out.contains("\\u001b"));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
