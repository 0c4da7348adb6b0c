// Credentials, evidence, tags and the share log in a real SQLCipher vault.
#include "SampleCredentials.h"
#include "crypto/Sodium.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using namespace vitae::vault;

class TestCredentialStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;

private slots:
    void initTestCase() { crypto::enableTestingKdf(); }

    void init()
    {
        m_vault = std::make_unique<Vault>(m_dir.path() + "/" + QTest::currentTestFunction());
        QVERIFY(m_vault->create("pass", crypto::KdfParams::testing()));
    }

    void testAddGetKeepsExactBytes()
    {
        CredentialRecord record = test::sampleCredential(7);
        record.raw.append("\r\n\t "); // trailing bytes that a re-serializer would lose
        record.validUntil = QDateTime(QDate(2030, 6, 1), QTime(0, 0), Qt::UTC);
        const qint64 id = m_vault->credentials().add(record).value();
        QVERIFY(id > 0);
        auto stored = m_vault->credentials().get(id);
        QVERIFY(stored);
        QCOMPARE(stored->raw, record.raw);
        QCOMPARE(stored->rawSha256, crypto::sha256(record.raw));
        QCOMPARE(stored->name, record.name);
        QCOMPARE(stored->issuerName, record.issuerName);
        QCOMPARE(stored->types, record.types);
        QCOMPARE(stored->issuedAt, record.issuedAt);
        QCOMPARE(stored->validUntil, record.validUntil);
        QCOMPARE(stored->verificationStatus, QStringLiteral("unverified"));
        QVERIFY(stored->importedAt.isValid());
        QCOMPARE(m_vault->credentials().get(9999).code(), ErrorCode::NotFound);
    }

    void testDuplicatesAreRefused()
    {
        const CredentialRecord record = test::sampleCredential(1);
        const qint64 id = m_vault->credentials().add(record).value();
        auto sameBytes = m_vault->credentials().add(record);
        QCOMPARE(sameBytes.code(), ErrorCode::AlreadyExists);
        CredentialRecord sameId = test::sampleCredential(2);
        sameId.credentialId = record.credentialId;
        QCOMPARE(m_vault->credentials().add(sameId).code(), ErrorCode::AlreadyExists);
        QCOMPARE(m_vault->credentials().findDuplicate(record.raw, QString()).value(), id);
        QCOMPARE(m_vault->credentials().findDuplicate("other", QString()).value(), 0);
        QCOMPARE(m_vault->counts()->credentials, 1);
    }

    void testAddAllIsAllOrNothing()
    {
        QList<CredentialRecord> batch;
        for (int i = 0; i < 5; ++i)
            batch.append(test::sampleCredential(i));
        batch.append(test::sampleCredential(2)); // duplicate at the end
        QCOMPARE(m_vault->credentials().addAll(batch).code(), ErrorCode::AlreadyExists);
        QCOMPARE(m_vault->counts()->credentials, 0);
        batch.removeLast();
        QCOMPARE(m_vault->credentials().addAll(batch).value().size(), 5);
        QCOMPARE(m_vault->counts()->credentials, 5);
    }

    void testListAndSearch()
    {
        for (int i = 0; i < 24; ++i)
            QVERIFY(m_vault->credentials().add(test::sampleCredential(i)));
        const auto all = m_vault->credentials().list().value();
        QCOMPARE(all.size(), 24);
        // "logistics" is skill 1 of 12: samples 1, 13.
        const auto logistics = m_vault->credentials().search("logistics").value();
        QCOMPARE(logistics.size(), 2);
        for (const auto &summary : logistics)
            QVERIFY(summary.name.startsWith("logistics"));
        // Prefix, case and several words (all must match).
        QCOMPARE(m_vault->credentials().search("LOGIST").value().size(), 2);
        QCOMPARE(m_vault->credentials().search("riverside data").value().size(),
                 m_vault->credentials().search("data riverside").value().size());
        // Issuer search: issuer 0 of 5 -> samples 0, 5, 10, 15, 20.
        QCOMPARE(m_vault->credentials().search("Riverside").value().size(), 5);
        // FTS syntax typed by a person is never interpreted.
        QVERIFY(m_vault->credentials().search("\"unbalanced OR NEAR( -x*").ok());
        QCOMPARE(m_vault->credentials().search("   ").value().size(), 24);
        QCOMPARE(m_vault->credentials().search("nonexistentword").value().size(), 0);
    }

    void testDeleteAndVerificationUpdate()
    {
        const qint64 id = m_vault->credentials().add(test::sampleCredential(3)).value();
        const QDateTime when = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QVERIFY(m_vault->credentials().setVerification(id, "verified", "{\"verdict\":\"verified\"}", when));
        auto stored = m_vault->credentials().get(id).value();
        QCOMPARE(stored.verificationStatus, QStringLiteral("verified"));
        QCOMPARE(stored.verifiedAt, when);
        QCOMPARE(stored.verificationJson, QByteArray("{\"verdict\":\"verified\"}"));
        // Search index follows updates.
        QCOMPARE(m_vault->credentials().search("leadership").value().size(), 1);
        QVERIFY(m_vault->evidence().add({0, id, "proof.pdf", "application/pdf", {}, 0, "pdf bytes", {}}));
        QVERIFY(m_vault->tags().attach(id, "jobs"));
        QVERIFY(m_vault->credentials().remove(id));
        QCOMPARE(m_vault->credentials().remove(id).code(), ErrorCode::NotFound);
        QCOMPARE(m_vault->credentials().search("leadership").value().size(), 0);
        // Evidence and tag links go with the credential.
        QCOMPARE(m_vault->counts()->evidence, 0);
        QCOMPARE(m_vault->tags().credentialsWith("jobs").value().size(), 0);
    }

    void testEvidence()
    {
        const qint64 id = m_vault->credentials().add(test::sampleCredential(4)).value();
        const QByteArray bytes = crypto::randomBytes(100000);
        const qint64 evidenceId =
                m_vault->evidence().add({0, id, "photo.png", "image/png", {}, 0, bytes, {}}).value();
        auto listed = m_vault->evidence().listFor(id).value();
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first().data.isEmpty());
        QCOMPARE(listed.first().size, 100000);
        QCOMPARE(listed.first().sha256, crypto::sha256(bytes));
        auto full = m_vault->evidence().get(evidenceId).value();
        QCOMPARE(full.data, bytes);
        QCOMPARE(full.mediaType, QStringLiteral("image/png"));
        // A standalone file, the cap, and bad input.
        QVERIFY(m_vault->evidence().add({0, 0, "letter.txt", "text/plain", {}, 0, "thanks", {}}));
        QCOMPARE(m_vault->evidence().listFor(0).value().size(), 1);
        const auto tooBig = m_vault->evidence().add({0, id, "big.bin", "application/octet-stream", {}, 0,
                                                     QByteArray(2000, 'x'), {}},
                                                    1000);
        QCOMPARE(tooBig.code(), ErrorCode::LimitExceeded);
        QVERIFY(tooBig.message().contains("big.bin"));
        QCOMPARE(m_vault->evidence().add({0, 999, "x", "text/plain", {}, 0, "x", {}}).code(), ErrorCode::NotFound);
        QCOMPARE(m_vault->counts()->evidence, 2);
    }

    void testTags()
    {
        const qint64 a = m_vault->credentials().add(test::sampleCredential(1)).value();
        const qint64 b = m_vault->credentials().add(test::sampleCredential(2)).value();
        QVERIFY(m_vault->tags().attach(a, "Job applications"));
        QVERIFY(m_vault->tags().attach(b, " Job applications "));
        QVERIFY(m_vault->tags().attach(b, "Acme", TagKind::Collection));
        QVERIFY(m_vault->tags().attach(a, "Job applications")); // idempotent
        QCOMPARE(m_vault->tags().credentialsWith("Job applications").value(), QList<qint64>({a, b}));
        QCOMPARE(m_vault->tags().tagsOf(b).value(), QStringList({"Job applications"}));
        QCOMPARE(m_vault->tags().tagsOf(b, TagKind::Collection).value(), QStringList({"Acme"}));
        QVERIFY(m_vault->tags().detach(a, "Job applications"));
        QCOMPARE(m_vault->tags().credentialsWith("Job applications").value(), QList<qint64>({b}));
        QCOMPARE(m_vault->tags().attach(a, "   ").code(), ErrorCode::InvalidArgument);
        QCOMPARE(m_vault->tags().attach(777, "x").code(), ErrorCode::NotFound);
        QCOMPARE(m_vault->tags().all().value(), QStringList({"Job applications"})); // the failed attach left no tag
    }

    void testShareLog()
    {
        ShareRecord first;
        first.channel = "qr";
        first.verifier = "Acme Freight";
        first.domain = "acme.example";
        first.challenge = "c-123";
        first.credentialIds = {1, 2};
        first.disclosedJson = R"({"1":["name"]})";
        first.sharedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(m_vault->shares().append(first));
        ShareRecord second = first;
        second.sharedAt = first.sharedAt.addDays(1);
        second.channel = "file";
        QVERIFY(m_vault->shares().append(second));
        const auto all = m_vault->shares().all().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().channel, QStringLiteral("file")); // newest first
        QCOMPARE(all.last().credentialIds, QList<qint64>({1, 2}));
        QCOMPARE(all.last().verifier, QStringLiteral("Acme Freight"));
        QCOMPARE(all.last().disclosedJson, first.disclosedJson);
        QCOMPARE(m_vault->shares().append(ShareRecord{}).code(), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
