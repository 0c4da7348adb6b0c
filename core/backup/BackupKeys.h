// The keys of one backup, all from the passphrase: Argon2id gives a master
// key, and libsodium's crypto_kdf derives from it the stream key and a short
// key check (so a wrong passphrase is told apart from damaged data).
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

namespace vitae::backup {

struct BackupKeys {
    crypto::SecureBuffer streamKey; // 32 bytes
    QByteArray keyCheck;            // 16 bytes, stored in the header

    static constexpr qsizetype KeyCheckBytes = 16;

    static Result<BackupKeys> derive(QByteArrayView passphrase, QByteArrayView salt, const crypto::KdfParams &kdf);
};

} // namespace vitae::backup
