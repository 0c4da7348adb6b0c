// A Data Integrity cryptosuite: how a proof over a JSON-LD document is
// checked once the signing key is known. New suites (the RDFC-based ones)
// register here without touching the verifier.
#pragma once

#include "common/Result.h"
#include "jose/PublicKey.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace vitae::verify {

class ProofSuite {
public:
    virtual ~ProofSuite() = default;
    // "eddsa-jcs-2022", "Ed25519Signature2020", ...
    virtual QString name() const = 0;
    virtual bool accepts(const QJsonObject &proof) const = 0;
    // `document` is the secured document with its "proof" removed.
    // InvalidInput "the signature does not match" (or a named structural
    // problem) when the proof does not verify.
    virtual Status verify(const QJsonObject &document, const QJsonObject &proof, const jose::PublicKey &key) const = 0;
};

// The proof's suite name: its cryptosuite for DataIntegrityProof, else its type.
QString proofSuiteName(const QJsonObject &proof);

// Suites defined by the standards that this build cannot check yet: a proof
// in one of them is "unsupported", never passed and never called forged.
bool isKnownButUnsupportedSuite(const QString &name);

// The suites this build verifies.
const std::vector<std::unique_ptr<ProofSuite>> &proofSuites();
const ProofSuite *findProofSuite(const QJsonObject &proof);

} // namespace vitae::verify
