// JWS compact serialization (RFC 7515) as used by JWT VCs and SD-JWT.
#pragma once

#include "common/Result.h"
#include "jose/PublicKey.h"

#include <QByteArray>
#include <QJsonObject>

namespace vitae::jose {

struct JwsLimits {
    qsizetype maxTokenBytes = 1024 * 1024;  // a whole compact JWS
    qsizetype maxHeaderBytes = 8 * 1024;    // the decoded protected header
};

struct Jws {
    QJsonObject header;       // the protected header
    QByteArray payloadBytes;  // decoded payload, exactly as signed
    QJsonObject payload;      // payload parsed as a JSON object (strict parser)
    QByteArray signingInput;  // ASCII(b64url(header) '.' b64url(payload))
    QByteArray signature;     // decoded
    QString alg() const { return header.value(QLatin1String("alg")).toString(); }
};

// Parses header.payload.signature. Errors (ErrorCode::InvalidInput or
// LimitExceeded) name the part that is wrong: "The token's header is not
// valid base64url", "The token's payload is not a JSON object", ...
// A payload that is not JSON is refused: every JWS we read carries claims.
Result<Jws> parseCompactJws(QByteArrayView token, const JwsLimits &limits = {});

// Checks the signature with `key`. Only "EdDSA" (also "Ed25519") with an
// Ed25519 key and "ES256" with a P-256 key are accepted. Distinct messages:
// "alg none is never accepted", "unsupported algorithm <alg>",
// "the key type does not match alg <alg>", "the signature does not match".
// Returns ErrorCode::Unsupported for the algorithm cases and
// ErrorCode::InvalidInput for a bad signature.
Status verifyJws(const Jws &jws, const PublicKey &key);

} // namespace vitae::jose
