// XChaCha20-Poly1305 (IETF) authenticated encryption with associated data.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace vitae::crypto {

constexpr qsizetype kAeadKeyBytes = 32;
constexpr qsizetype kAeadNonceBytes = 24;
constexpr qsizetype kAeadTagBytes = 16;

// Returns ciphertext || tag. The nonce must be fresh random bytes.
QByteArray aeadEncrypt(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView plaintext,
                       QByteArrayView associatedData);

// Decrypts into secure memory; fails if the key is wrong or any byte of the
// ciphertext, tag, nonce or associated data was changed.
Result<SecureBuffer> aeadDecrypt(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView ciphertext,
                                 QByteArrayView associatedData);

} // namespace vitae::crypto
