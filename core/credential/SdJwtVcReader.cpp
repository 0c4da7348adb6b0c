// SD-JWT VC (draft-ietf-oauth-sd-jwt-vc): an SD-JWT whose claims describe
// the credential, identified by "vct".
#include "credential/CredentialReader.h"
#include "credential/LanguageText.h"

#include <QCoreApplication>

namespace vitae::credential {

Result<Credential> readSdJwtVc(QByteArrayView text, const ReadOptions &options)
{
    Result<jose::SdJwt> sdJwt = jose::parseSdJwt(text, options.sdJwt);
    if (!sdJwt)
        return sdJwt.error();
    const QString typ = sdJwt->issuerJwt.header.value(QLatin1String("typ")).toString();
    if (typ != QLatin1String("dc+sd-jwt") && typ != QLatin1String("vc+sd-jwt"))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "This SD-JWT is not a credential (its type is \"%1\", not dc+sd-jwt).").arg(typ));
    Result<jose::DisclosedClaims> disclosed = jose::applyDisclosures(*sdJwt, options.sdJwt);
    if (!disclosed)
        return disclosed.error();
    const QJsonObject &claims = disclosed->claims;
    const QString vct = claims.value(QLatin1String("vct")).toString();
    const QString iss = claims.value(QLatin1String("iss")).toString();
    if (vct.isEmpty() || iss.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "The SD-JWT credential lacks its issuer (iss) or type (vct)."));

    Credential credential;
    credential.format = Format::SdJwtVc;
    credential.document = claims;
    credential.types = {vct};
    credential.issuerId = iss;
    credential.subjectId = claims.value(QLatin1String("sub")).toString();
    credential.title = pickText(claims.value(QLatin1String("name")), options.languages);
    if (credential.title.isEmpty())
        credential.title = vct.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1);
    credential.description = pickText(claims.value(QLatin1String("description")), options.languages);
    for (auto [field, claim] : {std::pair{&credential.issuedAt, "iat"}, std::pair{&credential.validFrom, "nbf"},
                                std::pair{&credential.validUntil, "exp"}}) {
        Result<QDateTime> when = readDate(claims, QString::fromLatin1(claim));
        if (!when)
            return when.error();
        *field = *when;
    }
    if (!credential.validFrom.isValid())
        credential.validFrom = credential.issuedAt;
    if (claims.value(QLatin1String("status")).isObject())
        credential.statusEntries.append(claims.value(QLatin1String("status")).toObject());
    credential.disclosableClaims = disclosed->disclosedPaths;
    credential.jws = sdJwt->issuerJwt;
    credential.sdJwt = std::move(*sdJwt);
    return credential;
}

} // namespace vitae::credential
