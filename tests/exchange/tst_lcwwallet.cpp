// Moving from the Learner Credential Wallet: its backup's credentials come
// in through the importer, and each profile's key is read and checked
// against its DID before the learner may bring it along.
#include "TestSupport.h"
#include "crypto/Encoding.h"
#include "crypto/Kdf.h"
#include "did/DidKey.h"
#include "exchange/Importer.h"
#include "exchange/LcwWallet.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using namespace vitae::exchange;

namespace {

const QString kDccCredential =
        QStringLiteral("dcc/verifiableCredentials/v1/bothSignatureTypes/didKey/legacy-noStatus-noExpiry.json");

// A profile shaped as the Learner Credential Wallet exports it.
QJsonObject profile(const crypto::Ed25519KeyPair &key, const QString &name, const QJsonArray &credentials,
                    QByteArray privateKeyOverride = {})
{
    const QString did = did::didKeyFromEd25519(key.publicKey());
    QByteArray secret = QByteArray::fromHex("8026") + key.seed().view().toByteArray() + key.publicKey();
    const QByteArray privateKey = privateKeyOverride.isEmpty() ? crypto::multibaseBase58btc(secret) : privateKeyOverride;
    QJsonArray contents = credentials;
    contents.append(QJsonObject{{"@context", QJsonArray{"https://www.w3.org/ns/did/v1"}}, {"id", did}});
    contents.append(QJsonObject{{"id", did + "#" + did.mid(8)},
                                {"controller", did},
                                {"type", "Ed25519VerificationKey2020"},
                                {"publicKeyMultibase", QString::fromLatin1(crypto::multibaseBase58btc(QByteArray::fromHex("ed01") + key.publicKey()))},
                                {"privateKeyMultibase", QString::fromLatin1(privateKey)}});
    contents.append(QJsonObject{{"type", "X25519KeyAgreementKey2020"}, {"controller", did}});
    contents.append(QJsonObject{{"@context", QJsonArray{"https://w3id.org/wallet/v1"}},
                                {"type", "ProfileMetadata"},
                                {"data", QJsonObject{{"profileName", name}}}});
    return {{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1", "https://w3id.org/wallet/v1"}},
            {"id", "http://example.gov/wallet/3732"},
            {"type", "UniversalWallet2020"},
            {"status", "UNLOCKED"},
            {"contents", contents}};
}

QJsonObject dccCredential()
{
    return QJsonDocument::fromJson(test::readTestData(kDccCredential)).object();
}

} // namespace

class TestLcwWallet : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { crypto::enableTestingKdf(); }

    void backupOfTwoProfiles()
    {
        const auto work = crypto::Ed25519KeyPair::generate();
        const auto home = crypto::Ed25519KeyPair::generate();
        const QJsonArray backup{profile(work, "Work", {dccCredential()}), profile(home, "Home", {})};
        QVERIFY(isLcwBackup(backup));

        const auto profiles = readLcwBackup(backup, "Wallet Backup.json");
        QVERIFY2(profiles.ok(), qPrintable(profiles.message()));
        QCOMPARE(profiles->size(), 2);
        QCOMPARE(profiles->at(0).name, "Work");
        QCOMPARE(profiles->at(0).did, did::didKeyFromEd25519(work.publicKey()));
        QCOMPARE(profiles->at(0).key.publicKey(), work.publicKey());
        QVERIFY(profiles->at(0).keyProblem.isEmpty());
        QCOMPARE(profiles->at(0).credentials.size(), 1);
        QVERIFY(profiles->at(0).credentials.first().where.contains("profile \"Work\""));
        QCOMPARE(profiles->at(1).credentials.size(), 0);

        // The importer takes the same file like any other.
        const auto found = credentialsIn(QJsonDocument(backup).toJson(), "Wallet Backup.json");
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(found->size(), 1);
        QCOMPARE(QJsonDocument::fromJson(found->first().bytes).object(), dccCredential());
        // A single profile (a "Profile Backup") too.
        QCOMPARE(credentialsIn(QJsonDocument(profile(work, "Work", {dccCredential()})).toJson(), "p.json")->size(), 1);
    }

    void keysThatCannotBeTrusted_data()
    {
        QTest::addColumn<QByteArray>("privateKey");
        QTest::addColumn<QString>("problem");
        const auto other = crypto::Ed25519KeyPair::generate();
        QTest::newRow("another DID's key")
                << crypto::multibaseBase58btc(QByteArray::fromHex("8026") + other.seed().view().toByteArray() + other.publicKey())
                << "does not belong";
        QTest::newRow("not multibase") << QByteArray("not a key") << "Vitae can read";
        QTest::newRow("wrong codec") << crypto::multibaseBase58btc(QByteArray::fromHex("ed01") + QByteArray(32, 'k'))
                                     << "Vitae can read";
        QTest::newRow("short") << crypto::multibaseBase58btc(QByteArray::fromHex("8026") + QByteArray(12, 'k'))
                               << "wrong length";
    }

    void keysThatCannotBeTrusted()
    {
        QFETCH(QByteArray, privateKey);
        QFETCH(QString, problem);
        const auto key = crypto::Ed25519KeyPair::generate();
        const auto profiles = readLcwBackup(QJsonArray{profile(key, "Work", {dccCredential()}, privateKey)}, "b.json");
        QVERIFY(profiles.ok());
        QVERIFY(profiles->front().key.isNull());
        QVERIFY2(profiles->front().keyProblem.contains(problem), qPrintable(profiles->front().keyProblem));
        // The credentials still come in.
        QCOMPARE(profiles->front().credentials.size(), 1);
    }

    void notABackup_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("array of numbers") << QByteArray("[1,2,3]") << "not a Learner Credential Wallet backup";
        QTest::newRow("empty array") << QByteArray("[]") << "not a Learner Credential Wallet backup";
        QTest::newRow("broken JSON") << QByteArray("[{\"contents\": [") << "b.json";
        QTest::newRow("wallet without credentials")
                << QJsonDocument(QJsonArray{profile(crypto::Ed25519KeyPair::generate(), "Empty", {})}).toJson()
                << "no credentials";
    }

    void notABackup()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto found = credentialsIn(bytes, "b.json");
        QVERIFY(!found.ok());
        QVERIFY2(found.message().contains(message), qPrintable(found.message()));
    }

    void broughtKeysAreKeptByDid()
    {
        QTemporaryDir dir;
        vault::Vault vault(dir.path() + "/vault");
        QVERIFY(vault.create("passphrase for lcw test").ok());
        const auto key = crypto::Ed25519KeyPair::generate();
        const QString did = did::didKeyFromEd25519(key.publicKey());
        QCOMPARE(vault.holderKeys().add(key).value(), true);
        QCOMPARE(vault.holderKeys().add(key).value(), false); // once only
        const auto kept = vault.holderKeys().keyFor(did);
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE((*kept)->publicKey(), key.publicKey());
        const auto all = vault.holderKeys().all();
        QCOMPARE(all->size(), 2);
        QVERIFY(all->at(0).isDefault);
        QCOMPARE(all->at(0).did, vault.holderDid());
        QCOMPARE(all->at(1).did, did);
        QVERIFY(!vault.holderKeys().keyFor("did:key:z6MkNotHere")->has_value());
    }
};

QTEST_GUILESS_MAIN(TestLcwWallet)
#include "tst_lcwwallet.moc"
