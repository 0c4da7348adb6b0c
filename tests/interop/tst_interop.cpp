// Interoperability with independent implementations, in both directions,
// through vitae-cli and the node scripts beside this file (see README.md):
//   Vitae -> them: presentations vitae-cli makes are verified by the Digital
//     Credentials Consortium's @digitalcredentials/vc (JSON-LD VPs) and by the
//     OpenWallet Foundation's @sd-jwt/sd-jwt-vc (SD-JWT+KB);
//   them -> Vitae: credentials and presentations those libraries make are
//     verified by vitae-cli.
// A tampered copy must fail in both directions. Everything runs offline: the
// scripts serve contexts from tests/interop/contexts and resolve did:key
// locally. node_modules comes from scripts/setup.sh (npm ci); without it this
// test fails, saying so.
#include "TestIssuer.h"
#include "TestSupport.h"
#include "crypto/Encoding.h"
#include "did/DidKey.h"
#include "jose/PublicKey.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;

namespace {

const QString kChallenge = QStringLiteral("interop-challenge-7f3a");
const QString kDomain = QStringLiteral("verifier.interop.example");

test::ProcessRun runCli(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("VITAE_PASSPHRASE", "interop test passphrase");
    return test::runProcess(VITAE_CLI, arguments, env);
}

QString interopDir()
{
    return QStringLiteral(VITAE_INTEROP_DIR);
}

// The failure message for a child process: its exit code and both outputs.
QByteArray explain(const test::ProcessRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout: " + run.out + "\nstderr: " + run.err;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

// The outcome Vitae gave one named check ("signature", "holder-proof"...).
QString outcomeOf(const QJsonObject &result, const QString &check)
{
    for (const QJsonValue &value : result.value("checks").toArray())
        if (value.toObject().value("check").toString() == check)
            return value.toObject().value("outcome").toString();
    return QStringLiteral("(no %1 check)").arg(check);
}

// The credential with an issuer-signed value changed: the achievement's name
// (inside the first credential, for a presentation).
QJsonObject tamperedCredentialDocument(QJsonObject document)
{
    if (document.contains("verifiableCredential")) {
        QJsonArray credentials = document.value("verifiableCredential").toArray();
        credentials[0] = tamperedCredentialDocument(credentials.at(0).toObject());
        document.insert("verifiableCredential", credentials);
        return document;
    }
    QJsonObject subject = document.value("credentialSubject").toObject();
    QJsonObject achievement = subject.value("achievement").toObject();
    achievement.insert("name", achievement.value("name").toString() + " (with honours)");
    subject.insert("achievement", achievement);
    document.insert("credentialSubject", subject);
    return document;
}

// The SD-JWT+KB with the disclosure of `claim` swapped for a forged one with
// another value: its digest is not in the issuer's JWT and the KB-JWT's
// sd_hash no longer matches.
QByteArray withForgedDisclosure(const QByteArray &presentation, const QString &claim, const QString &value)
{
    QList<QByteArray> parts = presentation.split('~');
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        const QByteArray json = crypto::base64UrlDecode(parts.at(i)).value_or(QByteArray());
        const QJsonArray decoded = QJsonDocument::fromJson(json).array();
        if (decoded.size() == 3 && decoded.at(1).toString() == claim) {
            const QJsonArray forged{decoded.at(0), claim, value};
            parts[i] = crypto::base64UrlEncode(QJsonDocument(forged).toJson(QJsonDocument::Compact));
        }
    }
    return parts.join('~');
}

// The SD-JWT with the issuer JWT's "name" claim changed and its signature
// kept: the issuer's signature no longer matches.
QByteArray withChangedIssuerClaim(const QByteArray &presentation)
{
    QList<QByteArray> parts = presentation.split('~');
    QList<QByteArray> jwt = parts.first().split('.');
    QJsonObject payload = QJsonDocument::fromJson(crypto::base64UrlDecode(jwt.at(1)).value_or(QByteArray())).object();
    payload.insert("name", payload.value("name").toString() + " (with honours)");
    jwt[1] = crypto::base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    parts[0] = jwt.join('.');
    return parts.join('~');
}

// vitae-cli's verdict on a presentation file, as JSON.
test::ProcessRun vitaeVerifyPresentation(const QString &file, const QString &challenge = kChallenge,
                                         const QString &domain = kDomain)
{
    return runCli({"--json", "--offline", "verify-presentation", "--challenge", challenge, "--domain", domain, file});
}

} // namespace

class TestInterop : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_node;
    QJsonObject m_issued; // what issue.js wrote
    QHash<QString, QString> m_vaultIds; // imported file name -> credential number in the vault

    QString path(const QString &name) const { return m_dir.path() + "/" + name; }

    test::ProcessRun runNode(const QString &script, const QStringList &arguments) const
    {
        return test::runProcess(m_node, QStringList{interopDir() + "/" + script} + arguments);
    }

    QString issuedFile(const QString &name) const { return m_issued.value("files").toObject().value(name).toString(); }

    // The Digital Credentials Consortium's verdict on a VP file.
    test::ProcessRun dccVerify(const QString &file, const QString &challenge = kChallenge,
                               const QString &domain = kDomain) const
    {
        return runNode("verify-vp.js", {"--presentation", file, "--challenge", challenge, "--domain", domain});
    }

    // @sd-jwt/sd-jwt-vc's verdict on an SD-JWT+KB file.
    test::ProcessRun sdJwtVerify(const QString &file, const QString &nonce = kChallenge, const QString &aud = kDomain) const
    {
        return runNode("verify-sd-jwt.js", {"--presentation", file, "--nonce", nonce, "--aud", aud});
    }

private slots:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable("node");
        if (m_node.isEmpty())
            QFAIL("node is not installed: run scripts/setup.sh (it installs nodejs and npm, then the interop packages)");
        for (const char *package : {"@digitalcredentials/vc", "@sd-jwt/sd-jwt-vc"}) {
            if (!QFileInfo::exists(interopDir() + "/node_modules/" + package + "/package.json"))
                QFAIL(qPrintable(QStringLiteral("%1/node_modules has no %2: run scripts/setup.sh "
                                                "(npm ci --prefix tests/interop)").arg(interopDir(), package)));
        }

        // A vault holding, issued to its holder by the test issuer: a VC 2.0
        // badge (eddsa-rdfc-2022), a VC 1.1 badge (Ed25519Signature2020) and an
        // SD-JWT VC bound to the holder's key.
        m_vault = path("vault");
        const auto init = runCli({"--vault", m_vault, "init"});
        QVERIFY2(init.exitCode == 0, explain(init));
        const QString holder = QString::fromUtf8(runCli({"--vault", m_vault, "did"}).out.trimmed());
        const auto holderKey = did::parseDidKey(holder);
        QVERIFY2(holderKey.ok(), qPrintable(holder));

        const test::TestIssuer issuer;
        QJsonObject badge = issuer.badge();
        QJsonObject subject = badge.value("credentialSubject").toObject();
        subject.insert("id", holder);
        badge.insert("credentialSubject", subject);
        QVERIFY(writeFile(path("badge-v2.json"), QJsonDocument(issuer.signRdfc(badge)).toJson()));

        QJsonObject legacy = badge;
        legacy.insert("@context", QJsonArray{"https://www.w3.org/2018/credentials/v1",
                                             "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"});
        legacy.insert("id", "urn:uuid:3f1c2a6e-0d5b-4a7e-9c1d-000000000011");
        legacy.insert("issuanceDate", legacy.take("validFrom"));
        QVERIFY(writeFile(path("badge-v1.json"), QJsonDocument(issuer.signRdfc(legacy, "Ed25519Signature2020")).toJson()));

        const QJsonObject jwk = jose::publicKeyToJwk(jose::ed25519PublicKey(holderKey->publicKey).value());
        QVERIFY(writeFile(path("course.sd-jwt"), issuer.sdJwtVc(jwk)));

        const auto imported = runCli({"--vault", m_vault, "--json", "import", "--yes", path("badge-v2.json"),
                                      path("badge-v1.json"), path("course.sd-jwt")});
        QVERIFY2(imported.exitCode == 0, explain(imported));
        for (const QJsonValue &item : imported.json().value("items").toArray())
            m_vaultIds.insert(item.toObject().value("source").toString(),
                              QString::number(item.toObject().value("id").toInteger()));
        QVERIFY2(m_vaultIds.size() == 3, explain(imported));

        // What the independent libraries issue, for the other direction.
        QVERIFY(QDir().mkpath(path("issued")));
        const auto issued = runNode("issue.js", {"--out", path("issued"), "--challenge", kChallenge, "--domain", kDomain,
                                                 "--nonce", kChallenge, "--aud", kDomain});
        QVERIFY2(issued.exitCode == 0, explain(issued));
        m_issued = issued.json();
    }

    // ---- Vitae -> Digital Credentials Consortium ----

    void testDccVerifiesVitaePresentation_data()
    {
        QTest::addColumn<QString>("credentialFile");
        QTest::addColumn<QString>("suite");
        QTest::addColumn<QString>("expectedProof");
        QTest::addColumn<QString>("expectedCredentialProof");
        QTest::newRow("VC 2.0, default suite") << "badge-v2.json" << "" << "eddsa-rdfc-2022" << "eddsa-rdfc-2022";
        QTest::newRow("VC 2.0, --suite Ed25519Signature2020")
                << "badge-v2.json" << "Ed25519Signature2020" << "Ed25519Signature2020" << "eddsa-rdfc-2022";
        QTest::newRow("VC 1.1, default suite") << "badge-v1.json" << "" << "Ed25519Signature2020" << "Ed25519Signature2020";
        QTest::newRow("VC 1.1, --suite eddsa-rdfc-2022")
                << "badge-v1.json" << "eddsa-rdfc-2022" << "eddsa-rdfc-2022" << "Ed25519Signature2020";
    }

    void testDccVerifiesVitaePresentation()
    {
        QFETCH(QString, credentialFile);
        QFETCH(QString, suite);
        const QString credentialId = m_vaultIds.value(credentialFile);
        QFETCH(QString, expectedProof);
        QFETCH(QString, expectedCredentialProof);
        const QString vp = path(QStringLiteral("vitae-vp-%1-%2.json").arg(credentialId, suite));
        QStringList arguments{"--vault", m_vault, "present", "--challenge", kChallenge, "--domain", kDomain, "--out", vp};
        if (!suite.isEmpty())
            arguments << "--suite" << suite;
        const auto presented = runCli(arguments << credentialId);
        QVERIFY2(presented.exitCode == 0, explain(presented));

        const auto verified = dccVerify(vp);
        QVERIFY2(verified.exitCode == 0, explain(verified));
        const QJsonObject result = verified.json();
        QCOMPARE(result.value("verified").toBool(), true);
        QCOMPARE(result.value("presentation").toObject().value("proof").toArray(), QJsonArray{expectedProof});
        const QJsonArray credentials = result.value("credentials").toArray();
        QCOMPARE(credentials.size(), 1);
        QCOMPARE(credentials.at(0).toObject().value("verified").toBool(), true);
        QCOMPARE(credentials.at(0).toObject().value("proof").toArray(), QJsonArray{expectedCredentialProof});

        // Bound to the challenge and the domain: another of either is refused.
        const auto otherChallenge = dccVerify(vp, "another");
        QVERIFY2(otherChallenge.exitCode == 1, explain(otherChallenge));
        const auto otherDomain = dccVerify(vp, kChallenge, "elsewhere.example");
        QVERIFY2(otherDomain.exitCode == 1, explain(otherDomain));

        // A changed credential inside: both its proof and the holder's fail.
        const QString tampered = vp + ".tampered.json";
        QVERIFY(writeFile(tampered, QJsonDocument(tamperedCredentialDocument(readJson(vp))).toJson()));
        const auto rejected = dccVerify(tampered);
        QVERIFY2(rejected.exitCode == 1, explain(rejected));
        QCOMPARE(rejected.json().value("presentation").toObject().value("verified").toBool(), false);
        QCOMPARE(rejected.json().value("credentials").toArray().at(0).toObject().value("verified").toBool(), false);
    }

    // ---- Vitae -> OpenWallet Foundation SD-JWT ----

    void testSdJwtLibraryVerifiesVitaePresentation_data()
    {
        QTest::addColumn<QString>("disclose");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("top-level claims") << "given_name,birthdate" << QStringList{"given_name", "birthdate"}
                                          << QStringList{"family_name", "address"};
        QTest::newRow("nothing selectively disclosable") << "" << QStringList{"name", "vct"}
                                                         << QStringList{"given_name", "family_name", "birthdate", "address"};
        QTest::newRow("a nested claim") << "/address/locality" << QStringList{"address"}
                                        << QStringList{"given_name", "family_name", "birthdate"};
    }

    void testSdJwtLibraryVerifiesVitaePresentation()
    {
        QFETCH(QString, disclose);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        const QString file = path(QStringLiteral("vitae-sd-jwt-%1.txt").arg(QTest::currentDataTag()).replace(' ', '-'));
        QStringList arguments{"--vault", m_vault, "present", "--challenge", kChallenge, "--domain", kDomain, "--out", file};
        const QString credentialId = m_vaultIds.value("course.sd-jwt");
        if (!disclose.isEmpty())
            arguments << "--disclose" << credentialId + "=" + disclose;
        const auto presented = runCli(arguments << credentialId);
        QVERIFY2(presented.exitCode == 0, explain(presented));

        const auto verified = sdJwtVerify(file);
        QVERIFY2(verified.exitCode == 0, explain(verified));
        const QJsonObject result = verified.json();
        const QJsonObject claims = result.value("claims").toObject();
        for (const QString &claim : shown)
            QVERIFY2(claims.contains(claim), qPrintable(claim + " missing from " + verified.out));
        for (const QString &claim : hidden)
            QVERIFY2(!claims.contains(claim), qPrintable(claim + " disclosed in " + verified.out));
        if (disclose == "/address/locality") {
            const QJsonObject address = claims.value("address").toObject();
            QCOMPARE(address.value("locality").toString(), "Madrid");
            QVERIFY(!address.contains("street_address"));
        }
        const QJsonObject kb = result.value("kb").toObject().value("payload").toObject();
        QCOMPARE(kb.value("nonce").toString(), kChallenge);
        QCOMPARE(kb.value("aud").toString(), kDomain);
        QCOMPARE(result.value("header").toObject().value("typ").toString(), "dc+sd-jwt");

        const auto otherNonce = sdJwtVerify(file, "another");
        QVERIFY2(otherNonce.exitCode == 1, explain(otherNonce));
        const auto otherAudience = sdJwtVerify(file, kChallenge, "elsewhere.example");
        QVERIFY2(otherAudience.exitCode == 1, explain(otherAudience));
        if (shown.contains("given_name")) {
            const QString forged = file + ".forged";
            QVERIFY(writeFile(forged, withForgedDisclosure(readFile(file).trimmed(), "given_name", "Eve")));
            QVERIFY(readFile(forged) != readFile(file).trimmed());
            const auto rejected = sdJwtVerify(forged);
            QVERIFY2(rejected.exitCode == 1, explain(rejected));
        }
        const QString changed = file + ".changed";
        QVERIFY(writeFile(changed, withChangedIssuerClaim(readFile(file).trimmed())));
        const auto rejectedSignature = sdJwtVerify(changed);
        QVERIFY2(rejectedSignature.exitCode == 1, explain(rejectedSignature));
        QVERIFY2(rejectedSignature.out.toLower().contains("signature"), explain(rejectedSignature));
    }

    // ---- Digital Credentials Consortium -> Vitae ----

    void testVitaeVerifiesDccCredentialAndPresentation_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::newRow("eddsa-rdfc-2022") << "eddsa-rdfc-2022";
        QTest::newRow("Ed25519Signature2020") << "Ed25519Signature2020";
    }

    void testVitaeVerifiesDccCredentialAndPresentation()
    {
        QFETCH(QString, suite);
        const QString credential = issuedFile("credential-" + suite);
        const QString vp = issuedFile("vp-" + suite);
        QVERIFY2(QFileInfo::exists(credential) && QFileInfo::exists(vp), qPrintable(QJsonDocument(m_issued).toJson()));

        // Not on a trust list, so "warning" (exit 0): the signature is what counts here.
        const auto verified = runCli({"--json", "--offline", "verify", credential});
        QVERIFY2(verified.exitCode == 0, explain(verified));
        QCOMPARE(outcomeOf(verified.json(), "signature"), "passed");
        QCOMPARE(verified.json().value("verdict").toString(), "warning");

        const auto presentation = vitaeVerifyPresentation(vp);
        QVERIFY2(presentation.exitCode == 0, explain(presentation));
        const QJsonObject result = presentation.json();
        QCOMPARE(outcomeOf(result, "holder-proof"), "passed");
        QCOMPARE(outcomeOf(result, "challenge"), "passed");
        QCOMPARE(outcomeOf(result, "domain"), "passed");
        QCOMPARE(result.value("holder").toString(), m_issued.value("holder").toString());
        const QJsonArray credentials = result.value("credentials").toArray();
        QCOMPARE(credentials.size(), 1);
        QCOMPARE(outcomeOf(credentials.at(0).toObject().value("verification").toObject(), "signature"), "passed");

        const auto otherChallenge = vitaeVerifyPresentation(vp, "another");
        QVERIFY2(otherChallenge.exitCode == 1, explain(otherChallenge));
        const auto otherDomain = vitaeVerifyPresentation(vp, kChallenge, "elsewhere.example");
        QVERIFY2(otherDomain.exitCode == 1, explain(otherDomain));

        const QString tamperedCredential = credential + ".tampered.json";
        QVERIFY(writeFile(tamperedCredential, QJsonDocument(tamperedCredentialDocument(readJson(credential))).toJson()));
        const auto rejected = runCli({"--json", "--offline", "verify", tamperedCredential});
        QVERIFY2(rejected.exitCode == 1, explain(rejected));
        QCOMPARE(outcomeOf(rejected.json(), "signature"), "failed");

        const QString tamperedVp = vp + ".tampered.json";
        QVERIFY(writeFile(tamperedVp, QJsonDocument(tamperedCredentialDocument(readJson(vp))).toJson()));
        const auto rejectedVp = vitaeVerifyPresentation(tamperedVp);
        QVERIFY2(rejectedVp.exitCode == 1, explain(rejectedVp));
        QCOMPARE(outcomeOf(rejectedVp.json(), "holder-proof"), "failed");
    }

    // ---- OpenWallet Foundation SD-JWT -> Vitae ----

    void testVitaeVerifiesSdJwtLibraryPresentation()
    {
        const QString file = issuedFile("sd-jwt-kb");
        const auto verified = vitaeVerifyPresentation(file);
        QVERIFY2(verified.exitCode == 0, explain(verified));
        const QJsonObject result = verified.json();
        QCOMPARE(outcomeOf(result, "holder-proof"), "passed");
        QCOMPARE(outcomeOf(result, "challenge"), "passed");
        QCOMPARE(outcomeOf(result, "domain"), "passed");
        const QJsonObject credential = result.value("credentials").toArray().at(0).toObject();
        QCOMPARE(outcomeOf(credential.value("verification").toObject(), "signature"), "passed");
        const QJsonObject disclosed = credential.value("disclosed").toObject();
        QCOMPARE(disclosed.value("given_name").toString(), "Ana");
        QVERIFY(!disclosed.contains("family_name"));
        QVERIFY(!disclosed.contains("birthdate"));

        // The issued SD-JWT VC on its own (all disclosures, no key binding).
        const auto credentialOnly = runCli({"--json", "--offline", "verify", issuedFile("sd-jwt")});
        QVERIFY2(credentialOnly.exitCode == 0, explain(credentialOnly));
        QCOMPARE(outcomeOf(credentialOnly.json(), "signature"), "passed");

        const auto otherNonce = vitaeVerifyPresentation(file, "another");
        QVERIFY2(otherNonce.exitCode == 1, explain(otherNonce));
        const auto otherAudience = vitaeVerifyPresentation(file, kChallenge, "elsewhere.example");
        QVERIFY2(otherAudience.exitCode == 1, explain(otherAudience));

        const QString forged = path("issued/sd-jwt-kb.forged.txt");
        QVERIFY(writeFile(forged, withForgedDisclosure(readFile(file).trimmed(), "given_name", "Eve")));
        QVERIFY(readFile(forged) != readFile(file).trimmed());
        const auto rejected = vitaeVerifyPresentation(forged);
        QVERIFY2(rejected.exitCode == 1, explain(rejected));
        QVERIFY2(!rejected.out.contains("\"Eve\""), explain(rejected)); // the forged value is not shown as disclosed

        const QString changed = path("issued/sd-jwt-kb.changed.txt");
        QVERIFY(writeFile(changed, withChangedIssuerClaim(readFile(file).trimmed())));
        const auto rejectedSignature = vitaeVerifyPresentation(changed);
        QVERIFY2(rejectedSignature.exitCode == 1, explain(rejectedSignature));
        const QJsonObject changedCredential = rejectedSignature.json().value("credentials").toArray().at(0).toObject();
        QCOMPARE(outcomeOf(changedCredential.value("verification").toObject(), "signature"), "failed");
    }

    // The scripts' document loader is offline: a context that is not in
    // tests/interop/contexts makes verification fail, naming the URL.
    void testUnknownContextFailsLoudly()
    {
        QJsonObject vp = readJson(issuedFile("vp-eddsa-rdfc-2022"));
        QJsonArray context = vp.value("@context").toArray();
        context.append("https://contexts.example/not-here/v1");
        vp.insert("@context", context);
        QVERIFY(writeFile(path("unknown-context.json"), QJsonDocument(vp).toJson()));
        const auto run = dccVerify(path("unknown-context.json"));
        QVERIFY2(run.exitCode == 1, explain(run));
        QVERIFY2(run.out.contains("https://contexts.example/not-here/v1"), explain(run));
    }
};

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
