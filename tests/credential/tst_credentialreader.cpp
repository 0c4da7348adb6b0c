// Every format into one model: Open Badges 3.0 spec examples, the Digital
// Credentials Consortium's signed credentials, JWT and SD-JWT credentials,
// Open Badges 2.0 assertions; language maps; and bad input.
#include "TestIssuer.h"
#include "TestSupport.h"
#include "credential/CredentialReader.h"
#include "credential/LanguageText.h"
#include "crypto/Sodium.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vitae;
using namespace vitae::credential;

class TestCredentialReader : public QObject {
    Q_OBJECT
private slots:
    void testOpenBadgeSpecExamples_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name : QDir(test::testDataPath("credential/ob3")).entryList({"*.json"}))
            QTest::newRow(qPrintable(name)) << "credential/ob3/" + name;
    }
    void testOpenBadgeSpecExamples()
    {
        QFETCH(QString, file);
        const QByteArray bytes = test::readTestData(file);
        Result<Credential> credential = readCredential(bytes);
        QVERIFY2(credential, qPrintable(credential.message()));
        QCOMPARE(credential->raw, bytes);
        QCOMPARE(credential->format, Format::LdpVc);
        QVERIFY(!credential->title.isEmpty());
        QVERIFY(!credential->issuerId.isEmpty());
        QVERIFY(credential->hasType("VerifiableCredential"));
    }

    void testFullOpenBadgeFields()
    {
        Result<Credential> credential = readCredential(test::readTestData("credential/ob3/fullOpenBadge.json"));
        QVERIFY(credential);
        QCOMPARE(credential->title, QStringLiteral("1EdTech University Degree for Example Student"));
        QVERIFY(credential->achievement.has_value());
        QVERIFY(!credential->achievement->name.isEmpty());
        QVERIFY(!credential->issuerName.isEmpty());
        QVERIFY(credential->validFrom.isValid());
        QCOMPARE(credential->subjectId, QStringLiteral("did:example:ebfeb1f712ebc6f1c276e12ec21"));
    }

    void testAlignments()
    {
        Result<Credential> credential = readCredential(test::readTestData("credential/ob3/achievementAlignmentCase.json"));
        QVERIFY(credential);
        QVERIFY(credential->achievement.has_value());
        QVERIFY(!credential->achievement->alignments.isEmpty());
        QVERIFY(!credential->achievement->alignments.first().targetName.isEmpty());
    }

    void testDccFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QDirIterator it(test::testDataPath("dcc/verifiableCredentials"), {"*.json"}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path.section("verifiableCredentials/", 1))) << path.section("/data/", 1);
        }
    }
    void testDccFixtures()
    {
        QFETCH(QString, file);
        Result<Credential> credential = readCredential(test::readTestData(file));
        QVERIFY2(credential, qPrintable(credential.message()));
        QVERIFY(credential->issuerId.startsWith("did:"));
        QVERIFY(credential->document.contains("proof"));
        if (file.endsWith("-expired.json"))
            QVERIFY(credential->validUntil.isValid());
        if (file.contains("noStatus"))
            QVERIFY(credential->statusEntries.isEmpty());
        else if (file.contains("Status") || file.contains("Staus") || file.contains("revoked"))
            QVERIFY(!credential->statusEntries.isEmpty());
    }

    void testLanguageMaps()
    {
        const QJsonValue valueObjects = QJsonArray{QJsonObject{{"@value", "Data literacy"}, {"@language", "en"}},
                                                   QJsonObject{{"@value", "Alfabetización de datos"}, {"@language", "es"}},
                                                   QJsonObject{{"@value", "محو الأمية البيانية"}, {"@language", "ar"}}};
        QCOMPARE(pickText(valueObjects, {"es-MX", "en"}), QStringLiteral("Alfabetización de datos"));
        QCOMPARE(pickText(valueObjects, {"ar"}), QStringLiteral("محو الأمية البيانية"));
        QCOMPARE(pickText(valueObjects, {"fr"}), QStringLiteral("Data literacy")); // first given
        QCOMPARE(pickText(QJsonObject{{"en", "Hello"}, {"fr", "Bonjour"}}, {"fr-CA"}), QStringLiteral("Bonjour"));
        QCOMPARE(pickText("plain", {"es"}), QStringLiteral("plain"));
        QCOMPARE(pickText(QJsonValue(), {"en"}), QString());

        test::TestIssuer issuer;
        QJsonObject vc = issuer.badge();
        vc.insert("name", valueObjects);
        ReadOptions options;
        options.languages = {"es"};
        Result<Credential> credential = readCredential(QJsonDocument(vc).toJson(), options);
        QVERIFY(credential);
        QCOMPARE(credential->title, QStringLiteral("Alfabetización de datos"));
    }

    void testJwtVc()
    {
        test::TestIssuer issuer;
        QJsonObject vc = issuer.badge();
        vc.remove("issuer");
        vc.remove("validFrom");
        vc.remove("id"); // carried by "jti" instead
        QJsonObject subject = vc.value("credentialSubject").toObject();
        subject.remove("id"); // carried by "sub" instead
        vc.insert("credentialSubject", subject);
        const QJsonObject payload{{"iss", issuer.did()}, {"sub", "did:example:learner"}, {"jti", "urn:uuid:1"},
                                  {"nbf", 1735689600}, {"exp", 1893456000}, {"vc", vc}};
        const QByteArray token = issuer.signJwt(payload) + "\n";
        Result<Credential> credential = readCredential(token);
        QVERIFY2(credential, qPrintable(credential.message()));
        QCOMPARE(credential->format, Format::JwtVc);
        QCOMPARE(credential->raw, token); // exactly as received
        QCOMPARE(credential->issuerId, issuer.did());
        QCOMPARE(credential->subjectId, QStringLiteral("did:example:learner"));
        QCOMPARE(credential->id, QStringLiteral("urn:uuid:1"));
        QCOMPARE(credential->validFrom, QDateTime::fromSecsSinceEpoch(1735689600, Qt::UTC));
        QCOMPARE(credential->validUntil, QDateTime::fromSecsSinceEpoch(1893456000, Qt::UTC));
        QVERIFY(credential->jws.has_value());
    }

    void testHostileNumericDates()
    {
        test::TestIssuer issuer;
        for (const double date : {1e300, -1e300, 1e13}) {
            const QByteArray token = issuer.signJwt({{"iss", issuer.did()}, {"exp", date}, {"vc", issuer.badge()}});
            Result<Credential> credential = readCredential(token);
            QVERIFY(!credential);
            QCOMPARE(credential.code(), ErrorCode::InvalidInput);
        }
        QVERIFY(!fromNumericDate(std::numeric_limits<double>::quiet_NaN()).isValid());
        QCOMPARE(fromNumericDate(0), QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }

    void testVcJose()
    {
        test::TestIssuer issuer;
        Result<Credential> credential = readCredential(issuer.signJwt(issuer.badge(), {{"typ", "vc+jwt"}}));
        QVERIFY2(credential, qPrintable(credential.message()));
        QCOMPARE(credential->format, Format::JwtVc);
        QCOMPARE(credential->title, QStringLiteral("Data Literacy Foundations"));
        QCOMPARE(credential->issuerName, QStringLiteral("Riverside Community College"));
    }

    void testOb2Assertion()
    {
        const QJsonObject assertion{{"@context", "https://w3id.org/openbadges/v2"},
                                    {"type", "Assertion"},
                                    {"id", "https://badges.example/assertions/123"},
                                    {"recipient", QJsonObject{{"type", "email"}, {"hashed", true}, {"identity", "sha256$abc"}}},
                                    {"badge", QJsonObject{{"id", "https://badges.example/badges/1"},
                                                          {"name", "Bachelor of Arts"},
                                                          {"issuer", QJsonObject{{"id", "https://badges.example/issuer"}, {"name", "Old State University"}}}}},
                                    {"issuedOn", "2014-06-01T00:00:00Z"},
                                    {"verification", QJsonObject{{"type", "hosted"}}}};
        Result<Credential> credential = readCredential(QJsonDocument(assertion).toJson());
        QVERIFY2(credential, qPrintable(credential.message()));
        QCOMPARE(credential->format, Format::Ob2Hosted);
        QCOMPARE(formatName(credential->format), QStringLiteral("ob2-hosted"));
        QCOMPARE(credential->raw, QJsonDocument(assertion).toJson()); // the exact bytes, as for every format
        QCOMPARE(credential->title, QStringLiteral("Bachelor of Arts"));
        QCOMPARE(credential->issuerName, QStringLiteral("Old State University"));
        QCOMPARE(credential->issuedAt.date(), QDate(2014, 6, 1));
    }

    void testBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray("  \n") << "empty";
        QTest::newRow("text") << QByteArray("hello world") << "not a credential";
        QTest::newRow("json array") << QByteArray("[1,2]") << "not a credential";
        QTest::newRow("broken json") << QByteArray("{\"a\":") << "Not valid JSON";
        QTest::newRow("not a vc") << QByteArray("{\"@context\":[],\"type\":[\"Thing\"]}") << "not a verifiable credential";
        QTest::newRow("presentation")
                << QByteArray("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiablePresentation\"]}")
                << "presentation";
        QTest::newRow("no issuer")
                << QByteArray("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
                              "\"credentialSubject\":{}}")
                << "who issued";
        QTest::newRow("bad date")
                << QByteArray("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
                              "\"issuer\":\"did:example:1\",\"credentialSubject\":{},\"validFrom\":\"yesterday\"}")
                << "validFrom";
        QTest::newRow("jwt garbage") << QByteArray("aaa.bbb.ccc") << "";
        QTest::newRow("sd-jwt garbage") << QByteArray("aaa.bbb.ccc~xyz~") << "";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "";
        QTest::newRow("over the size cap") << QByteArray(11 * 1024 * 1024, ' ') << "10 MB";
    }
    void testBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        Result<Credential> credential = readCredential(bytes);
        QVERIFY(!credential);
        QVERIFY(credential.code() == ErrorCode::InvalidInput || credential.code() == ErrorCode::LimitExceeded);
        QVERIFY2(credential.message().contains(messagePart, Qt::CaseInsensitive), qPrintable(credential.message()));
    }

    void testRandomBytesNeverCrash()
    {
        const QByteArray valid = test::readTestData("credential/ob3/basicOpenBadgeCredential.json");
        for (int i = 0; i < 3000; ++i) {
            QByteArray mutated = valid;
            const QByteArray noise = crypto::randomBytes(1 + i % 8);
            mutated.replace(qsizetype(quint32(i * 2654435761u) % quint32(valid.size())), noise.size(), noise);
            (void)readCredential(mutated); // must return, with a value or an error
            (void)readCredential(crypto::randomBytes(i % 200));
            (void)readCredential(valid.left(i % valid.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialReader)
#include "tst_credentialreader.moc"
