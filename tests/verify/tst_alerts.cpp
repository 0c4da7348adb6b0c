// The background re-check's alerts: a revocation since the last check, an
// expiry coming or come, a did:web issuer gone quiet, the backup reminder;
// and silence when nothing changed.
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "crypto/Kdf.h"
#include "net/FileResolver.h"
#include "verify/VaultVerification.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using namespace vitae::verify;

namespace {

const QString kListUrl = QStringLiteral("https://college.example/status/1");

vault::CredentialSummary summary(const QString &status, const QDateTime &validUntil = {})
{
    vault::CredentialSummary before;
    before.id = 7;
    before.name = "Forklift Safety";
    before.verificationStatus = status;
    before.validUntil = validUntil;
    return before;
}

VerificationResult resultWith(const QString &check, Outcome outcome, const QString &code)
{
    VerificationResult result;
    result.add(check::Structure, Outcome::Passed, "structure.valid", "ok");
    result.add(check, outcome, code, "sentence");
    return result;
}

} // namespace

class TestAlerts : public QObject {
    Q_OBJECT
private:
    const QDateTime m_now{QDate(2026, 11, 23), QTime(12, 0), Qt::UTC};

private slots:
    void initTestCase() { crypto::enableTestingKdf(); }

    void changesAlertOnce()
    {
        const VerificationResult revoked = resultWith(check::Status, Outcome::Failed, "status.revoked");
        const auto alert = alertFor(summary("verified"), revoked, m_now);
        QVERIFY(alert.has_value());
        QCOMPARE(alert->kind, Alert::Kind::Revoked);
        QCOMPARE(alert->credentialId, 7);
        QVERIFY(alert->message.contains("\"Forklift Safety\" was revoked"));
        // Already revoked at the last check: no second alert.
        QVERIFY(!alertFor(summary("revoked"), revoked, m_now).has_value());
        QCOMPARE(alertFor(summary("verified"), resultWith(check::Status, Outcome::Failed, "status.suspended"), m_now)->kind,
                 Alert::Kind::Suspended);
        QCOMPARE(alertFor(summary("verified"), resultWith(check::ValidityWindow, Outcome::Failed, "validity.expired"), m_now)->kind,
                 Alert::Kind::Expired);
    }

    void expiryAhead()
    {
        const VerificationResult fine = resultWith(check::Status, Outcome::Passed, "status.active");
        const auto soon = alertFor(summary("verified", m_now.addDays(10)), fine, m_now);
        QVERIFY(soon.has_value());
        QCOMPARE(soon->kind, Alert::Kind::ExpiresSoon);
        QVERIFY(soon->message.contains("10 days"));
        QVERIFY(!alertFor(summary("verified", m_now.addDays(90)), fine, m_now).has_value());
        QVERIFY(!alertFor(summary("verified"), fine, m_now).has_value());
    }

    void issuerGoneQuiet()
    {
        const VerificationResult unreachable = resultWith(check::Signature, Outcome::Unknown, "signature.key-unreachable");
        QCOMPARE(alertFor(summary("verified"), unreachable, m_now)->kind, Alert::Kind::IssuerUnreachable);
        QVERIFY(!alertFor(summary("unknown"), unreachable, m_now).has_value());
    }

    void backupReminders()
    {
        QVERIFY(!backupReminder({}, 0, m_now).has_value()); // nothing to lose yet
        QVERIFY(backupReminder({}, 3, m_now)->message.contains("never"));
        QVERIFY(!backupReminder(m_now.addDays(-10), 3, m_now).has_value());
        const auto due = backupReminder(m_now.addDays(-120), 3, m_now);
        QCOMPARE(due->kind, Alert::Kind::BackupDue);
        QVERIFY(due->message.contains("120 days"));
    }

    // End to end: a stored credential revoked by its issuer between two
    // re-checks of the vault.
    void reverifyAllReportsARevocation()
    {
        QTemporaryDir dir;
        vault::Vault vault(dir.path() + "/vault");
        QVERIFY(vault.create("alerts test", crypto::KdfParams::testing()).ok());
        const test::TestIssuer issuer;
        QJsonObject vc = issuer.badge();
        vc.insert("credentialStatus", QJsonObject{{"id", kListUrl + "#5"}, {"type", "BitstringStatusListEntry"},
                                                  {"statusPurpose", "revocation"}, {"statusListIndex", "5"},
                                                  {"statusListCredential", kListUrl}});
        const auto credential = credential::readCredential(QJsonDocument(issuer.signJcs(vc)).toJson()).value();
        QVERIFY(vault.credentials().add(makeRecord(credential, nullptr, "test")).ok());

        net::FileResolver before;
        before.addBytes(QUrl(kListUrl), QJsonDocument(issuer.statusListCredential(kListUrl, {})).toJson());
        VerifyContext context;
        context.resolver = &before;
        auto first = reverifyAll(vault, context);
        QVERIFY(first.ok());
        QVERIFY(first->alerts.isEmpty());

        net::FileResolver after;
        after.addBytes(QUrl(kListUrl), QJsonDocument(issuer.statusListCredential(kListUrl, {5})).toJson());
        context.resolver = &after;
        auto second = reverifyAll(vault, context);
        QVERIFY(second.ok());
        QCOMPARE(second->alerts.size(), 1);
        QCOMPARE(second->alerts.first().kind, Alert::Kind::Revoked);
        // And only once.
        QVERIFY(reverifyAll(vault, context)->alerts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
