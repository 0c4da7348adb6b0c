#include "verify/EddsaJcs2022.h"

#include "crypto/Sodium.h"
#include "json/Jcs.h"

#include <QCoreApplication>


namespace vitae::verify {


bool EddsaJcs2022::accepts(const QJsonObject &proof) const
{
    return proof.value(QLatin1String("type")).toString() == QLatin1String("DataIntegrityProof")
            && proof.value(QLatin1String("cryptosuite")).toString() == name();
}

Result<QByteArray> EddsaJcs2022::hashData(const QJsonObject &document, const QJsonObject &proof)
{
    QJsonObject unsecured = document; // already without the proof being checked
    QJsonObject options = proof;
    options.remove(QLatin1String("proofValue"));
    // With a proof @context (which must open the document's), the document
    // is canonicalized with the proof's @context.
    if (Status s = checkProofContext(unsecured, options); !s)
        return s.error();
    if (options.contains(QLatin1String("@context")))
        unsecured.insert(QLatin1String("@context"), options.value(QLatin1String("@context")));
    Result<QByteArray> canonicalOptions = json::canonicalize(options);
    Result<QByteArray> canonicalDocument = json::canonicalize(unsecured);
    if (!canonicalOptions || !canonicalDocument)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The credential cannot be put in canonical form: %1")
                                                          .arg(canonicalOptions ? canonicalDocument.message() : canonicalOptions.message()));
    return crypto::sha256(*canonicalOptions) + crypto::sha256(*canonicalDocument);
}

Status EddsaJcs2022::verify(const QJsonObject &document, const QJsonObject &proof, const jose::PublicKey &key) const
{
    if (key.type != jose::PublicKey::Type::Ed25519)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("eddsa-jcs-2022 needs an Ed25519 key."));
    Result<QByteArray> data = hashData(document, proof);
    if (!data)
        return data.error();
    return verifyProofValue(proof, *data, key);
}

} // namespace vitae::verify
