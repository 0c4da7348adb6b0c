// The alerts the learner has not yet dealt with, kept in the vault's
// settings ("alerts.open") so they outlast a restart: core's re-check
// raises an alert once, when a credential's status changes, so the app
// remembers it and when it came. An alert stays while its credential still
// has the status it had when the alert came; the backup reminder is worked
// out afresh each time. Vault thread only.
#pragma once

#include "common/Result.h"
#include "verify/Alerts.h"

#include <QDateTime>
#include <QList>

namespace vitae::vault {
class Vault;
}

namespace vitae::gui {

struct OpenAlert {
    verify::Alert::Kind kind = verify::Alert::Kind::Revoked;
    qint64 credentialId = 0;
    QString title;     // the credential's name, for the sentence
    QString status;    // the credential's status when the alert came
    QDateTime since;   // when Vitae first saw it (the backup reminder: the last backup, or invalid)
    QDateTime validUntil;
};

struct AlertState {
    QList<OpenAlert> alerts;
    QDateTime lastCheck; // the last re-check that went through; invalid if none
};

// The open alerts after merging `fresh` (from a re-check just done at
// `now`; empty when only reading) into those stored, and storing the result.
// `checked`: a re-check ran, so its time is recorded.
Result<AlertState> updateAlerts(vault::Vault &vault, const QList<verify::Alert> &fresh, const QDateTime &now, bool checked);

} // namespace vitae::gui
