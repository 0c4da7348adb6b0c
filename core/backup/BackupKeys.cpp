#include "backup/BackupKeys.h"

#include <sodium.h>

#include <QCoreApplication>

namespace vitae::backup {

namespace {
// crypto_kdf's context: exactly 8 bytes naming this use.
constexpr char kContext[crypto_kdf_CONTEXTBYTES] = {'V', 'i', 't', 'a', 'e', 'B', 'a', 'k'};
constexpr quint64 kStreamKeyId = 1;
constexpr quint64 kKeyCheckId = 2;
} // namespace

Result<BackupKeys> BackupKeys::derive(QByteArrayView passphrase, QByteArrayView salt, const crypto::KdfParams &kdf)
{
    Result<crypto::SecureBuffer> master = crypto::deriveKey(passphrase, salt, kdf, crypto_kdf_KEYBYTES);
    if (!master)
        return master.error();
    BackupKeys keys;
    keys.streamKey = crypto::SecureBuffer(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto::SecureBuffer check(KeyCheckBytes);
    if (crypto_kdf_derive_from_key(keys.streamKey.data(), keys.streamKey.size(), kStreamKeyId, kContext,
                                   master->data())
                != 0
        || crypto_kdf_derive_from_key(check.data(), check.size(), kKeyCheckId, kContext, master->data()) != 0)
        return makeError(ErrorCode::Crypto, QCoreApplication::translate("vitae", "The backup keys could not be derived."));
    keys.keyCheck = check.view().toByteArray(); // not secret: it only confirms the passphrase
    return keys;
}

} // namespace vitae::backup
