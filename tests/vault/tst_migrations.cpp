// Every earlier schema version upgrades to the current one with its data
// intact: from fixture vaults written by released versions (tests/data/vault)
// and from databases built step by step here.
#include "SampleCredentials.h"
#include "TestSupport.h"
#include "crypto/Sodium.h"
#include "vault/Database.h"
#include "vault/Schema.h"
#include "vault/Vault.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using namespace vitae::vault;

namespace {
const QByteArray kFixturePassphrase = "fixture passphrase";

void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files);
    while (it.hasNext()) {
        it.next();
        QVERIFY(QFile::copy(it.filePath(), to + "/" + it.fileName()));
        QFile::setPermissions(to + "/" + it.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    }
}

// Version 1 had no verified_at, evidence, tags, share log or search index:
// insert the way a version-1 build did.
void insertVersion1Credential(Database &db, int index)
{
    const CredentialRecord record = test::sampleCredential(index);
    auto insert = db.prepare("INSERT INTO credentials (raw, raw_sha256, format, credential_id, issuer_name, types, "
                             "name, description, issued_at, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?);");
    QVERIFY(insert);
    insert->bind(1, QByteArrayView(record.raw));
    insert->bind(2, QByteArrayView(crypto::sha256(record.raw)));
    insert->bind(3, record.format);
    insert->bind(4, record.credentialId);
    insert->bind(5, record.issuerName);
    insert->bind(6, record.types.join(' '));
    insert->bind(7, record.name);
    insert->bind(8, record.description);
    insert->bind(9, record.issuedAt.toString(Qt::ISODateWithMs));
    insert->bind(10, QStringLiteral("2024-05-01T10:00:00.000Z"));
    QVERIFY(insert->run());
}
} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { crypto::enableTestingKdf(); }

    // Fixture vaults committed when each released schema version was
    // current (3 is the first that shipped); every later version adds a row.
    void testFixturesUpgrade_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        QTest::newRow("schema 3") << "vault/schema-v3" << 3;
    }
    void testFixturesUpgrade()
    {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        QTemporaryDir dir;
        copyFolder(test::testDataPath(fixture), dir.path());
        QVERIFY(QFile::exists(dir.path() + "/vault.header"));

        Vault vault(dir.path());
        const Status unlocked = vault.unlock(kFixturePassphrase);
        QVERIFY2(unlocked, qPrintable(unlocked.message()));
        QCOMPARE(vault.schemaVersion().value(), schema::CurrentVersion);
        QVERIFY(vault.integrityCheck());
        const auto all = vault.credentials().list().value();
        QCOMPARE(all.size(), 3);
        for (const auto &summary : all)
            QVERIFY(vault.credentials().get(summary.id)); // bytes match digests
        // The search index covers rows written before it existed.
        QCOMPARE(vault.credentials().search("logistics").value().size(), 1);
        QVERIFY(vault.holderDid().startsWith("did:key:z6Mk"));
        if (version >= 2)
            QCOMPARE(vault.counts()->shares, 1);
        // And the upgraded vault takes new data.
        QVERIFY(vault.credentials().add(test::sampleCredential(50)));
        QVERIFY(vault.shares().append(ShareRecord{0, {}, "v", "d", "c", "qr", {1}, "{}"}));
    }

    // Each version built step by step, then upgraded in one go.
    void testEveryVersionUpgrades_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < schema::CurrentVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("from %1").arg(v))) << v;
    }
    void testEveryVersionUpgrades()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const crypto::SecureBuffer key = crypto::SecureBuffer::fromBytes(crypto::randomBytes(32));
        auto db = Database::open(dir.path() + "/db", key, true);
        QVERIFY(db);
        QVERIFY(schema::migrate(*db, from));
        QCOMPARE(schema::version(*db).value(), from);
        insertVersion1Credential(*db, 1);
        insertVersion1Credential(*db, 2);
        QVERIFY(schema::migrate(*db));
        QCOMPARE(schema::version(*db).value(), schema::CurrentVersion);
        CredentialStore store(*db);
        QCOMPARE(store.list().value().size(), 2);
        QCOMPARE(store.search("logistics").value().size(), 1);
        QCOMPARE(store.search("fleet").value().size(), 1);
    }

    void testNewerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const crypto::SecureBuffer key = crypto::SecureBuffer::fromBytes(crypto::randomBytes(32));
        auto db = Database::open(dir.path() + "/db", key, true);
        QVERIFY(db);
        QVERIFY(schema::migrate(*db));
        QVERIFY(db->exec("PRAGMA user_version = 99;"));
        const Status status = schema::migrate(*db);
        QCOMPARE(status.code(), ErrorCode::VersionTooNew);
        QVERIFY(status.message().contains("newer version of Vitae"));
        QCOMPARE(schema::version(*db).value(), 99);
    }

    // Writes the fixture for the current schema version into tests/data:
    // run by hand (VITAE_WRITE_FIXTURES=1) when a new schema version lands.
    void writeFixtureForCurrentVersion()
    {
        if (qEnvironmentVariableIsEmpty("VITAE_WRITE_FIXTURES"))
            QSKIP("set VITAE_WRITE_FIXTURES=1 to write tests/data/vault/schema-vN");
        const QString folder = test::testDataPath(QStringLiteral("vault/schema-v%1").arg(schema::CurrentVersion));
        QVERIFY(!QFile::exists(folder));
        Vault vault(folder);
        QVERIFY(vault.create(kFixturePassphrase, crypto::KdfParams::testing()));
        for (int i : {0, 1, 2})
            QVERIFY(vault.credentials().add(test::sampleCredential(i)));
        QVERIFY(vault.shares().append(ShareRecord{0, {}, "Acme", "acme.example", "c", "qr", {1}, "{}"}));
        vault.lock();
        QFile::remove(folder + "/vault.lock");
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
