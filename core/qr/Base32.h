// Base32 (RFC 4648 section 6): the 32-character upper-case alphabet, which
// fits a QR code's alphanumeric mode. VPQR texts use it without padding.
#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace vitae::qr {

// Strict: refuses characters outside the alphabet (lower case included),
// '=' padding, lengths no encoder produces (a truncated text) and non-zero
// leftover bits (a changed last character).
Result<QByteArray> base32Decode(QByteArrayView text);

} // namespace vitae::qr
