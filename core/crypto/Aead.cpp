#include "crypto/Aead.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <QCoreApplication>

namespace vitae::crypto {

namespace {
const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}
} // namespace

QByteArray aeadEncrypt(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView plaintext,
                       QByteArrayView associatedData)
{
    ensureSodiumInitialized();
    Q_ASSERT(key.size() == kAeadKeyBytes && nonce.size() == kAeadNonceBytes);
    QByteArray out(plaintext.size() + kAeadTagBytes, Qt::Uninitialized);
    unsigned long long outLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(out.data()), &outLength, bytes(plaintext),
            static_cast<unsigned long long>(plaintext.size()), bytes(associatedData),
            static_cast<unsigned long long>(associatedData.size()), nullptr, bytes(nonce), key.data());
    out.resize(qsizetype(outLength));
    return out;
}

Result<SecureBuffer> aeadDecrypt(const SecureBuffer &key, QByteArrayView nonce, QByteArrayView ciphertext,
                                 QByteArrayView associatedData)
{
    ensureSodiumInitialized();
    if (key.size() != kAeadKeyBytes || nonce.size() != kAeadNonceBytes || ciphertext.size() < kAeadTagBytes)
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The encrypted data is too short."));
    SecureBuffer plain(std::size_t(ciphertext.size() - kAeadTagBytes));
    unsigned long long plainLength = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &plainLength, nullptr, bytes(ciphertext),
            static_cast<unsigned long long>(ciphertext.size()), bytes(associatedData),
            static_cast<unsigned long long>(associatedData.size()), bytes(nonce), key.data());
    if (rc != 0)
        return makeError(ErrorCode::WrongPassphrase, QCoreApplication::translate("vitae", "Decryption failed."));
    return plain;
}

} // namespace vitae::crypto
