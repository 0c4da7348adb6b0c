// What a background re-check tells the learner: a stored credential was
// revoked or suspended since the last check, has expired or is about to, or
// its issuer's did:web no longer answers. Also the reminder to make a backup.
#pragma once

#include "vault/VaultTypes.h"
#include "verify/VerificationResult.h"

#include <QDateTime>
#include <optional>

namespace vitae::verify {

struct Alert {
    enum class Kind { Revoked, Suspended, Expired, ExpiresSoon, IssuerUnreachable, BackupDue };
    Kind kind = Kind::Revoked;
    qint64 credentialId = 0; // 0 for the backup reminder
    QString message;         // a sentence for the learner
};

inline constexpr int kExpirySoonDays = 30;
inline constexpr int kBackupReminderDays = 90;

// The alert, if any, for one credential whose stored summary was `before`
// and whose fresh result is `after`. Changes alert once: a credential that
// was already revoked at the last check does not alert again.
std::optional<Alert> alertFor(const vault::CredentialSummary &before, const VerificationResult &after, const QDateTime &now);

// A reminder when the vault holds credentials and its last backup (invalid:
// never) is older than kBackupReminderDays.
std::optional<Alert> backupReminder(const QDateTime &lastBackup, qint64 credentialCount, const QDateTime &now);

QString alertKindName(Alert::Kind kind);

} // namespace vitae::verify
