// Strict JSON parsing for bytes that come from outside (credentials, offers,
// DID documents). Accepts exactly RFC 8259 plus the I-JSON (RFC 7493)
// restrictions, so that what we sign or verify means one thing only.
#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>

namespace vitae::json {

// Caps applied before and during parsing. Breaking one yields
// ErrorCode::LimitExceeded; everything else wrong yields InvalidInput.
struct JsonLimits {
    // Largest accepted input, in bytes. Checked before any parsing work.
    qsizetype maxBytes = 10 * 1024 * 1024;

    // Deepest accepted nesting of arrays and objects: "[]" is depth 1,
    // "[[1]]" depth 2, a bare scalar depth 0. Values above kMaxSupportedDepth
    // are treated as kMaxSupportedDepth, because Qt's value builder stops at
    // 1024 levels.
    int maxDepth = 128;

    static constexpr int kMaxSupportedDepth = 1000;
};

// Parses one JSON text (any value at the top level, surrounded by optional
// whitespace). Rejected, with a sentence naming the 0-based byte offset:
//   - anything outside the RFC 8259 grammar (trailing commas, comments,
//     single quotes, leading zeros, NaN, a byte order mark, trailing data);
//   - invalid UTF-8: overlong forms, encoded surrogates, code points above
//     U+10FFFF, truncated or stray continuation bytes;
//   - \u escapes that leave a lone surrogate;
//   - duplicate member names within one object (compared after unescaping);
//   - numbers that overflow a double to infinity or underflow a non-zero
//     literal to zero (I-JSON: no more range or precision than a double).
// Validation is iterative, so hostile nesting cannot exhaust the stack.
Result<QJsonValue> parseJson(QByteArrayView bytes, const JsonLimits &limits = {});

// As parseJson, but the top-level value must be an object.
Result<QJsonObject> parseJsonObject(QByteArrayView bytes, const JsonLimits &limits = {});

} // namespace vitae::json
