// Taking credentials in from files: find every credential in the bytes
// (a credential, a presentation's credentials, a badge image's baked
// credential), read and verify each, find duplicates, and store the exact
// bytes only when the learner says so.
#pragma once

#include "common/Result.h"
#include "credential/Credential.h"
#include "vault/Vault.h"
#include "verify/Verifier.h"

#include <optional>

namespace vitae::exchange {

// An evidence file that came with a credential in a portfolio bundle, its
// bytes already checked against the digest the bundle gives.
struct FoundEvidence {
    QString name;
    QString mediaType;
    QByteArray data;
};

struct FoundCredential {
    QByteArray bytes; // as received (for a presentation's embedded JSON credential: its compact form)
    QString where;    // e.g. "badge.png (baked Open Badges 3.0)", "presentation.json, credential 2 of 3"
    QList<FoundEvidence> evidence = {}; // stored with it (bundles and portfolio PDFs)
};

// The credentials in one input. Errors: InvalidInput / LimitExceeded with a
// sentence ("This file holds no credential Vitae can read: ..."). A bundle
// (JSON or inside a portfolio PDF) whose evidence file does not match its
// digest is refused whole (InvalidInput naming the file).
Result<QList<FoundCredential>> credentialsIn(QByteArrayView bytes, const QString &name);

struct ImportPreview {
    FoundCredential found;
    std::optional<credential::Credential> credential; // set when readable
    Error readError;                                  // set when not
    verify::VerificationResult result;
    qint64 duplicateOf = 0; // vault id of the same credential, if stored already

    bool canStore() const { return credential.has_value() && duplicateOf == 0; }
};

// Reads, verifies and looks for a duplicate. Stores nothing.
ImportPreview previewImport(const FoundCredential &found, vault::Vault &vault, const verify::VerifyContext &context);

// Stores a previewed credential with where it came from and its
// verification result (a failed one is kept, marked failed), and its
// evidence files linked to it (the same file twice is kept once). If an
// evidence file cannot be stored, the credential is taken out again.
Result<qint64> storeImport(const ImportPreview &preview, vault::Vault &vault, const QString &importSource);

// Stores several previewed credentials in one transaction: all or none (a
// folder of a thousand files costs one disk sync, and an error halfway
// leaves the vault as it was). Each is recorded with its own `found.where`
// after `importSource` ("file:", "link:" ...). Returns the new ids in order.
Result<QList<qint64>> storeImports(const QList<ImportPreview> &previews, vault::Vault &vault, const QString &importSource);

} // namespace vitae::exchange
