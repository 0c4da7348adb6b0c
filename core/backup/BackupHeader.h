// The plaintext header at the start of a backup file. It says how to derive
// the key and how the payload is chunked; everything in it is authenticated
// as the associated data of the first encrypted chunk.
//
// Layout (integers big-endian), version 1.0, 128 bytes:
//   0  8  magic "VITAEBAK"
//   8  2  major version (1)        10 2  minor version (0)
//  12  2  header size in bytes, checksum included (128 for 1.0)
//  14  1  KDF id (1 = Argon2id 1.3)
//  15  1  stream id (1 = crypto_secretstream_xchacha20poly1305)
//  16  8  Argon2id opslimit        24 8  Argon2id memlimit (bytes)
//  32 16  salt
//  48  4  chunk size (plaintext bytes per chunk)
//  52  4  reserved, zero
//  56 24  secretstream header (its starting nonce)
//  80 16  key check: tells a wrong passphrase apart from a damaged payload
//  96 32  SHA-256 of bytes 0..95: tells accidental damage apart from a wrong
//         passphrase (not a security measure: the AEAD is)
// A newer minor may put more fields before the checksum, which always is the
// header's last 32 bytes. Unknown majors are refused.
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"

#include <QByteArray>

namespace vitae::backup {

struct BackupHeader {
    static constexpr quint16 CurrentMajor = 1;
    static constexpr quint16 CurrentMinor = 0;
    static constexpr qsizetype Size = 128; // of a 1.0 header
    static constexpr qsizetype MaxSize = 4096;
    static constexpr quint8 KdfArgon2id13 = 1;
    static constexpr quint8 StreamXChaCha20Poly1305 = 1;
    static constexpr quint32 DefaultChunkSize = 64 * 1024;
    static constexpr quint32 MinChunkSize = 1024;
    static constexpr quint32 MaxChunkSize = 16 * 1024 * 1024;

    quint16 major = CurrentMajor;
    quint16 minor = CurrentMinor;
    quint8 kdfId = KdfArgon2id13;
    quint8 streamId = StreamXChaCha20Poly1305;
    crypto::KdfParams kdf;
    QByteArray salt;         // 16 bytes
    quint32 chunkSize = DefaultChunkSize;
    QByteArray streamHeader; // 24 bytes
    QByteArray keyCheck;     // 16 bytes

    // The exact bytes as written (also the first chunk's associated data).
    QByteArray serialize() const;

    // The number of bytes a header starting with `prefix` occupies, once at
    // least 14 bytes are known; errors for a file that is not a backup or
    // comes from a newer major version.
    static Result<qsizetype> sizeFromPrefix(QByteArrayView prefix, const QString &fileName);
    // Parses untrusted bytes: exactly the header, as sized by sizeFromPrefix.
    static Result<BackupHeader> parse(QByteArrayView bytes, const QString &fileName);
};

} // namespace vitae::backup
