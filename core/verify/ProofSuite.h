// A Data Integrity cryptosuite: how a proof over a JSON-LD document is
// checked once the signing key is known. New suites (the RDFC-based ones)
// register here without touching the verifier.
#pragma once

#include "common/Result.h"
#include "jose/PublicKey.h"

#include <QJsonObject>
#include <QList>

#include <memory>
#include <vector>

namespace vitae::verify {

class ProofSuite {
public:
    virtual ~ProofSuite() = default;
    // "eddsa-jcs-2022", "Ed25519Signature2020", ...
    virtual QString name() const = 0;
    virtual bool accepts(const QJsonObject &proof) const = 0;
    // `document` is what the proof covers: the secured document without its
    // proofs, or, for a proof in a chain, with "proof" set to the proofs it
    // names in previousProof (see documentForProof). InvalidInput "the
    // signature does not match" (or a named problem) when it does not verify.
    virtual Status verify(const QJsonObject &document, const QJsonObject &proof, const jose::PublicKey &key) const = 0;
};

// The proof's suite name: its cryptosuite for DataIntegrityProof, else its type.
QString proofSuiteName(const QJsonObject &proof);

// Suites defined by the standards that this build cannot check yet: a proof
// in one of them is "unsupported", never passed and never called forged.
bool isKnownButUnsupportedSuite(const QString &name);

// The rule both suite families share: a proof's own @context, when it has
// one, must open the document's @context, in order. InvalidInput otherwise.
Status checkProofContext(const QJsonObject &document, const QJsonObject &proof);

// Checks a proof's proofValue (multibase base58btc of a 64-byte Ed25519 or
// P-256 r||s signature) over `signedBytes`. InvalidInput naming the problem.
Status verifyProofValue(const QJsonObject &proof, QByteArrayView signedBytes, const jose::PublicKey &key);

// What `proof` covers, among all the proofs of `secured` (Data Integrity,
// proof sets and chains): the document without proofs, plus the proofs named
// by its previousProof. InvalidInput when a named previous proof is missing.
Result<QJsonObject> documentForProof(const QJsonObject &secured, const QJsonObject &proof);

// The proofs of a secured document ("proof" may be one object or an array).
QList<QJsonObject> proofsOf(const QJsonObject &secured);

// The suites this build verifies.
const std::vector<std::unique_ptr<ProofSuite>> &proofSuites();
const ProofSuite *findProofSuite(const QJsonObject &proof);

} // namespace vitae::verify
