// SD-JWT (selective disclosure, draft -22 / RFC 9901) and SD-JWT VC.
// Format: <issuer JWT>~<disclosure>~...~<optional KB-JWT>
#pragma once

#include "common/Result.h"
#include "jose/Jws.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <optional>

namespace vitae::jose {

struct SdJwtLimits {
    qsizetype maxBytes = 1024 * 1024;
    int maxDisclosures = 1000;
    int maxDepth = 64; // nesting of _sd structures
    JwsLimits jws;
};

struct Disclosure {
    QByteArray encoded;   // as it appears between '~'
    QByteArray digest;    // b64url(SHA-256(encoded)), the value found in _sd / "..."
    QString salt;
    QString name;         // empty for an array-element disclosure
    QJsonValue value;
};

struct SdJwt {
    Jws issuerJwt;
    QList<Disclosure> disclosures;
    std::optional<Jws> keyBinding;   // the KB-JWT, when present
    // Everything before the KB-JWT, including the last '~': the input of
    // the KB-JWT's sd_hash.
    QByteArray sdHashInput;
};

// Splits and decodes; each disclosure must be a JSON array of 3 (salt, name,
// value) or 2 (salt, value) elements. Does not verify signatures.
Result<SdJwt> parseSdJwt(QByteArrayView text, const SdJwtLimits &limits = {});

struct DisclosedClaims {
    // The issuer payload with every disclosed claim put in place and the
    // _sd, _sd_alg and "..." placeholders removed.
    QJsonObject claims;
    // JSON pointers (RFC 6901) of the claims that were selectively
    // disclosable and disclosed here, e.g. "/given_name", "/nationalities/1".
    QStringList disclosedPaths;
    // The digest of the disclosure behind each of disclosedPaths (same order).
    QList<QByteArray> disclosedDigests;
    // Digests in the payload with no matching disclosure: claims the holder
    // kept hidden (or decoys). Count only; their content is unknown.
    int undisclosedCount = 0;
};

// Processes the disclosures against the issuer payload per the spec: only
// _sd_alg "sha-256" (or absent); every disclosure must be referenced exactly
// once; a disclosure's name must not already exist or be "_sd"/"..."; a
// digest appearing twice is an error. Errors are ErrorCode::InvalidInput
// with a message naming the problem ("disclosure does not match any
// digest", "duplicate digest", "unsupported _sd_alg sha-512", ...).
Result<DisclosedClaims> applyDisclosures(const SdJwt &sdJwt, const SdJwtLimits &limits = {});

// b64url(SHA-256(ascii)) as used for disclosure digests and sd_hash.
QByteArray sdDigest(QByteArrayView ascii);

} // namespace vitae::jose
