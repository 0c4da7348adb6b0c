#include "verify/Alerts.h"

#include "verify/VaultVerification.h"

#include <QCoreApplication>

namespace vitae::verify {

std::optional<Alert> alertFor(const vault::CredentialSummary &before, const VerificationResult &after, const QDateTime &now)
{
    const QString status = displayStatus(after);
    const QString title = before.name.isEmpty() ? QStringLiteral("A credential") : QStringLiteral("\"%1\"").arg(before.name);
    auto alert = [&](Alert::Kind kind, const QString &message) {
        return std::optional<Alert>(Alert{kind, before.id, message});
    };
    if (status == QLatin1String("revoked") && before.verificationStatus != status)
        return alert(Alert::Kind::Revoked, QCoreApplication::translate("vitae", "%1 was revoked by its issuer.").arg(title));
    if (status == QLatin1String("suspended") && before.verificationStatus != status)
        return alert(Alert::Kind::Suspended, QCoreApplication::translate("vitae", "%1 was suspended by its issuer.").arg(title));
    if (status == QLatin1String("expired") && before.verificationStatus != status)
        return alert(Alert::Kind::Expired, QCoreApplication::translate("vitae", "%1 has expired.").arg(title));
    const CheckResult *signature = after.find(check::Signature);
    const bool unreachable = signature && signature->code == QLatin1String("signature.key-unreachable");
    if (unreachable && before.verificationStatus != status && before.verificationStatus != QLatin1String("unknown"))
        return alert(Alert::Kind::IssuerUnreachable,
                     QCoreApplication::translate("vitae", "%1 could not be checked: its issuer's key no longer answers (%2).").arg(title, signature->message));
    if (before.validUntil.isValid() && before.validUntil > now && before.validUntil <= now.addDays(kExpirySoonDays)) {
        const qint64 days = now.daysTo(before.validUntil);
        return alert(Alert::Kind::ExpiresSoon, days <= 1 ? QCoreApplication::translate("vitae", "%1 expires within a day.").arg(title)
                                                         : QCoreApplication::translate("vitae", "%1 expires in %2 days.").arg(title).arg(days));
    }
    return std::nullopt;
}

std::optional<Alert> backupReminder(const QDateTime &lastBackup, qint64 credentialCount, const QDateTime &now)
{
    if (credentialCount == 0 || (lastBackup.isValid() && lastBackup.addDays(kBackupReminderDays) > now))
        return std::nullopt;
    return Alert{Alert::Kind::BackupDue, 0,
                 lastBackup.isValid()
                         ? QCoreApplication::translate("vitae", "Your last backup was %1 days ago. Make one, so a lost or broken device does not "
                                          "take your credentials with it.").arg(lastBackup.daysTo(now))
                         : QCoreApplication::translate("vitae", "You have never made a backup. Make one, so a lost or broken device does not "
                                          "take your credentials with it.")};
}

QString alertKindName(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::Revoked: return QStringLiteral("revoked");
    case Alert::Kind::Suspended: return QStringLiteral("suspended");
    case Alert::Kind::Expired: return QStringLiteral("expired");
    case Alert::Kind::ExpiresSoon: return QStringLiteral("expires-soon");
    case Alert::Kind::IssuerUnreachable: return QStringLiteral("issuer-unreachable");
    case Alert::Kind::BackupDue: return QStringLiteral("backup-due");
    }
    return {};
}

} // namespace vitae::verify
