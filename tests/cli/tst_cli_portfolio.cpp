// A returner's portfolio from the command line: a self-asserted entry with
// evidence, an endorsement from someone who knew the work (another vault),
// the skills view, and a bundle export that verifies offline and fails
// once an evidence file inside it is changed.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
vitae::test::ProcessRun runCli(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("VITAE_PASSPHRASE", "portfolio test passphrase");
    return vitae::test::runProcess(VITAE_CLI, arguments, env);
}
} // namespace

class TestCliPortfolio : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_learner;
    QString m_treasurer;

    QString path(const QString &name) const { return m_dir.path() + "/" + name; }

private slots:
    void initTestCase()
    {
        m_learner = path("learner");
        m_treasurer = path("treasurer");
        QCOMPARE(runCli({"--vault", m_learner, "init"}).exitCode, 0);
        QCOMPARE(runCli({"--vault", m_treasurer, "init"}).exitCode, 0);
        QFile letter(path("thank-you-letter.pdf"));
        QVERIFY(letter.open(QIODevice::WriteOnly));
        letter.write("%PDF-1.4 Thank you for ten years of running the appeal.");
    }

    void testEntryWithEvidence()
    {
        const auto added = runCli({"--vault", m_learner, "--json", "entry", "add", "--role", "Fundraising lead",
                                   "--organisation", "St Mary's parish", "--from", "2014-01", "--to", "2024-06",
                                   "--description", "Ran the roof appeal.", "--skill", "Fundraising", "--skill",
                                   "Bookkeeping", "--evidence", path("thank-you-letter.pdf")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(added.json().value("id").toInt(), 1);
        QCOMPARE(added.json().value("evidence").toInt(), 1);
        const auto show = runCli({"--vault", m_learner, "--json", "show", "1"});
        QCOMPARE(show.json().value("verification").toString(), "self-asserted");
    }

    void testEndorsementRoundTrip()
    {
        QCOMPARE(runCli({"--vault", m_learner, "export-raw", "1", "--out", path("entry.json")}).exitCode, 0);
        const auto endorsed = runCli({"--vault", m_treasurer, "endorse", path("entry.json"), "--comment",
                                      "She raised 120,000 for the roof.", "--name", "Ana Ruiz, treasurer", "--out",
                                      path("endorsement.json")});
        QVERIFY2(endorsed.exitCode == 0, endorsed.err.constData());
        const auto imported = runCli({"--vault", m_learner, "--json", "import", "--yes", path("endorsement.json")});
        QCOMPARE(imported.json().value("added").toInt(), 1);

        // Endorsing garbage is refused.
        QFile garbage(path("garbage.json"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("{\"not\": \"a credential\"}");
        garbage.close();
        QCOMPARE(runCli({"--vault", m_treasurer, "endorse", path("garbage.json"), "--comment", "x", "--out",
                         path("never.json")}).exitCode, 2);
        QVERIFY(!QFile::exists(path("never.json")));
    }

    void testSkills()
    {
        const auto skills = runCli({"--vault", m_learner, "--json", "skills"});
        QCOMPARE(skills.exitCode, 0);
        const QJsonArray list = skills.json().value("skills").toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value("name").toString(), "Bookkeeping");
        QCOMPARE(list.at(0).toObject().value("attested").toBool(), false);
        QCOMPARE(runCli({"--vault", m_learner, "--json", "skills", "fund"}).json().value("skills").toArray().size(), 1);
    }

    void testBundleExportAndVerify()
    {
        const auto exported = runCli({"--vault", m_learner, "--offline", "--json", "export", path("portfolio.json"), "1",
                                      "2", "--title", "Office manager application", "--name", "Maria Lopez"});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const auto verified = runCli({"--json", "--offline", "verify", path("portfolio.json")});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json().value("learner").toString(), "Maria Lopez");
        QCOMPARE(verified.json().value("credentials").toArray().size(), 2);
        QCOMPARE(verified.json().value("credentials").toArray().at(0).toObject().value("selfAsserted").toBool(), true);

        // Change the letter inside the bundle: verification fails and says why.
        QFile file(path("portfolio.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray evidence = bundle.value("evidence").toArray();
        QJsonObject letter = evidence.at(0).toObject();
        letter.insert("data", QString::fromLatin1(QByteArray("%PDF-1.4 a different letter").toBase64()));
        evidence.replace(0, letter);
        bundle.insert("evidence", evidence);
        QFile forged(path("forged.json"));
        QVERIFY(forged.open(QIODevice::WriteOnly));
        forged.write(QJsonDocument(bundle).toJson());
        forged.close();
        const auto rejected = runCli({"--offline", "verify", path("forged.json")});
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY2(rejected.out.contains("thank-you-letter.pdf\" does not match its digest"), rejected.out.constData());
    }

    void testPdfExportVerifiesAndDetectsChanges()
    {
        const auto exported = runCli({"--vault", m_learner, "--offline", "export", "--pdf", path("portfolio.pdf"), "1",
                                      "2", "--title", "Office manager application", "--name", "Maria Lopez"});
        if (exported.exitCode != 0 && exported.err.contains("built without the app"))
            QSKIP("this vitae-cli cannot draw PDFs (built without the GUI)");
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const auto verified = runCli({"--json", "--offline", "verify", path("portfolio.pdf")});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json().value("learner").toString(), "Maria Lopez");
        QCOMPARE(verified.json().value("credentials").toArray().size(), 2);

        // Another vault takes the portfolio in from the PDF (its credentials,
        // each verified again on the way in).
        const QString other = path("employer");
        QCOMPARE(runCli({"--vault", other, "init"}).exitCode, 0);
        const auto imported = runCli({"--vault", other, "--json", "import", "--yes", path("portfolio.pdf")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json().value("added").toInt(), 2);

        // The pages say what they hold, in words a person reads.
        const auto text = vitae::test::runProcess("pdftotext", {path("portfolio.pdf"), "-"});
        QVERIFY2(text.out.contains("Maria Lopez") && text.out.contains("Fundraising lead"), text.out.left(400).constData());
        QVERIFY(text.out.contains("Self-asserted"));

        // Change one letter of the attached bundle (streams uncompressed with
        // qpdf first, so the edit keeps every offset): verification fails.
        QCOMPARE(vitae::test::runProcess("qpdf", {"--stream-data=uncompress", path("portfolio.pdf"), path("open.pdf")}).exitCode, 0);
        QFile pdf(path("open.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QByteArray bytes = pdf.readAll();
        pdf.close();
        const QByteArray name = "\"name\":\"Maria Lopez\"";
        QVERIFY(bytes.contains(name));
        bytes.replace(name, "\"name\":\"Mario Lopez\"");
        QFile forged(path("forged.pdf"));
        QVERIFY(forged.open(QIODevice::WriteOnly));
        forged.write(bytes);
        forged.close();
        const auto rejected = runCli({"--offline", "verify", path("forged.pdf")});
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY2(rejected.out.contains("changed after the learner signed it"), rejected.out.constData());
        // A PDF with no Vitae attachment is a clear error.
        QFile plain(path("plain.pdf"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                    "trailer<</Root 1 0 R>>\n%%EOF\n");
        plain.close();
        const auto noBundle = runCli({"--offline", "verify", path("plain.pdf")});
        QVERIFY(noBundle.exitCode != 0);
        QVERIFY2(noBundle.err.contains("vitae-bundle.json") || noBundle.err.contains("PDF"), noBundle.err.constData());
    }

    void testNamedPortfolio()
    {
        // The endorsement first, then the entry: the portfolio keeps that order.
        const auto added = runCli({"--vault", m_learner, "--json", "portfolio", "add", "Office job", "2", "1"});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonArray items = added.json().value("credentials").toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value("id").toInt(), 2);
        QCOMPARE(runCli({"--vault", m_learner, "--json", "portfolio", "list"}).json().value("portfolios").toArray(),
                 QJsonArray{"Office job"});

        const auto exported = runCli({"--vault", m_learner, "--offline", "--json", "export", path("office.json"),
                                      "--portfolio", "Office job"});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const auto verified = runCli({"--json", "--offline", "verify", path("office.json")});
        const QJsonArray credentials = verified.json().value("credentials").toArray();
        QCOMPARE(credentials.size(), 2);
        QVERIFY(credentials.at(0).toObject().value("title").toString().startsWith("Endorsement"));

        QCOMPARE(runCli({"--vault", m_learner, "portfolio", "add", "Office job", "99"}).exitCode, 1);
        QCOMPARE(runCli({"--vault", m_learner, "portfolio", "frobnicate"}).exitCode, 2);
    }

    void testEvidenceLink()
    {
        const auto added = runCli({"--vault", m_learner, "--json", "entry", "add", "--role", "Treasurer", "--from",
                                   "2019-01", "--evidence-link", "https://parish.example/annual-report-2020"});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(added.json().value("evidence").toInt(), 1);
        const QString id = QString::number(added.json().value("id").toInt());
        QCOMPARE(runCli({"--vault", m_learner, "export-raw", id, "--out", path("treasurer.json")}).exitCode, 0);
        QFile file(path("treasurer.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray evidence = QJsonDocument::fromJson(file.readAll()).object().value("evidence").toArray();
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().toObject().value("id").toString(), "https://parish.example/annual-report-2020");
        // Not a web address: refused, nothing added.
        QCOMPARE(runCli({"--vault", m_learner, "entry", "add", "--role", "X", "--from", "2019-01", "--evidence-link",
                         "file:///etc/passwd"}).exitCode, 2);
    }

    void testEvidenceOverTheCapIsRefused()
    {
        QFile big(path("scan.tiff"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(51LL * 1024 * 1024)); // over the 50 MB cap, sparse on disk
        big.close();
        const int before = int(runCli({"--vault", m_learner, "--json", "list"}).json().value("credentials").toArray().size());
        const auto run = runCli({"--vault", m_learner, "entry", "add", "--role", "Clerk", "--from", "2020-01",
                                 "--evidence", path("scan.tiff")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("scan.tiff"), run.err.constData());
        // Nothing half-written: no entry without its evidence.
        QCOMPARE(int(runCli({"--vault", m_learner, "--json", "list"}).json().value("credentials").toArray().size()), before);
    }

    void testUsageErrors()
    {
        QCOMPARE(runCli({"--vault", m_learner, "entry", "add", "--role", "X", "--from", "last spring"}).exitCode, 2);
        QCOMPARE(runCli({"--vault", m_learner, "entry", "add", "--from", "2020-01"}).exitCode, 2);
        QCOMPARE(runCli({"--vault", m_learner, "export", "1"}).exitCode, 2);
        QCOMPARE(runCli({"--vault", m_learner, "--json", "export", path("p.json"), "--portfolio", "Nope"}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliPortfolio)
#include "tst_cli_portfolio.moc"
