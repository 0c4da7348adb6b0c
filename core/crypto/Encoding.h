// Text encodings of binary data used by the credential standards.
#pragma once

#include <QByteArray>

#include <optional>

namespace vitae::crypto {

// Bitcoin-alphabet base58 (multibase prefix 'z'), leading zero bytes as '1'.
QByteArray base58btcEncode(QByteArrayView bytes);
std::optional<QByteArray> base58btcDecode(QByteArrayView text);

// RFC 4648 section 5, without padding (JOSE and multibase 'u').
QByteArray base64UrlEncode(QByteArrayView bytes);
// Strict: rejects padding, whitespace and characters outside the alphabet.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

// Multibase: 'z' base58btc and 'u' base64url-no-pad are the two in use.
QByteArray multibaseBase58btc(QByteArrayView bytes);
std::optional<QByteArray> multibaseDecode(QByteArrayView text);

} // namespace vitae::crypto
