#include "present/Presentation.h"

#include "present/SdJwtPresentation.h"

#include <QJsonDocument>
#include <QCoreApplication>

namespace vitae::present {

namespace {

using credential::Format;

const QString kV1 = QStringLiteral("https://www.w3.org/2018/credentials/v1");
const QString kV2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");
const QString kDataIntegrityV2 = QStringLiteral("https://w3id.org/security/data-integrity/v2");

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QString firstContext(const QJsonObject &document)
{
    const QJsonValue context = document.value(QLatin1String("@context"));
    return context.isArray() ? context.toArray().first().toString() : context.toString();
}

// A JWT or SD-JWT credential inside a VC 2.0 presentation (VCDM 2.0 section 4.13).
QJsonObject enveloped(const QString &mediaType, const QByteArray &token)
{
    return {{QStringLiteral("@context"), kV2},
            {QStringLiteral("id"), QStringLiteral("data:%1,%2").arg(mediaType, QString::fromLatin1(token))},
            {QStringLiteral("type"), QStringLiteral("EnvelopedVerifiableCredential")}};
}

Status checkSubject(const credential::Credential &credential, const QString &holderDid)
{
    const QString subject = credential.subjectId;
    if (subject.startsWith(QLatin1String("did:")) && subject != holderDid) {
        return invalid(QStringLiteral("\"%1\" was issued to %2, not to you (%3), so it cannot be presented as yours.")
                               .arg(credential.title, subject, holderDid));
    }
    return {};
}

QJsonObject summaryOf(const PresentItem &item, const QJsonValue &disclosed)
{
    return {{QStringLiteral("vaultId"), item.vaultId},
            {QStringLiteral("title"), item.credential.title},
            {QStringLiteral("issuer"), item.credential.issuerName.isEmpty() ? item.credential.issuerId
                                                                            : item.credential.issuerName},
            {QStringLiteral("disclosed"), disclosed}};
}

struct PresentedSdJwt {
    QByteArray text;
    QJsonValue disclosed;
};

Result<PresentedSdJwt> presentOne(const PresentItem &item, const crypto::Ed25519KeyPair &holderKey,
                                  const PresentOptions &options)
{
    Result<QList<QByteArray>> chosen = selectDisclosures(item.credential, item.disclose);
    if (!chosen)
        return chosen.error();
    KeyBindingRequest request{options.domain, options.challenge, options.now, options.expires};
    Result<SdJwtPresentation> presented = presentSdJwt(item.credential, *chosen, holderKey, request);
    if (!presented)
        return presented.error();
    QJsonArray claims;
    for (const QString &claim : item.disclose)
        claims.append(claim);
    return PresentedSdJwt{presented->text, claims};
}

Result<BuiltPresentation> buildVp(const QList<PresentItem> &items, const crypto::Ed25519KeyPair &holderKey,
                                  const QString &holderDid, const PresentOptions &options)
{
    bool anyV1 = false;
    bool anyToken = false;
    QJsonArray credentials;
    BuiltPresentation built;
    for (const PresentItem &item : items) {
        switch (item.credential.format) {
        case Format::LdpVc:
            anyV1 = anyV1 || firstContext(item.credential.document) == kV1;
            credentials.append(item.credential.document);
            built.disclosed.append(summaryOf(item, QStringLiteral("whole credential")));
            break;
        case Format::JwtVc:
            anyToken = true;
            credentials.append(enveloped(QStringLiteral("application/vc+jwt"), item.credential.raw.trimmed()));
            built.disclosed.append(summaryOf(item, QStringLiteral("whole credential")));
            break;
        case Format::SdJwtVc: {
            anyToken = true;
            Result<PresentedSdJwt> presented = presentOne(item, holderKey, options);
            if (!presented)
                return presented.error();
            credentials.append(enveloped(QStringLiteral("application/dc+sd-jwt"), presented->text));
            built.disclosed.append(summaryOf(item, presented->disclosed));
            break;
        }
        default:
            return invalid(QStringLiteral("\"%1\" is a hosted Open Badges 2.0 badge; it is not signed, so it cannot "
                                          "be part of a signed presentation. Share its link instead.")
                                   .arg(item.credential.title));
        }
    }
    if (anyV1 && anyToken) {
        return invalid(QCoreApplication::translate("vitae", "VC 1.1 credentials and JWT credentials cannot go in one presentation; "
                                      "present them separately."));
    }

    QJsonObject vp{{QStringLiteral("@context"), QJsonArray{anyV1 ? kV1 : kV2}},
                   {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiablePresentation")}},
                   {QStringLiteral("holder"), holderDid},
                   {QStringLiteral("verifiableCredential"), credentials}};
    sign::ProofOptions proof;
    proof.suite = options.suite.value_or(anyV1 ? sign::ProofSuiteKind::Ed25519Signature2020
                                               : sign::ProofSuiteKind::EddsaRdfc2022);
    if (anyV1 && proof.suite != sign::ProofSuiteKind::Ed25519Signature2020)
        vp.insert(QStringLiteral("@context"), QJsonArray{kV1, kDataIntegrityV2});
    proof.proofPurpose = QStringLiteral("authentication");
    proof.challenge = options.challenge;
    proof.domain = options.domain;
    proof.expires = options.expires;
    proof.created = options.now;
    Result<QJsonObject> signedVp = sign::addDataIntegrityProof(vp, holderKey, proof);
    if (!signedVp)
        return invalid(QCoreApplication::translate("vitae", "The presentation could not be signed: %1").arg(signedVp.message()));
    built.kind = BuiltPresentation::Kind::VerifiablePresentation;
    built.mediaType = QStringLiteral("application/vp+ld+json");
    built.bytes = QJsonDocument(*signedVp).toJson(QJsonDocument::Compact);
    return built;
}

} // namespace

Result<BuiltPresentation> buildPresentation(const QList<PresentItem> &items, const crypto::Ed25519KeyPair &holderKey,
                                            const QString &holderDid, const PresentOptions &options)
{
    if (items.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Choose at least one credential to present."));
    if (options.challenge.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("vitae", "A presentation needs the verifier's challenge, so it cannot be replayed."));
    }
    for (const PresentItem &item : items) {
        if (Status ok = checkSubject(item.credential, holderDid); !ok)
            return ok.error();
        if (!item.disclose.isEmpty() && item.credential.format != Format::SdJwtVc) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("\"%1\" is disclosed whole or not at all: only SD-JWT credentials let you "
                                            "choose claims.")
                                     .arg(item.credential.title));
        }
    }
    if (items.size() == 1 && items.first().credential.format == Format::SdJwtVc) {
        Result<PresentedSdJwt> presented = presentOne(items.first(), holderKey, options);
        if (!presented)
            return presented.error();
        BuiltPresentation built;
        built.kind = BuiltPresentation::Kind::SdJwt;
        built.mediaType = QStringLiteral("application/dc+sd-jwt");
        built.bytes = presented->text;
        built.disclosed.append(summaryOf(items.first(), presented->disclosed));
        return built;
    }
    return buildVp(items, holderKey, holderDid, options);
}

vault::ShareRecord shareRecordFor(const BuiltPresentation &built, const PresentOptions &options, const QString &channel)
{
    vault::ShareRecord record;
    record.sharedAt = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    record.verifier = options.domain;
    record.domain = options.domain;
    record.challenge = options.challenge;
    record.channel = channel;
    for (const QJsonValue &item : built.disclosed)
        if (const qint64 id = item.toObject().value(QLatin1String("vaultId")).toInteger(); id > 0)
            record.credentialIds.append(id);
    record.disclosedJson = QJsonDocument(built.disclosed).toJson(QJsonDocument::Compact);
    return record;
}

} // namespace vitae::present
