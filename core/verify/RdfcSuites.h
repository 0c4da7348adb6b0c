// The Data Integrity suites that sign the RDF canonical form (RDFC-1.0) of
// the JSON-LD document: eddsa-rdfc-2022 and ecdsa-rdfc-2019
// (DataIntegrityProof) and Ed25519Signature2020, the suite the Digital
// Credentials Consortium issues with. All three sign
// SHA-256(canonical proof configuration) || SHA-256(canonical document).
#pragma once

#include "verify/ProofSuite.h"

#include <QByteArray>

namespace vitae::verify {

class RdfcSuite : public ProofSuite {
public:
    enum class Kind { EddsaRdfc2022, EcdsaRdfc2019, Ed25519Signature2020 };
    explicit RdfcSuite(Kind kind) : m_kind(kind) {}

    QString name() const override;
    bool accepts(const QJsonObject &proof) const override;
    Status verify(const QJsonObject &document, const QJsonObject &proof, const jose::PublicKey &key) const override;

    // The signed bytes, exposed for the conformance vectors. JSON-LD runs in
    // safe mode: a term no context defines fails ("undefined term ...").
    static Result<QByteArray> hashData(const QJsonObject &document, const QJsonObject &proof);
    // The canonical N-Quads of a JSON-LD document (for the vectors).
    static Result<QByteArray> canonicalNQuads(const QJsonObject &document);

private:
    Kind m_kind;
};

} // namespace vitae::verify
