#include "verify/RdfcSuites.h"

#include "crypto/Sodium.h"
#include "jsonld/JsonLd.h"
#include "rdf/Rdfc10.h"

#include <QCoreApplication>


namespace vitae::verify {


QString RdfcSuite::name() const
{
    switch (m_kind) {
    case Kind::EddsaRdfc2022: return QStringLiteral("eddsa-rdfc-2022");
    case Kind::EcdsaRdfc2019: return QStringLiteral("ecdsa-rdfc-2019");
    case Kind::Ed25519Signature2020: return QStringLiteral("Ed25519Signature2020");
    }
    return QString();
}

bool RdfcSuite::accepts(const QJsonObject &proof) const
{
    const QString type = proof.value(QLatin1String("type")).toString();
    if (m_kind == Kind::Ed25519Signature2020)
        return type == name();
    return type == QLatin1String("DataIntegrityProof") && proof.value(QLatin1String("cryptosuite")).toString() == name();
}

Result<QByteArray> RdfcSuite::canonicalNQuads(const QJsonObject &document)
{
    jsonld::JsonLdOptions options;
    options.safeMode = true;
    Result<rdf::Dataset> dataset = jsonld::toRdf(document, options);
    if (!dataset)
        return dataset.error();
    Result<rdf::CanonicalResult> canonical = rdf::canonicalize(*dataset);
    if (!canonical)
        return canonical.error();
    return canonical->nquads;
}

Result<QByteArray> RdfcSuite::hashData(const QJsonObject &document, const QJsonObject &proof)
{
    QJsonObject unsecured = document; // already without the proof being checked
    QJsonObject config = proof;
    config.remove(QLatin1String("proofValue"));
    // The configuration is read with the document's @context (vc-di-eddsa,
    // "Proof Configuration"); a proof @context must open it.
    if (Status s = checkProofContext(unsecured, config); !s)
        return s.error();
    config.insert(QLatin1String("@context"), unsecured.value(QLatin1String("@context")));

    Result<QByteArray> canonicalConfig = canonicalNQuads(config);
    if (!canonicalConfig)
        return makeError(canonicalConfig.code(), QCoreApplication::translate("vitae", "The proof cannot be read: %1").arg(canonicalConfig.message()));
    Result<QByteArray> canonicalDocument = canonicalNQuads(unsecured);
    if (!canonicalDocument)
        return makeError(canonicalDocument.code(), QCoreApplication::translate("vitae", "The credential cannot be read as linked data: %1").arg(canonicalDocument.message()));
    return crypto::sha256(*canonicalConfig) + crypto::sha256(*canonicalDocument);
}

Status RdfcSuite::verify(const QJsonObject &document, const QJsonObject &proof, const jose::PublicKey &key) const
{
    const bool ecdsa = m_kind == Kind::EcdsaRdfc2019;
    const jose::PublicKey::Type expectedKey = ecdsa ? jose::PublicKey::Type::P256 : jose::PublicKey::Type::Ed25519;
    if (key.type != expectedKey)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "%1 needs an %2 key.").arg(name(), ecdsa ? QStringLiteral("P-256") : QStringLiteral("Ed25519")));
    Result<QByteArray> data = hashData(document, proof);
    if (!data)
        return data.error();
    return verifyProofValue(proof, *data, key);
}

} // namespace vitae::verify
