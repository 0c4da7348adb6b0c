// SD-JWT presentations: the holder keeps the disclosures it chooses and
// binds the result to the verifier's nonce and audience with a Key Binding
// JWT (RFC 9901 section 4.3).
#pragma once

#include "common/Result.h"
#include "credential/Credential.h"
#include "crypto/Ed25519.h"

#include <QDateTime>

namespace vitae::present {

struct KeyBindingRequest {
    QString audience;  // the verifier (domain)
    QString nonce;     // the verifier's challenge
    QDateTime issuedAt; // invalid: now
    QDateTime expires;  // optional, carried as "exp"
};

// The claims of `credential` (an SD-JWT VC) that `requested` selects, as JSON
// pointers: "/given_name" or "given_name" select that claim and everything
// below it; a nested claim brings the disclosures of its parents along, or it
// could not be found. Errors: InvalidInput naming a claim the credential
// does not have as a selectively disclosable claim.
Result<QList<QByteArray>> selectDisclosures(const credential::Credential &credential, const QStringList &requested);

// <issuer JWT>~<chosen disclosures>~<KB-JWT>. Without a `cnf` key in the
// credential there is nothing to bind to: the presentation ends with '~' and
// `bound` is false. Errors: InvalidInput when the credential is bound to a
// key other than `holderKey` ("issued to another key").
struct SdJwtPresentation {
    QByteArray text;
    bool bound = false;
};
Result<SdJwtPresentation> presentSdJwt(const credential::Credential &credential, const QList<QByteArray> &disclosures,
                                       const crypto::Ed25519KeyPair &holderKey, const KeyBindingRequest &request);

} // namespace vitae::present
