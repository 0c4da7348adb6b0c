#include "jose/Jws.h"

#include "crypto/Encoding.h"
#include "json/JsonParser.h"

#include <QCoreApplication>

namespace vitae::jose {

namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QString sizeText(qsizetype bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
        return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
        return QStringLiteral("%1 KB").arg(bytes / 1024);
    }
    return QStringLiteral("%1 bytes").arg(bytes);
}

// Size of the bytes an unpadded base64url text of `length` characters holds.
qsizetype decodedSize(qsizetype length)
{
    return length / 4 * 3 + (length % 4 == 0 ? 0 : length % 4 - 1);
}

Error cannotVerify(ErrorCode code, const QString &why)
{
    return makeError(code, QCoreApplication::translate("vitae", "The token cannot be verified: %1.").arg(why));
}

} // namespace

Result<Jws> parseCompactJws(QByteArrayView token, const JwsLimits &limits)
{
    if (token.size() > limits.maxTokenBytes) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The token is larger than the %1 limit.").arg(sizeText(limits.maxTokenBytes)));
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
        return invalid(QCoreApplication::translate("vitae", "The token does not have three parts separated by dots."));
    }
    const QByteArrayView headerText = token.first(firstDot);
    const QByteArrayView payloadText = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signatureText = token.sliced(secondDot + 1);

    // The header is checked against its limit before any decoding work.
    if (decodedSize(headerText.size()) > limits.maxHeaderBytes) {
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "The token's header is larger than the %1 limit.")
                                                           .arg(sizeText(limits.maxHeaderBytes)));
    }
    const auto headerBytes = crypto::base64UrlDecode(headerText);
    if (!headerBytes) {
        return invalid(QCoreApplication::translate("vitae", "The token's header is not valid base64url."));
    }
    auto header = json::parseJsonObject(*headerBytes);
    if (!header) {
        return invalid(QCoreApplication::translate("vitae", "The token's header is not a JSON object (%1).").arg(header.message()));
    }
    if (!header->value(QLatin1String("alg")).isString()) {
        return invalid(QCoreApplication::translate("vitae", "The token's header does not name its algorithm (a string \"alg\")."));
    }
    if (header->contains(QLatin1String("crit"))) {
        // RFC 7515 4.1.11: we must refuse extensions we do not understand, and we understand none.
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("vitae", "The token's header lists critical extensions (\"crit\"), which are not "
                                        "supported."));
    }

    auto payloadBytes = crypto::base64UrlDecode(payloadText);
    if (!payloadBytes) {
        return invalid(QCoreApplication::translate("vitae", "The token's payload is not valid base64url."));
    }
    auto payload = json::parseJsonObject(*payloadBytes);
    if (!payload) {
        return invalid(QCoreApplication::translate("vitae", "The token's payload is not a JSON object (%1).").arg(payload.message()));
    }
    auto signature = crypto::base64UrlDecode(signatureText);
    if (!signature) {
        return invalid(QCoreApplication::translate("vitae", "The token's signature is not valid base64url."));
    }

    Jws jws;
    jws.header = std::move(header.value());
    jws.payloadBytes = std::move(*payloadBytes);
    jws.payload = std::move(payload.value());
    jws.signingInput = token.first(secondDot).toByteArray();
    jws.signature = std::move(*signature);
    return jws;
}

Status verifyJws(const Jws &jws, const PublicKey &key)
{
    // Shortened so a hostile header cannot flood the message shown to the user.
    const QString alg = jws.alg().left(40);
    // Case-insensitive so that "None" or "NONE" get the same clear answer.
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return cannotVerify(ErrorCode::Unsupported, QStringLiteral("alg none is never accepted"));
    }
    PublicKey::Type expected;
    if (alg == QLatin1String("EdDSA") || alg == QLatin1String("Ed25519")) {
        expected = PublicKey::Type::Ed25519;
    } else if (alg == QLatin1String("ES256")) {
        expected = PublicKey::Type::P256;
    } else {
        return cannotVerify(ErrorCode::Unsupported, QStringLiteral("unsupported algorithm %1")
                                                            .arg(alg.isEmpty() ? QStringLiteral("\"\"") : alg));
    }
    if (key.type != expected) {
        return cannotVerify(ErrorCode::Unsupported, QStringLiteral("the key type does not match alg %1").arg(alg));
    }
    if (!verifySignature(key, jws.signingInput, jws.signature)) {
        return cannotVerify(ErrorCode::InvalidInput, QStringLiteral("the signature does not match"));
    }
    return {};
}

} // namespace vitae::jose
