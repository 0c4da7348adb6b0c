// Stored credentials carry their last verification; re-verifying the whole
// vault is one call and stores every result with its time.
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "crypto/Kdf.h"
#include "verify/VaultVerification.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;

class TestVaultVerification : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { crypto::enableTestingKdf(); }

    void testReverifyAll()
    {
        QTemporaryDir dir;
        vault::Vault vault(dir.path());
        QVERIFY(vault.create("pass", crypto::KdfParams::testing()));
        test::TestIssuer issuer;
        verify::VerifyContext context;
        context.now = [] { return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC); };

        QJsonObject expiring = issuer.badge("Expired course");
        expiring.insert("id", "urn:uuid:expired");
        expiring.insert("validUntil", "2026-01-01T00:00:00Z");
        QJsonObject tampered = issuer.signJcs(issuer.badge("Tampered"));
        tampered.insert("id", "urn:uuid:tampered");
        const QList<QByteArray> inputs = {QJsonDocument(issuer.signJcs(issuer.badge())).toJson(),
                                          QJsonDocument(issuer.signJcs(expiring)).toJson(),
                                          QJsonDocument(tampered).toJson()};
        for (const QByteArray &bytes : inputs) {
            auto credential = credential::readCredential(bytes);
            QVERIFY2(credential, qPrintable(credential.message()));
            // Stored unverified, as an import that skipped verification would.
            vault::CredentialRecord record = verify::makeRecord(*credential, nullptr, "test");
            QCOMPARE(record.raw, bytes);
            QVERIFY(vault.credentials().add(record));
        }
        QCOMPARE(vault.credentials().list()->first().verificationStatus, QStringLiteral("unverified"));

        auto summary = verify::reverifyAll(vault, context);
        QVERIFY2(summary, qPrintable(summary.message()));
        QCOMPARE(summary->total, 3);
        QCOMPARE(summary->byStatus.value("warning"), 1); // valid signature, unknown issuer
        QCOMPARE(summary->byStatus.value("expired"), 1);
        QCOMPARE(summary->byStatus.value("failed"), 1);
        for (const auto &item : vault.credentials().list().value()) {
            const auto record = vault.credentials().get(item.id).value();
            QCOMPARE(record.verifiedAt, context.now());
            const QJsonObject stored = QJsonDocument::fromJson(record.verificationJson).object();
            QVERIFY(stored.contains("checks"));
            if (record.name == "Tampered")
                QCOMPARE(record.verificationStatus, QStringLiteral("failed"));
        }

        // The learner's own credential shows as self-asserted.
        context.holderDids = {issuer.did()};
        summary = verify::reverifyAll(vault, context);
        QCOMPARE(summary->byStatus.value("self-asserted"), 1);
    }
};

QTEST_GUILESS_MAIN(TestVaultVerification)
#include "tst_vaultverification.moc"
