// "Remember on this device": a second, optional wrap of the vault's data key,
// under a random 32-byte device key that the OS keychain keeps. The
// passphrase is never involved, so changing it leaves the slot valid.
// See docs/formats/vitae-device-slot.md.
//
// Layout of the slot file (all integers big-endian), version 1.0, 120 bytes:
//   0  8  magic "VITAEDEV"
//   8  2  major version (1)      10 2  minor version (0)
//  12  1  wrap id (1 = XChaCha20-Poly1305 under a 32-byte device key)
//  13  3  reserved, zero
//  16 24  XChaCha20-Poly1305 nonce
//  40 48  wrapped data key (32 bytes + 16-byte tag)
//  88 32  SHA-256 of bytes 0..87, which tells accidental damage apart from a
//         wrong device key (it is not a security measure: the AEAD is)
// Bytes 0..39 are the AEAD's associated data. Unknown majors are refused; a
// newer minor is read (it may only add fields after byte 120).
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace vitae::vault {

struct DeviceSlot {
    static constexpr const char *FileName = "vault.device";
    static constexpr quint16 CurrentMajor = 1;
    static constexpr quint16 CurrentMinor = 0;
    static constexpr qsizetype Size = 120;
    static constexpr qsizetype AssociatedDataSize = 40;
    static constexpr qsizetype DeviceKeySize = 32;
    static constexpr quint8 WrapXChaCha20Poly1305 = 1;

    quint16 major = CurrentMajor;
    quint16 minor = CurrentMinor;
    quint8 wrapId = WrapXChaCha20Poly1305;
    QByteArray nonce;      // 24 bytes
    QByteArray wrappedKey; // 48 bytes

    // A fresh random device key, in secure memory.
    static crypto::SecureBuffer newDeviceKey();
    // Wraps the data key under the device key with a fresh nonce.
    static Result<DeviceSlot> wrap(const crypto::SecureBuffer &dataKey, const crypto::SecureBuffer &deviceKey);
    // The data key, or WrongPassphrase when the device key does not open it.
    Result<crypto::SecureBuffer> unwrap(const crypto::SecureBuffer &deviceKey) const;

    QByteArray serialize() const;
    QByteArray associatedData() const;
    // Parses untrusted bytes. `fileName` names the file in error messages.
    static Result<DeviceSlot> parse(QByteArrayView bytes, const QString &fileName);

    // The slot file of the vault in `folder`.
    static QString pathIn(const QString &folder);
    static Result<DeviceSlot> read(const QString &path);
    // Atomic (QSaveFile), readable by the owner only.
    Status write(const QString &path) const;

    // The name the keychain keeps this vault's device key under: tied to
    // the vault's folder, so a copy of the folder elsewhere (or a restored
    // backup) never finds it.
    static QString keychainKeyFor(const QString &folder);
};

} // namespace vitae::vault
