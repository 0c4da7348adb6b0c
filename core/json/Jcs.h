// RFC 8785 JSON Canonicalization Scheme: the one byte form of a JSON value
// that signatures (eddsa-jcs-2022, JWK thumbprints) are computed over.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonValue>

namespace vitae::json {

// Serializes `value` as RFC 8785 prescribes: UTF-8, no whitespace, object
// members sorted by the UTF-16 code units of their names, numbers as
// es6NumberToString, and strings with only \" \\ \b \f \n \r \t and
// \u00xx (lowercase hex, for the remaining controls) escaped.
// Fails with InvalidArgument for NaN or Infinity, strings holding a lone
// surrogate, Undefined values, and with LimitExceeded for nesting deeper
// than JsonLimits::kMaxSupportedDepth.
Result<QByteArray> canonicalize(const QJsonValue &value);

} // namespace vitae::json
