// Ed25519 signing keys (libsodium). The secret key lives only in secure memory.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace vitae::crypto {

class Ed25519KeyPair {
public:
    static constexpr qsizetype PublicKeyBytes = 32;
    static constexpr qsizetype SeedBytes = 32;
    static constexpr qsizetype SignatureBytes = 64;

    // A fresh random key pair.
    static Ed25519KeyPair generate();
    // The key pair for a 32-byte seed (deterministic; used by the vectors and
    // to restore a stored key).
    static Result<Ed25519KeyPair> fromSeed(QByteArrayView seed);

    bool isNull() const { return m_publicKey.isEmpty(); }
    QByteArray publicKey() const { return m_publicKey; }
    // The 32-byte seed, the form in which the vault stores the secret key.
    const SecureBuffer &seed() const { return m_seed; }

    QByteArray sign(QByteArrayView message) const;

private:
    QByteArray m_publicKey;
    SecureBuffer m_seed;
    SecureBuffer m_secretKey; // libsodium's 64-byte expanded form
};

bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

} // namespace vitae::crypto
