// Base45 (RFC 9285): two bytes become three characters of the 45-character
// QR alphanumeric alphabet, so Base45 text fills a QR code in its dense
// alphanumeric mode (5.5 bits per character) instead of byte mode (8 bits).
#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace vitae::qr {

QByteArray base45Encode(QByteArrayView bytes);

// Strict: refuses characters outside the alphabet, a dangling single
// character (truncated text) and groups whose value overflows.
Result<QByteArray> base45Decode(QByteArrayView text);

} // namespace vitae::qr
