#include "crypto/Ed25519.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <QCoreApplication>

namespace vitae::crypto {

Ed25519KeyPair Ed25519KeyPair::generate()
{
    ensureSodiumInitialized();
    SecureBuffer seed(crypto_sign_SEEDBYTES);
    randombytes_buf(seed.data(), seed.size());
    return std::move(fromSeed(seed.view()).value());
}

Result<Ed25519KeyPair> Ed25519KeyPair::fromSeed(QByteArrayView seed)
{
    ensureSodiumInitialized();
    if (seed.size() != SeedBytes)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "An Ed25519 seed is 32 bytes."));
    Ed25519KeyPair pair;
    pair.m_seed = SecureBuffer::fromBytes(seed);
    pair.m_secretKey = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    pair.m_publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pair.m_publicKey.data()),
                             pair.m_secretKey.data(), pair.m_seed.data());
    return pair;
}

QByteArray Ed25519KeyPair::sign(QByteArrayView message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         static_cast<unsigned long long>(message.size()), m_secretKey.data());
    return signature;
}

bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    ensureSodiumInitialized();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                       reinterpret_cast<const unsigned char *>(message.data()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.data()))
            == 0;
}

} // namespace vitae::crypto
