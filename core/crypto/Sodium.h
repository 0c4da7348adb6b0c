#pragma once

#include <QByteArray>

namespace vitae::crypto {

// Initializes libsodium once per process; safe to call from any thread.
void ensureSodiumInitialized();

// Cryptographically secure random bytes.
QByteArray randomBytes(qsizetype count);

// SHA-256 of the bytes.
QByteArray sha256(QByteArrayView bytes);

// Constant-time comparison of two byte strings of equal length.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// Overwrites a QByteArray's bytes with zeroes (QByteArray may have copied the
// secret elsewhere before; use only for best-effort cleanup of temporaries).
void wipe(QByteArray &bytes);

} // namespace vitae::crypto
