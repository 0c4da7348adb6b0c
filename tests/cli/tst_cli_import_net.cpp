// `vitae-cli import` with links, end to end against vitae-test-issuer on
// 127.0.0.1: issuer links, vitae://import, credential offers (with and
// without a transaction code), DCC request links, the developer option, and
// hostile answers that must fail clearly without touching the vault.
#include "IssuerProcess.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
vitae::test::ProcessRun runCli(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("VITAE_PASSPHRASE", "import net test passphrase");
    return vitae::test::runProcess(VITAE_CLI, arguments, env);
}
} // namespace

class TestCliImportNet : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_vault;
    vitae::test::IssuerProcess m_issuer;

    int stored()
    {
        return int(runCli({"--vault", m_vault, "--json", "list"}).json().value("credentials").toArray().size());
    }

    vitae::test::ProcessRun import(const QStringList &arguments)
    {
        return runCli(QStringList{"--vault", m_vault, "--allow-loopback-http", "import"} + arguments);
    }

    QString offer(const QString &code, const QStringList &ids) const
    {
        const QJsonObject grant{{"pre-authorized_code", code}};
        QJsonObject withTx = grant;
        if (code == "tx")
            withTx.insert("tx_code", QJsonObject{{"length", 4}, {"input_mode", "numeric"}});
        const QJsonObject offer{{"credential_issuer", m_issuer.base()},
                                {"credential_configuration_ids", QJsonArray::fromStringList(ids)},
                                {"grants", QJsonObject{{"urn:ietf:params:oauth:grant-type:pre-authorized_code", withTx}}}};
        return "openid-credential-offer://?credential_offer="
                + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(offer).toJson(QJsonDocument::Compact))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_issuer.start());
        m_vault = m_dir.path() + "/vault";
        QCOMPARE(runCli({"--vault", m_vault, "init"}).exitCode, 0);
    }

    void testNothingStoredWithoutConsent()
    {
        const auto run = import({m_issuer.base() + "/credentials/ldp"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains("Found 1 credential(s)"));
        QVERIFY(run.out.contains("Linked Badge"));
        QVERIFY(run.err.contains("--yes"));
        QCOMPARE(stored(), 0);
    }

    void testIssuerLinkAndImportLink()
    {
        const QString url = m_issuer.base() + "/credentials/vp";
        const auto run = import({"--yes", "--json", url});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value("added").toInt(), 2);
        QCOMPARE(stored(), 2);
        const auto show = runCli({"--vault", m_vault, "--json", "show", "1"});
        QVERIFY2(show.json().value("importSource").toString().startsWith("link:issuer link " + url), show.out.constData());
        // The same again through vitae://import: duplicates only.
        const auto again = import({"--yes", "--json", "vitae://import?url=" + QUrl::toPercentEncoding(url)});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value("duplicates").toInt(), 2);
        QCOMPARE(stored(), 2);
    }

    void testLoopbackNeedsDeveloperOption()
    {
        const auto run = runCli({"--vault", m_vault, "import", "--yes", m_issuer.base() + "/credentials/jwt"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("secure (https)"), run.out.constData());
        QCOMPARE(stored(), 2);
    }

    void testCredentialOffer()
    {
        const auto run = import({"--yes", "--json", offer("plain", {"sdjwt", "jwt", "ldp"})});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value("added").toInt(), 3);
        QCOMPARE(stored(), 5);
    }

    void testTransactionCode()
    {
        // No terminal (as in CI) and no --tx-code: a clear failure, not a hang.
        const auto missing = import({"--yes", offer("tx", {"ldp"})});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.out.contains("--tx-code"), missing.out.constData());
        const auto wrong = import({"--yes", "--tx-code", "0000", offer("tx", {"ldp"})});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.out.contains("did not accept the transaction code"), wrong.out.constData());
        QCOMPARE(stored(), 5);
        const auto right = import({"--yes", "--json", "--tx-code", "1234", offer("tx", {"ldp"})});
        QCOMPARE(right.exitCode, 0);
        // Offered Badge was already collected through the plain offer.
        QCOMPARE(right.json().value("duplicates").toInt(), 1);
        QCOMPARE(stored(), 5);
    }

    void testOfferByReference()
    {
        const QString uri = m_issuer.base() + "/offers/plain?ids=sdjwt";
        const auto run = import({"--yes", "--json", "openid-credential-offer://?credential_offer_uri=" + QUrl::toPercentEncoding(uri)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value("duplicates").toInt(), 1);
    }

    void testDccRequestLink()
    {
        const QJsonObject request{{"protocols", QJsonObject{{"vcapi", m_issuer.base() + "/exchanges/cli"}}}};
        const QString link = "dccrequest://request?request="
                + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
        const auto run = import({"--yes", "--json", link});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QCOMPARE(run.json().value("added").toInt(), 1);
        QCOMPARE(stored(), 6);
    }

    void testHostile_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("words");
        QTest::newRow("web page") << "html" << 2 << "text/html";
        QTest::newRow("server error") << "500" << 1 << "500";
        QTest::newRow("redirect loop") << "loop" << 2 << "redirected more than 5 times";
        QTest::newRow("endless body") << "endless" << 2 << "larger than";
    }
    void testHostile()
    {
        QFETCH(QString, mode);
        QFETCH(int, exitCode);
        QFETCH(QString, words);
        QElapsedTimer timer;
        timer.start();
        const auto run = import({"--yes", "--json", m_issuer.base() + "/hostile/" + mode});
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(run.exitCode, exitCode);
        const QJsonArray problems = run.json().value("problems").toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().toString().contains(words), qPrintable(problems.first().toString()));
        QCOMPARE(stored(), 6);
    }

    void testFilesAndLinksTogether()
    {
        QFile file(m_dir.path() + "/notes.txt");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a credential");
        file.close();
        const auto run = import({"--yes", "--json", file.fileName(), m_issuer.base() + "/credentials/sdjwt"});
        QCOMPARE(run.exitCode, 1); // one unreadable input
        QCOMPARE(run.json().value("added").toInt(), 1);
        QCOMPARE(stored(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCliImportNet)
#include "tst_cli_import_net.moc"
