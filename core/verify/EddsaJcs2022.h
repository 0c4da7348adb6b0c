// W3C vc-di-eddsa: DataIntegrityProof with cryptosuite eddsa-jcs-2022
// (RFC 8785 canonical JSON, SHA-256, Ed25519).
#pragma once

#include "verify/ProofSuite.h"

#include <QByteArray>

namespace vitae::verify {

class EddsaJcs2022 : public ProofSuite {
public:
    QString name() const override { return QStringLiteral("eddsa-jcs-2022"); }
    bool accepts(const QJsonObject &proof) const override;
    Status verify(const QJsonObject &document, const QJsonObject &proof, const jose::PublicKey &key) const override;

    // The bytes that are signed: SHA-256(canonical proof configuration) ||
    // SHA-256(canonical document), `document` as for verify(). Exposed for
    // the conformance vectors.
    static Result<QByteArray> hashData(const QJsonObject &document, const QJsonObject &proof);
};

} // namespace vitae::verify
