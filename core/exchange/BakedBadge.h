// Credentials baked into badge images: Open Badges 3.0 (PNG iTXt chunk
// "openbadgecredential", SVG <openbadges:credential>) and Open Badges 2.0 /
// 1.x (PNG iTXt or tEXt "openbadges", SVG <openbadges:assertion>).
#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace vitae::exchange {

struct BakedContent {
    enum class Kind { Json, Jws, Url };
    Kind kind = Kind::Json;
    QByteArray payload; // the embedded text, trimmed: JSON, a compact JWS, or a URL
    QString standard;   // "Open Badges 3.0" or "Open Badges 2.0"
};

struct BakedLimits {
    qsizetype maxImageBytes = 20 * 1024 * 1024;
    qsizetype maxPayloadBytes = 2 * 1024 * 1024;
};

// True if the bytes start with the PNG signature / look like an SVG document.
bool looksLikePng(QByteArrayView bytes);
bool looksLikeSvg(QByteArrayView bytes);

// Errors (InvalidInput / LimitExceeded; NotFound for an image with no
// badge in it), each a sentence for a person:
// "This PNG has no badge baked into it", "The PNG is damaged (chunk ...
// runs past the end of the file)", "The baked credential is larger than
// 2 MB", "The SVG declares external entities, which Vitae never loads".
// Chunk CRCs are checked; compressed iTXt text is inflated with a cap.
Result<BakedContent> extractFromPng(QByteArrayView png, const BakedLimits &limits = {});
// The SVG is read without resolving any entity or external reference (a
// DOCTYPE with an entity declaration is refused outright).
Result<BakedContent> extractFromSvg(QByteArrayView svg, const BakedLimits &limits = {});

} // namespace vitae::exchange
