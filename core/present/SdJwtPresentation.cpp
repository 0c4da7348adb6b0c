#include "present/SdJwtPresentation.h"

#include "crypto/Encoding.h"
#include "jose/PublicKey.h"
#include "sign/Signer.h"

#include <QSet>
#include <QCoreApplication>

namespace vitae::present {

namespace {

QString normalisedPointer(const QString &claim)
{
    return claim.startsWith(QLatin1Char('/')) ? claim : QLatin1Char('/') + claim;
}

bool isAtOrBelow(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

QByteArray compact(const jose::Jws &jws)
{
    return jws.signingInput + '.' + crypto::base64UrlEncode(jws.signature);
}

} // namespace

Result<QList<QByteArray>> selectDisclosures(const credential::Credential &credential, const QStringList &requested)
{
    if (!credential.sdJwt)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Only SD-JWT credentials disclose claims one by one."));
    Result<jose::DisclosedClaims> all = jose::applyDisclosures(*credential.sdJwt);
    if (!all)
        return all.error();
    QSet<QByteArray> chosen;
    for (const QString &claim : requested) {
        const QString pointer = normalisedPointer(claim.trimmed());
        bool found = false;
        for (qsizetype i = 0; i < all->disclosedPaths.size(); ++i) {
            const QString &path = all->disclosedPaths.at(i);
            // The claim itself, everything inside it, and the parents it
            // cannot be shown without.
            if (isAtOrBelow(path, pointer) || isAtOrBelow(pointer, path)) {
                chosen.insert(all->disclosedDigests.at(i));
                found = found || isAtOrBelow(path, pointer);
            }
        }
        if (!found) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("\"%1\" is not a claim this credential lets you disclose; it has: %2.")
                                     .arg(claim, all->disclosedPaths.join(QStringLiteral(", "))));
        }
    }
    QList<QByteArray> ordered; // in the credential's own order
    for (const jose::Disclosure &disclosure : credential.sdJwt->disclosures)
        if (chosen.contains(disclosure.digest))
            ordered.append(disclosure.encoded);
    return ordered;
}

Result<SdJwtPresentation> presentSdJwt(const credential::Credential &credential, const QList<QByteArray> &disclosures,
                                       const crypto::Ed25519KeyPair &holderKey, const KeyBindingRequest &request)
{
    if (!credential.sdJwt)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "This credential is not an SD-JWT."));
    SdJwtPresentation out;
    out.text = compact(credential.sdJwt->issuerJwt) + '~';
    for (const QByteArray &disclosure : disclosures)
        out.text += disclosure + '~';

    const QJsonObject cnf = credential.sdJwt->issuerJwt.payload.value(QLatin1String("cnf")).toObject();
    if (!cnf.contains(QLatin1String("jwk")))
        return out; // a bearer credential: nothing to bind

    Result<jose::PublicKey> boundKey = jose::publicKeyFromJwk(cnf.value(QLatin1String("jwk")).toObject());
    Result<jose::PublicKey> ourKey = jose::ed25519PublicKey(holderKey.publicKey());
    if (!boundKey || !ourKey || !(*boundKey == *ourKey)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "This credential was issued to another key, so you cannot present it as yours."));
    }
    const QDateTime issuedAt = request.issuedAt.isValid() ? request.issuedAt : QDateTime::currentDateTimeUtc();
    QJsonObject claims{{QStringLiteral("aud"), request.audience},
                       {QStringLiteral("nonce"), request.nonce},
                       {QStringLiteral("iat"), issuedAt.toSecsSinceEpoch()},
                       {QStringLiteral("sd_hash"), QString::fromLatin1(jose::sdDigest(out.text))}};
    if (request.expires.isValid())
        claims.insert(QStringLiteral("exp"), request.expires.toSecsSinceEpoch());
    out.text += sign::signCompactJws({{QStringLiteral("typ"), QStringLiteral("kb+jwt")}}, claims, holderKey);
    out.bound = true;
    return out;
}

} // namespace vitae::present
