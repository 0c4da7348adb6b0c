// An issuer for tests: an Ed25519 did:key that signs credentials as real
// issuers do (eddsa-jcs-2022 Data Integrity proofs, EdDSA JWTs).
#pragma once

#include "crypto/Ed25519.h"

#include <QJsonObject>
#include <QString>

namespace vitae::test {

// A BitstringStatusList encodedList (GZIP, multibase base64url) of 131,072
// entries with the given bits set.
QString encodedStatusList(const QList<int> &setBits);

class TestIssuer {
public:
    // Deterministic: the same seed byte gives the same key and DID.
    explicit TestIssuer(char seedByte = 'i');

    QString did() const { return m_did; }
    QString verificationMethod() const;
    const crypto::Ed25519KeyPair &key() const { return m_key; }

    // A VC 2.0 Open Badge from this issuer, unsigned.
    QJsonObject badge(const QString &name = QStringLiteral("Data Literacy Foundations")) const;
    // Adds an eddsa-jcs-2022 DataIntegrityProof.
    QJsonObject signJcs(QJsonObject document, const QString &purpose = QStringLiteral("assertionMethod")) const;
    // Adds an RDF-canonicalized proof: "eddsa-rdfc-2022" (DataIntegrityProof)
    // or "Ed25519Signature2020".
    QJsonObject signRdfc(QJsonObject document, const QString &suite = QStringLiteral("eddsa-rdfc-2022")) const;
    // A compact JWS with alg EdDSA and this issuer's kid.
    QByteArray signJwt(const QJsonObject &payload, QJsonObject header = {}) const;
    // An SD-JWT VC (typ dc+sd-jwt) with selectively disclosable given_name,
    // family_name, birthdate, address (whose street_address and locality are
    // disclosable inside it) and two skills (array elements); bound to
    // `holderJwk` (cnf) when given; `extraClaims` are added to the issuer
    // JWT. Ends with '~' (no key binding).
    QByteArray sdJwtVc(const QJsonObject &holderJwk = {}, const QJsonObject &extraClaims = {}) const;
    // A signed BitstringStatusListCredential at `url` with these bits set.
    QJsonObject statusListCredential(const QString &url, const QList<int> &setBits,
                                     const QString &purpose = QStringLiteral("revocation")) const;

private:
    crypto::Ed25519KeyPair m_key;
    QString m_did;
};

} // namespace vitae::test
