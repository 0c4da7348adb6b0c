// Signing with a key the wallet holds: Data Integrity proofs (for
// presentations, DID-Auth, self-asserted credentials, endorsements) and
// compact JWS (OpenID4VCI proofs of possession, KB-JWTs). Always Ed25519.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"

#include <QDateTime>
#include <QJsonObject>

namespace vitae::sign {

enum class ProofSuiteKind {
    EddsaRdfc2022,        // DataIntegrityProof, cryptosuite eddsa-rdfc-2022
    EddsaJcs2022,         // DataIntegrityProof, cryptosuite eddsa-jcs-2022
    Ed25519Signature2020, // for verifiers that know only that suite
};

struct ProofOptions {
    ProofSuiteKind suite = ProofSuiteKind::EddsaRdfc2022;
    QString verificationMethod; // e.g. did:key:z6Mk...#z6Mk...
    QString proofPurpose = QStringLiteral("assertionMethod"); // or "authentication"
    QDateTime created;          // invalid: now (UTC, seconds)
    QDateTime expires;          // optional
    QString challenge;          // optional (authentication proofs)
    QString domain;             // optional
};

// The did:key verification method of an Ed25519 key.
QString didKeyVerificationMethod(const crypto::Ed25519KeyPair &key);

// Returns `document` with one proof added (any existing "proof" is
// replaced). For Ed25519Signature2020 the suite's context is appended to
// @context when missing. Errors: InvalidInput when the document cannot be
// canonicalized (e.g. a term no context defines, for the RDFC suites).
Result<QJsonObject> addDataIntegrityProof(QJsonObject document, const crypto::Ed25519KeyPair &key,
                                          const ProofOptions &options);

// header.payload.signature with alg EdDSA (set when the header lacks alg).
QByteArray signCompactJws(QJsonObject header, const QJsonObject &payload, const crypto::Ed25519KeyPair &key);

// XML Schema dateTime in UTC without fractions, as proofs and credentials use.
QString xsdDateTime(const QDateTime &when);

} // namespace vitae::sign
