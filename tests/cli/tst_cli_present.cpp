// `vitae-cli present`, `verify-presentation` and `shares` end to end: a real
// vault holding credentials issued to its holder, a presentation bound to a
// challenge, the verifier's view, and the share log.
#include "ServerProcess.h"
#include "TestIssuer.h"
#include "TestSupport.h"
#include "did/DidKey.h"
#include "jose/PublicKey.h"
#include "qr/PngWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;

namespace {
test::ProcessRun runCli(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("VITAE_PASSPHRASE", "present test passphrase");
    return test::runProcess(VITAE_CLI, arguments, env);
}
} // namespace

class TestCliPresent : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_vault;

    QString path(const QString &name) const { return m_dir.path() + "/" + name; }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private slots:
    void initTestCase()
    {
        m_vault = path("vault");
        QCOMPARE(runCli({"--vault", m_vault, "init"}).exitCode, 0);
        const QString holder = runCli({"--vault", m_vault, "did"}).out.trimmed();
        QVERIFY(holder.startsWith("did:key:z6Mk"));
        const auto holderKey = did::parseDidKey(holder);
        QVERIFY(holderKey.ok());

        const test::TestIssuer issuer;
        QJsonObject badge = issuer.badge();
        QJsonObject subject = badge.value("credentialSubject").toObject();
        subject.insert("id", holder);
        badge.insert("credentialSubject", subject);
        write("badge.json", QJsonDocument(issuer.signJcs(badge)).toJson());
        const QJsonObject jwk = jose::publicKeyToJwk(jose::ed25519PublicKey(holderKey->publicKey).value());
        write("course.sd-jwt", issuer.sdJwtVc(jwk));
        const auto imported = runCli({"--vault", m_vault, "import", "--yes", path("badge.json"), path("course.sd-jwt")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void testPresentAndVerifyVp()
    {
        const auto present = runCli({"--vault", m_vault, "--json", "present", "--challenge", "job-42", "--domain",
                                     "jobs.example", "--out", path("vp.json"), "1"});
        QVERIFY2(present.exitCode == 0, qPrintable(present.err));
        QCOMPARE(present.json().value("mediaType").toString(), "application/vp+ld+json");

        const auto verified = runCli({"--json", "--offline", "verify-presentation", "--challenge", "job-42", "--domain",
                                      "jobs.example", path("vp.json")});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json().value("credentials").toArray().size(), 1);
        QCOMPARE(verified.json().value("verdict").toString(), "warning"); // the test issuer is on no trust list

        // The same presentation replayed to another request fails, saying why.
        const auto replayed = runCli({"--offline", "verify-presentation", "--challenge", "job-43", path("vp.json")});
        QCOMPARE(replayed.exitCode, 1);
        QVERIFY2(replayed.out.contains("another challenge"), qPrintable(replayed.out));
    }

    void testPresentationThroughQrFrames()
    {
        // The VP as QR frames (as shown at an interview), scanned back in
        // reverse order and verified from the images.
        QVERIFY(QDir().mkpath(path("frames")));
        const auto frames = runCli({"--json", "qr", path("vp.json"), "--out", path("frames")});
        QVERIFY2(frames.exitCode == 0, frames.err.constData());
        QStringList images;
        for (const QJsonValue &file : frames.json().value("files").toArray())
            images.prepend(file.toString());
        QVERIFY(!images.isEmpty());
        const auto verified = runCli(QStringList{"--json", "--offline", "verify-presentation", "--challenge", "job-42",
                                                 "--domain", "jobs.example"} + images);
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        QCOMPARE(verified.json().value("credentials").toArray().size(), 1);
        // A picture with no code in it is a clear error, not a crash.
        write("blank.png", qr::writeGrayPng(qr::GrayImage(200, 200)));
        const auto nothing = runCli({"--offline", "verify-presentation", "--challenge", "job-42", path("blank.png")});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.err.contains("No QR code"), nothing.err.constData());
    }

    void testSelectiveDisclosure()
    {
        const auto present = runCli({"--vault", m_vault, "present", "--challenge", "n-1", "--disclose", "2=given_name",
                                     "--out", path("sd.txt"), "2"});
        QVERIFY2(present.exitCode == 0, qPrintable(present.err));
        QVERIFY(present.out.contains("given_name"));
        QFile file(path("sd.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray presentation = file.readAll();
        QVERIFY(!presentation.contains('{'));

        const auto verified = runCli({"--json", "--offline", "verify-presentation", "--challenge", "n-1", path("sd.txt")});
        QCOMPARE(verified.exitCode, 0);
        const QJsonObject disclosed = verified.json().value("credentials").toArray().first().toObject().value("disclosed").toObject();
        QCOMPARE(disclosed.value("given_name").toString(), "Ana");
        QVERIFY(!disclosed.contains("family_name"));
        QVERIFY(!disclosed.contains("birthdate"));
    }

    void testSharesAreLogged()
    {
        const auto shares = runCli({"--vault", m_vault, "--json", "shares"});
        QCOMPARE(shares.exitCode, 0);
        const QJsonArray log = shares.json().value("shares").toArray();
        QCOMPARE(log.size(), 2);
        // Newest first: the SD-JWT one, with exactly what it disclosed.
        const QJsonObject newest = log.first().toObject();
        QCOMPARE(newest.value("challenge").toString(), "n-1");
        QCOMPARE(newest.value("disclosed").toArray().first().toObject().value("disclosed").toArray(),
                 QJsonArray{"given_name"});
        QCOMPARE(log.last().toObject().value("domain").toString(), "jobs.example");
    }

    void testRespondToVerifier()
    {
        test::ServerProcess verifier(QStringLiteral(VITAE_TEST_VERIFIER));
        QVERIFY(verifier.start());
        const QString link = "openid4vp://?request_uri="
                + QString::fromLatin1(QUrl::toPercentEncoding(verifier.base() + "/request/course"));
        // Without consent nothing is sent, but the learner sees what would be.
        const auto asked = runCli({"--vault", m_vault, "--allow-loopback-http", "respond", link});
        QCOMPARE(asked.exitCode, 2);
        QVERIFY2(asked.out.contains("Riverside Logistics hiring") && asked.out.contains("given_name"), asked.out.constData());
        QVERIFY(asked.out.contains("signed by did:key:"));

        const auto sent = runCli({"--vault", m_vault, "--allow-loopback-http", "--json", "respond", "--yes", link});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QVERIFY(sent.json().value("redirect").toString().contains("/done"));
        const QJsonObject newest = runCli({"--vault", m_vault, "--json", "shares"}).json().value("shares").toArray().first().toObject();
        QCOMPARE(newest.value("channel").toString(), "openid4vp");

        // Plain http is refused without the developer option.
        QCOMPARE(runCli({"--vault", m_vault, "respond", "--yes", link}).exitCode, 1);
    }

    void testUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no challenge") << QStringList{"present", "1"} << 2 << "--challenge";
        QTest::newRow("claims of a badge") << QStringList{"present", "--challenge", "c", "--disclose", "1=name", "1"}
                                           << 2 << "whole or not at all";
        QTest::newRow("unknown claim") << QStringList{"present", "--challenge", "c", "--disclose", "2=shoe_size", "2"}
                                       << 2 << "shoe_size";
        QTest::newRow("no such credential") << QStringList{"present", "--challenge", "c", "99"} << 1 << "99";
        QTest::newRow("bad expiry") << QStringList{"present", "--challenge", "c", "--expires", "soon", "1"} << 2
                                    << "--expires";
    }

    void testUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto run = runCli(QStringList{"--vault", m_vault} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void testGarbagePresentation()
    {
        write("garbage.json", "{\"type\": [\"VerifiablePresentation\"], \"verifiableCredential\": 7}");
        const auto run = runCli({"--offline", "verify-presentation", "--challenge", "c", path("garbage.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("FAIL"), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliPresent)
#include "tst_cli_present.moc"
