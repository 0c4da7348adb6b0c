#include "verify/ProofSuite.h"

#include "crypto/Encoding.h"
#include "verify/EddsaJcs2022.h"
#include "verify/RdfcSuites.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace vitae::verify {

QString proofSuiteName(const QJsonObject &proof)
{
    const QString type = proof.value(QLatin1String("type")).toString();
    if (type == QLatin1String("DataIntegrityProof"))
        return proof.value(QLatin1String("cryptosuite")).toString();
    return type;
}

Status checkProofContext(const QJsonObject &document, const QJsonObject &proof)
{
    if (!proof.contains(QLatin1String("@context")))
        return {};
    auto asArray = [](const QJsonValue &value) { return value.isArray() ? value.toArray() : QJsonArray{value}; };
    const QJsonArray proofContext = asArray(proof.value(QLatin1String("@context")));
    const QJsonArray documentContext = asArray(document.value(QLatin1String("@context")));
    for (qsizetype i = 0; i < proofContext.size(); ++i)
        if (i >= documentContext.size() || proofContext.at(i) != documentContext.at(i))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The proof's @context does not match the credential's."));
    return {};
}

Status verifyProofValue(const QJsonObject &proof, QByteArrayView signedBytes, const jose::PublicKey &key)
{
    const QString proofValue = proof.value(QLatin1String("proofValue")).toString();
    const auto signature = crypto::multibaseDecode(proofValue.toLatin1());
    if (!proofValue.startsWith(QLatin1Char('z')) || !signature || signature->size() != 64)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The proof value is not a base58 signature of 64 bytes."));
    if (!jose::verifySignature(key, signedBytes, *signature))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The signature does not match the credential."));
    return {};
}

QList<QJsonObject> proofsOf(const QJsonObject &secured)
{
    const QJsonValue value = secured.value(QLatin1String("proof"));
    QList<QJsonObject> proofs;
    if (value.isObject())
        proofs.append(value.toObject());
    for (const QJsonValue &item : value.toArray())
        proofs.append(item.toObject());
    return proofs;
}

Result<QJsonObject> documentForProof(const QJsonObject &secured, const QJsonObject &proof)
{
    QJsonObject document = secured;
    document.remove(QLatin1String("proof"));
    const QJsonValue previous = proof.value(QLatin1String("previousProof"));
    if (previous.isUndefined())
        return document;
    const QStringList wanted = previous.isString() ? QStringList{previous.toString()}
                                                   : QJsonValue(previous).toVariant().toStringList();
    QJsonArray matching;
    for (const QJsonObject &candidate : proofsOf(secured))
        if (wanted.contains(candidate.value(QLatin1String("id")).toString()))
            matching.append(candidate);
    if (wanted.isEmpty() || matching.size() != wanted.size())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "A proof in the chain names a previous proof that is not there."));
    document.insert(QLatin1String("proof"), matching.size() == 1 ? matching.first() : QJsonValue(matching));
    return document;
}

bool isKnownButUnsupportedSuite(const QString &name)
{
    // Standard suites this build does not implement (yet).
    static const QStringList pending = {QStringLiteral("Ed25519Signature2018"), QStringLiteral("ecdsa-sd-2023"),
                                        QStringLiteral("bbs-2023"), QStringLiteral("ecdsa-jcs-2019")};
    return pending.contains(name);
}

const std::vector<std::unique_ptr<ProofSuite>> &proofSuites()
{
    static const std::vector<std::unique_ptr<ProofSuite>> suites = [] {
        std::vector<std::unique_ptr<ProofSuite>> list;
        list.push_back(std::make_unique<EddsaJcs2022>());
        list.push_back(std::make_unique<RdfcSuite>(RdfcSuite::Kind::EddsaRdfc2022));
        list.push_back(std::make_unique<RdfcSuite>(RdfcSuite::Kind::Ed25519Signature2020));
        list.push_back(std::make_unique<RdfcSuite>(RdfcSuite::Kind::EcdsaRdfc2019));
        return list;
    }();
    return suites;
}

const ProofSuite *findProofSuite(const QJsonObject &proof)
{
    for (const auto &suite : proofSuites())
        if (suite->accepts(proof))
            return suite.get();
    return nullptr;
}

} // namespace vitae::verify
