// The alerts' re-check in three steps, so the network never holds up the
// vault thread: read what is stored (vault thread), verify it again online
// (any other thread), store the results (vault thread). The steps go batch
// by batch, so a large vault is never held in memory whole and other vault
// work runs between batches.
#pragma once

#include "common/Result.h"
#include "vault/VaultTypes.h"
#include "verify/Alerts.h"
#include "verify/TrustStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <atomic>

namespace vitae::vault {
class Vault;
}

namespace vitae::gui {

// Everything to re-check, as last checked, without the stored bytes.
struct RecheckPlan {
    QList<vault::CredentialSummary> summaries;
    verify::TrustStore trust;
    QString holderDid;
};

// One batch of the plan, with its stored bytes.
struct RecheckInput {
    QList<vault::CredentialSummary> summaries; // as last checked
    QList<QByteArray> raws;                    // the stored bytes, one per summary
    verify::TrustStore trust;
    QString holderDid;
};

inline constexpr qsizetype kRecheckBatch = 250;

struct RecheckOutput {
    struct Fresh {
        qint64 id = 0;
        QString status;
        QByteArray json;
        QDateTime checkedAt;
    };
    QList<Fresh> results;
    QList<verify::Alert> alerts;
    QDateTime now;
    bool cancelled = false;
};

// Vault thread.
Result<RecheckPlan> planRecheck(vault::Vault &vault);
// Vault thread: summaries [from, from + count) of the plan with their bytes.
// Credentials deleted meanwhile are left out.
Result<RecheckInput> readForRecheck(vault::Vault &vault, const RecheckPlan &plan, qsizetype from, qsizetype count);
// Any thread but the GUI's: fetches status lists and did:web documents.
// Stops between credentials, and within about 100 ms inside a request, once
// `cancel` is set.
RecheckOutput recheckCredentials(const RecheckInput &input, const std::atomic<bool> &cancel);
// Vault thread. Credentials deleted meanwhile are skipped.
Status storeRecheck(vault::Vault &vault, const RecheckOutput &output);

} // namespace vitae::gui
