#include "sign/Signer.h"

#include "crypto/Encoding.h"
#include "did/DidKey.h"
#include "verify/EddsaJcs2022.h"
#include "verify/RdfcSuites.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vitae::sign {

namespace {

const QString kEd2020Context = QStringLiteral("https://w3id.org/security/suites/ed25519-2020/v1");

QJsonObject withContext(QJsonObject document, const QString &context)
{
    QJsonValue current = document.value(QLatin1String("@context"));
    QJsonArray contexts = current.isArray() ? current.toArray() : QJsonArray{current};
    if (!contexts.contains(context))
        contexts.append(context);
    document.insert(QLatin1String("@context"), contexts);
    return document;
}

} // namespace

QString xsdDateTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString didKeyVerificationMethod(const crypto::Ed25519KeyPair &key)
{
    const QString did = did::didKeyFromEd25519(key.publicKey());
    return did + QLatin1Char('#') + did.mid(8);
}

Result<QJsonObject> addDataIntegrityProof(QJsonObject document, const crypto::Ed25519KeyPair &key,
                                          const ProofOptions &options)
{
    document.remove(QLatin1String("proof"));
    const QDateTime created = options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc();
    QJsonObject proof;
    switch (options.suite) {
    case ProofSuiteKind::Ed25519Signature2020:
        proof.insert(QLatin1String("type"), QStringLiteral("Ed25519Signature2020"));
        document = withContext(document, kEd2020Context);
        break;
    case ProofSuiteKind::EddsaRdfc2022:
    case ProofSuiteKind::EddsaJcs2022:
        proof.insert(QLatin1String("type"), QStringLiteral("DataIntegrityProof"));
        proof.insert(QLatin1String("cryptosuite"), options.suite == ProofSuiteKind::EddsaJcs2022
                                                           ? QStringLiteral("eddsa-jcs-2022")
                                                           : QStringLiteral("eddsa-rdfc-2022"));
        break;
    }
    proof.insert(QLatin1String("created"), xsdDateTime(created));
    if (options.expires.isValid())
        proof.insert(QLatin1String("expires"), xsdDateTime(options.expires));
    proof.insert(QLatin1String("verificationMethod"), options.verificationMethod.isEmpty()
                                                              ? didKeyVerificationMethod(key)
                                                              : options.verificationMethod);
    proof.insert(QLatin1String("proofPurpose"), options.proofPurpose);
    if (!options.challenge.isEmpty())
        proof.insert(QLatin1String("challenge"), options.challenge);
    if (!options.domain.isEmpty())
        proof.insert(QLatin1String("domain"), options.domain);

    const Result<QByteArray> signedBytes = options.suite == ProofSuiteKind::EddsaJcs2022
            ? verify::EddsaJcs2022::hashData(document, proof)
            : verify::RdfcSuite::hashData(document, proof);
    if (!signedBytes)
        return signedBytes.error();
    proof.insert(QLatin1String("proofValue"), QString::fromLatin1(crypto::multibaseBase58btc(key.sign(*signedBytes))));
    document.insert(QLatin1String("proof"), proof);
    return document;
}

QByteArray signCompactJws(QJsonObject header, const QJsonObject &payload, const crypto::Ed25519KeyPair &key)
{
    if (!header.contains(QLatin1String("alg")))
        header.insert(QLatin1String("alg"), QStringLiteral("EdDSA"));
    const QByteArray signingInput = crypto::base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + crypto::base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return signingInput + '.' + crypto::base64UrlEncode(key.sign(signingInput));
}

} // namespace vitae::sign
