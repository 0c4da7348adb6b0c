#include "verify/ProofSuite.h"

#include "verify/EddsaJcs2022.h"

namespace vitae::verify {

QString proofSuiteName(const QJsonObject &proof)
{
    const QString type = proof.value(QLatin1String("type")).toString();
    if (type == QLatin1String("DataIntegrityProof"))
        return proof.value(QLatin1String("cryptosuite")).toString();
    return type;
}

bool isKnownButUnsupportedSuite(const QString &name)
{
    // RDF-canonicalized suites: they need JSON-LD expansion and RDFC-1.0.
    static const QStringList rdfcSuites = {QStringLiteral("eddsa-rdfc-2022"), QStringLiteral("ecdsa-rdfc-2019"),
                                           QStringLiteral("Ed25519Signature2020"), QStringLiteral("Ed25519Signature2018"),
                                           QStringLiteral("ecdsa-sd-2023"), QStringLiteral("bbs-2023"),
                                           QStringLiteral("ecdsa-jcs-2019")};
    return rdfcSuites.contains(name);
}

const std::vector<std::unique_ptr<ProofSuite>> &proofSuites()
{
    static const std::vector<std::unique_ptr<ProofSuite>> suites = [] {
        std::vector<std::unique_ptr<ProofSuite>> list;
        list.push_back(std::make_unique<EddsaJcs2022>());
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
