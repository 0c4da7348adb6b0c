// Number formatting as ECMAScript's Number.prototype.toString does it, which
// RFC 8785 (JCS) requires so that every signer produces the same bytes.
#pragma once

#include <QByteArray>

namespace vitae::json {

// The ES2015+ Number::toString(10) text of `value`: the shortest digits that
// round-trip, laid out as plain decimal when the decimal exponent is in
// [-7, 21) ("0.000001", "123.5", "100000000000000000000") and as
// d.ddde+X / d.ddde-X otherwise ("1e+21", "1.5e-7"). Both zeros give "0".
// NaN and the infinities have no JSON form: the result is an empty array,
// which callers must treat as "not representable".
QByteArray es6NumberToString(double value);

} // namespace vitae::json
