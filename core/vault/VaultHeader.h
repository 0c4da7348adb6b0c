// The vault header file: the data key wrapped under the passphrase.
//
// Layout (all integers big-endian), version 1.0, 152 bytes:
//   0  8  magic "VITAEVLT"
//   8  2  major version (1)      10 2  minor version (0)
//  12  1  KDF id (1 = Argon2id 1.3)
//  13  1  cipher profile (1 = SQLCipher AES-256-CBC, HMAC-SHA1, 4096-byte pages, raw key)
//  14  2  reserved, zero
//  16  8  Argon2id opslimit      24 8  Argon2id memlimit (bytes)
//  32 16  salt                   48 24 XChaCha20-Poly1305 nonce
//  72 48  wrapped data key (32 bytes + 16-byte tag)
// 120 32  SHA-256 of bytes 0..119, which tells accidental damage apart from a
//         wrong passphrase (it is not a security measure: the AEAD is)
// Bytes 0..71 are the AEAD's associated data, so limits, salt and versions
// cannot be changed without the unwrap failing. Unknown majors are refused;
// a newer minor is read (it may only add fields after byte 152).
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"

#include <QByteArray>

namespace vitae::vault {

struct VaultHeader {
    static constexpr quint16 CurrentMajor = 1;
    static constexpr quint16 CurrentMinor = 0;
    static constexpr qsizetype Size = 152;
    static constexpr qsizetype AssociatedDataSize = 72;
    static constexpr quint8 KdfArgon2id13 = 1;
    static constexpr quint8 CipherProfileSqlCipher4096 = 1;

    quint16 major = CurrentMajor;
    quint16 minor = CurrentMinor;
    quint8 kdfId = KdfArgon2id13;
    quint8 cipherProfile = CipherProfileSqlCipher4096;
    crypto::KdfParams kdf;
    QByteArray salt;       // 16 bytes
    QByteArray nonce;      // 24 bytes
    QByteArray wrappedKey; // 48 bytes

    QByteArray serialize() const;
    QByteArray associatedData() const;

    // Parses untrusted bytes. `fileName` names the file in error messages.
    static Result<VaultHeader> parse(QByteArrayView bytes, const QString &fileName);
};

} // namespace vitae::vault
