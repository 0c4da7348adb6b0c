#include "portfolio/Endorsement.h"

#include "sign/Signer.h"

#include <QJsonArray>
#include <QUuid>
#include <QCoreApplication>

namespace vitae::portfolio {

Result<QJsonObject> makeEndorsement(const credential::Credential &endorsed, const EndorsementRequest &request,
                                    const crypto::Ed25519KeyPair &endorserKey, const QString &endorserDid)
{
    if (request.comment.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Write what you can say about this work."));
    if (endorsed.id.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("vitae", "This credential has no id, so an endorsement could not point to it."));
    if (endorsed.subjectId == endorserDid)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "You cannot endorse your own entry."));

    QJsonObject issuer{{QStringLiteral("id"), endorserDid}, {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}}};
    if (!request.endorserName.isEmpty())
        issuer.insert(QStringLiteral("name"), request.endorserName);
    const QDateTime now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    const QJsonObject vc{
            {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                                                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
            {QStringLiteral("id"), QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("EndorsementCredential")}},
            {QStringLiteral("name"), QCoreApplication::translate("vitae", "Endorsement of %1").arg(endorsed.title)},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("validFrom"), sign::xsdDateTime(now)},
            {QStringLiteral("credentialSubject"), QJsonObject{{QStringLiteral("id"), endorsed.id},
                                                               {QStringLiteral("type"), QJsonArray{QStringLiteral("EndorsementSubject")}},
                                                               {QStringLiteral("endorsementComment"), request.comment}}}};
    sign::ProofOptions options;
    options.created = now;
    return sign::addDataIntegrityProof(vc, endorserKey, options);
}

QString endorsedId(const credential::Credential &credential)
{
    if (!credential.hasType(QStringLiteral("EndorsementCredential")))
        return {};
    return credential.document.value(QLatin1String("credentialSubject")).toObject().value(QLatin1String("id")).toString();
}

} // namespace vitae::portfolio
