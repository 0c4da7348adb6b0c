// `vitae-cli verify` as a person or a script uses it: files and stdin,
// --json, --strict, --resolve URL=FILE, --trust-list, and the exit codes
// (0 no check failed, 1 a check failed, 2 unusable input).
#include "TestIssuer.h"
#include "TestSupport.h"
#include "jsonld/ContextLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run : vitae::test::ProcessRun {
    // The code of one check in the --json output.
    QString code(const QString &check) const
    {
        for (const QJsonValue &c : json().value("checks").toArray())
            if (c.toObject().value("check").toString() == check)
                return c.toObject().value("code").toString();
        return QString();
    }
};

Run verify(const QStringList &arguments, const QByteArray &stdinBytes = QByteArray())
{
    return {vitae::test::runProcess(VITAE_CLI, QStringList{"verify", "--offline"} + arguments,
                                    QProcessEnvironment::systemEnvironment(), stdinBytes)};
}
} // namespace

class TestCliVerify : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    vitae::test::TestIssuer m_issuer;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.path() + "/" + name);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void testValidBadge()
    {
        const QString path = writeFile("badge.json", QJsonDocument(m_issuer.signJcs(m_issuer.badge())).toJson());
        const Run text = verify({path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Data Literacy Foundations"));
        QVERIFY(text.out.contains("Result: WARNING"));
        const Run json = verify({"--json", path});
        QCOMPARE(json.json().value("verdict").toString(), QStringLiteral("warning"));
        QCOMPARE(json.code("signature"), QStringLiteral("signature.valid"));
        QCOMPARE(json.code("issuer"), QStringLiteral("issuer.unknown"));
        // Warnings fail under --strict, until the issuer is on a trust list.
        QCOMPARE(verify({"--strict", path}).exitCode, 1);
        const QString trust = writeFile("trust.json", QStringLiteral(R"({"vitaeTrustList": 1, "name": "Mine",
            "issuers": [{"id": "%1", "name": "Riverside"}]})").arg(m_issuer.did()).toUtf8());
        const Run trusted = verify({"--strict", "--json", "--trust-list", trust, path});
        QCOMPARE(trusted.exitCode, 0);
        QCOMPARE(trusted.json().value("verdict").toString(), QStringLiteral("verified"));
        // Standard input works the same.
        QCOMPARE(verify({"-"}, QJsonDocument(m_issuer.signJcs(m_issuer.badge())).toJson()).exitCode, 0);
    }

    void testFailures()
    {
        QJsonObject tampered = m_issuer.signJcs(m_issuer.badge());
        tampered.insert("name", "Something else");
        const Run run = verify({"--json", writeFile("tampered.json", QJsonDocument(tampered).toJson())});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value("verdict").toString(), QStringLiteral("failed"));
        QCOMPARE(run.code("signature"), QStringLiteral("signature.invalid"));
    }

    void testUnusableInput()
    {
        QCOMPARE(verify({writeFile("garbage.json", "{not json")}).exitCode, 2);
        QCOMPARE(verify({m_dir.path() + "/missing.json"}).exitCode, 2);
        QCOMPARE(verify({}).exitCode, 2);
        const Run huge = verify({writeFile("huge.json", QByteArray(11 * 1024 * 1024, ' '))});
        QCOMPARE(huge.exitCode, 2);
        QVERIFY(huge.err.contains("10 MB"));
        QCOMPARE(verify({"--resolve", "no-equals-sign", writeFile("ok.json", "{}")}).exitCode, 2);
    }

    // A real Digital Credentials Consortium badge (Ed25519Signature2020 over
    // RDF-canonicalized JSON-LD), checked offline.
    void testDccBadge()
    {
        const QString path = vitae::test::testDataPath(
                "dcc/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json");
        const Run run = verify({"--json", path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.code("signature"), QStringLiteral("signature.valid"));
        QCOMPARE(run.json().value("verdict").toString(), QStringLiteral("warning")); // issuer not on a list
        QCOMPARE(verify({"--strict", path}).exitCode, 1);
    }

    // A context Vitae does not ship: unknown until the user supplies it.
    void testUserSuppliedContext()
    {
        const QString url = "https://college.example/contexts/transcript/v1";
        const QByteArray context = R"({"@context": {"@protected": true,
            "gradePointAverage": "https://college.example/vocab#gradePointAverage"}})";
        QVERIFY(vitae::jsonld::BuiltinContexts::instance().add(url, context)); // for signing here
        QJsonObject vc = m_issuer.badge();
        QJsonArray contexts = vc.value("@context").toArray();
        contexts.append(url);
        vc.insert("@context", contexts);
        QJsonObject subject = vc.value("credentialSubject").toObject();
        subject.insert("gradePointAverage", "3.9");
        vc.insert("credentialSubject", subject);
        const QString path = writeFile("transcript.json", QJsonDocument(m_issuer.signRdfc(vc)).toJson());
        const QString contextFile = writeFile("transcript-context.json", context);

        const Run unknown = verify({"--json", path});
        QCOMPARE(unknown.exitCode, 0);
        QCOMPARE(unknown.code("signature"), QStringLiteral("signature.unknown-context"));
        QCOMPARE(unknown.json().value("verdict").toString(), QStringLiteral("unknown"));
        const Run known = verify({"--json", "--context", url + "=" + contextFile, path});
        QCOMPARE(known.code("signature"), QStringLiteral("signature.valid"));
        QCOMPARE(verify({"--context", "nonsense", path}).exitCode, 2);
    }

    void testStatusFromResolvedFile()
    {
        // The revocation status list, served from a file as if fetched.
        const QString listUrl = "https://college.example/status/3";
        QProcess make;
        make.start(VITAE_MAKE_STATUS_LIST, {m_dir.path() + "/list.json", listUrl, "5"});
        QVERIFY(make.waitForFinished(30000));
        QCOMPARE(make.exitCode(), 0);
        QJsonObject vc = m_issuer.badge();
        vc.insert("credentialStatus", QJsonObject{{"id", listUrl + "#5"}, {"type", "BitstringStatusListEntry"},
                                                  {"statusPurpose", "revocation"}, {"statusListIndex", "5"},
                                                  {"statusListCredential", listUrl}});
        const QString path = writeFile("revoked.json", QJsonDocument(m_issuer.signJcs(vc)).toJson());
        const Run offline = verify({"--json", path});
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(offline.code("status"), QStringLiteral("status.offline"));
        const Run revoked = verify({"--json", "--resolve", listUrl + "=" + m_dir.path() + "/list.json", path});
        QCOMPARE(revoked.exitCode, 1);
        QCOMPARE(revoked.code("status"), QStringLiteral("status.revoked"));
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
