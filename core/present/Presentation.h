// Building a presentation of credentials from the vault: the learner picks
// credentials (and, for SD-JWT ones, the claims to disclose); the result is
// bound to the verifier's challenge and domain and signed with the holder key.
#pragma once

#include "common/Result.h"
#include "credential/Credential.h"
#include "crypto/Ed25519.h"
#include "sign/Signer.h"
#include "vault/VaultTypes.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace vitae::present {

struct PresentItem {
    qint64 vaultId = 0; // 0 when not from the vault
    credential::Credential credential;
    // SD-JWT only: the claims to disclose (JSON pointers or top-level names).
    // Empty discloses only what the issuer made always visible.
    QStringList disclose;
};

struct PresentOptions {
    QString challenge;  // required: the verifier's nonce
    QString domain;     // the verifier (its origin or name); may be empty
    QDateTime expires;  // optional
    // The holder proof's suite; unset: eddsa-rdfc-2022 for VC 2.0 and
    // Ed25519Signature2020 for VC 1.1 presentations.
    std::optional<sign::ProofSuiteKind> suite;
    QDateTime now;      // invalid: the current time
};

struct BuiltPresentation {
    enum class Kind { VerifiablePresentation, SdJwt };
    Kind kind = Kind::VerifiablePresentation;
    QByteArray bytes;    // compact JSON, or the SD-JWT+KB text
    QString mediaType;   // application/vp+ld+json or application/dc+sd-jwt
    // For the share log and the consent screen: one object per credential
    // with its title, vault id and what was disclosed.
    QJsonArray disclosed;
};

// One SD-JWT credential gives an SD-JWT+KB presentation; anything else a
// W3C Verifiable Presentation (SD-JWT credentials inside as enveloped
// credentials). Errors (InvalidArgument / InvalidInput), as sentences: no
// credentials, no challenge, a credential issued to someone else, an Open
// Badges 2.0 hosted badge (not signed, so not presentable), a claim the
// credential does not have, VC 1.1 mixed with JWT credentials.
Result<BuiltPresentation> buildPresentation(const QList<PresentItem> &items, const crypto::Ed25519KeyPair &holderKey,
                                            const QString &holderDid, const PresentOptions &options);

// The share-log entry for a presentation given over `channel` ("qr",
// "file", "link", "openid4vp").
vault::ShareRecord shareRecordFor(const BuiltPresentation &built, const PresentOptions &options, const QString &channel);

} // namespace vitae::present
