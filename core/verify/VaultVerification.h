// Verification meets the vault: the summary a stored credential carries, and
// re-verifying everything stored in one call.
#pragma once

#include "credential/Credential.h"
#include "vault/Vault.h"
#include "verify/Alerts.h"
#include "verify/Verifier.h"

#include <QHash>

namespace vitae::verify {

// The one word a list shows for a result: "revoked", "suspended", "expired",
// "self-asserted", or the verdict ("verified", "warning", "failed", "unknown").
QString displayStatus(const VerificationResult &result);

// The vault record for a credential (exact bytes, summary fields and, when
// given, the verification result with its time).
vault::CredentialRecord makeRecord(const credential::Credential &credential, const VerificationResult *result,
                                   const QString &importSource);

struct ReverifySummary {
    int total = 0;
    int unreadable = 0;        // stored bytes no longer parse (kept, marked failed)
    QHash<QString, int> byStatus; // displayStatus -> count
    QList<Alert> alerts;          // what changed since the last check
};

// Re-reads and re-verifies one stored credential and stores the result with
// the time it was computed. Stored bytes that no longer parse are kept and
// marked failed ("structure.unreadable").
Result<VerificationResult> reverifyOne(vault::Vault &vault, qint64 id, const VerifyContext &context);

// Re-reads and re-verifies every stored credential and stores each result
// with the time it was computed.
Result<ReverifySummary> reverifyAll(vault::Vault &vault, const VerifyContext &context);

} // namespace vitae::verify
