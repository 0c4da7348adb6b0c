// JWT-secured credentials: VC 1.1 JWTs (claims in "vc") and VC-JOSE
// (the payload is the credential itself).
#include "credential/CredentialReader.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace vitae::credential {

namespace {

// VC 1.1 section 6.3.1: registered claims stand for credential properties.
QJsonObject vcFromJwtClaims(const QJsonObject &payload)
{
    QJsonObject vc = payload.value(QLatin1String("vc")).toObject();
    if (!vc.contains(QLatin1String("issuer")) && payload.contains(QLatin1String("iss")))
        vc.insert(QLatin1String("issuer"), payload.value(QLatin1String("iss")));
    if (!vc.contains(QLatin1String("id")) && payload.contains(QLatin1String("jti")))
        vc.insert(QLatin1String("id"), payload.value(QLatin1String("jti")));
    if (payload.contains(QLatin1String("sub"))) {
        QJsonValue subjectValue = vc.value(QLatin1String("credentialSubject"));
        QJsonObject subject = subjectValue.isObject() ? subjectValue.toObject() : QJsonObject();
        if (!subject.contains(QLatin1String("id")) && subjectValue.isObject()) {
            subject.insert(QLatin1String("id"), payload.value(QLatin1String("sub")));
            vc.insert(QLatin1String("credentialSubject"), subject);
        }
    }
    // NumericDates become the VC 1.1 date properties when those are absent.
    auto dateFromClaim = [&](const char *claim, const char *property) {
        const QJsonValue value = payload.value(QLatin1String(claim));
        // An out-of-range date becomes text that readDate() then refuses.
        if (value.isDouble() && !vc.contains(QLatin1String(property)))
            vc.insert(QLatin1String(property), fromNumericDate(value.toDouble()).toString(Qt::ISODate));
    };
    dateFromClaim("nbf", "issuanceDate");
    dateFromClaim("exp", "expirationDate");
    return vc;
}

} // namespace

Result<Credential> readJwtVc(QByteArrayView token, const ReadOptions &options)
{
    Result<jose::Jws> jws = jose::parseCompactJws(token, options.sdJwt.jws);
    if (!jws)
        return jws.error();
    Credential credential;
    credential.format = Format::JwtVc;
    const QJsonObject &payload = jws->payload;
    if (payload.value(QLatin1String("vc")).isObject()) {
        credential.document = vcFromJwtClaims(payload);
    } else if (payload.contains(QLatin1String("@context"))) {
        credential.document = payload; // VC-JOSE: the payload is the credential
    } else {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "This JWT does not hold a verifiable credential (no \"vc\" claim)."));
    }
    if (Status s = readVcDocument(credential.document, options, credential); !s)
        return s.error();
    credential.jws = std::move(*jws);
    return credential;
}

} // namespace vitae::credential
