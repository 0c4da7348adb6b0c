#include "vault/DeviceSlot.h"

#include "common/BigEndian.h"
#include "crypto/Aead.h"
#include "crypto/Sodium.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QCoreApplication>

#include <sodium.h>

namespace vitae::vault {

namespace {
constexpr char kMagic[8] = {'V', 'I', 'T', 'A', 'E', 'D', 'E', 'V'};
constexpr qsizetype kChecksumOffset = 88;
constexpr qsizetype kDataKeySize = 32;
// A slot is 120 bytes; reading a bounded amount keeps a hostile file harmless.
constexpr qint64 kMaxReadBytes = 64 * 1024;
} // namespace

crypto::SecureBuffer DeviceSlot::newDeviceKey()
{
    crypto::ensureSodiumInitialized();
    crypto::SecureBuffer key(DeviceKeySize);
    randombytes_buf(key.data(), key.size());
    return key;
}

Result<DeviceSlot> DeviceSlot::wrap(const crypto::SecureBuffer &dataKey, const crypto::SecureBuffer &deviceKey)
{
    if (dataKey.size() != kDataKeySize || deviceKey.size() != DeviceKeySize)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "A device slot needs two 32-byte keys."));
    DeviceSlot slot;
    slot.nonce = crypto::randomBytes(crypto::kAeadNonceBytes);
    slot.wrappedKey = crypto::aeadEncrypt(deviceKey, slot.nonce, dataKey.view(), slot.associatedData());
    return slot;
}

Result<crypto::SecureBuffer> DeviceSlot::unwrap(const crypto::SecureBuffer &deviceKey) const
{
    auto wrongKey = [] {
        return makeError(ErrorCode::WrongPassphrase,
                         QCoreApplication::translate("vitae", "The key this device keeps does not open this vault's device slot."));
    };
    if (deviceKey.size() != DeviceKeySize)
        return wrongKey();
    Result<crypto::SecureBuffer> dataKey = crypto::aeadDecrypt(deviceKey, nonce, wrappedKey, associatedData());
    if (!dataKey || dataKey->size() != kDataKeySize)
        return wrongKey();
    return dataKey;
}

QByteArray DeviceSlot::associatedData() const
{
    QByteArray out;
    out.reserve(AssociatedDataSize);
    out.append(kMagic, sizeof kMagic);
    appendBigEndian<quint16>(out, major);
    appendBigEndian<quint16>(out, minor);
    appendBigEndian<quint8>(out, wrapId);
    appendBigEndian<quint8>(out, 0);
    appendBigEndian<quint16>(out, 0);
    out.append(nonce);
    return out;
}

QByteArray DeviceSlot::serialize() const
{
    QByteArray out = associatedData();
    out.append(wrappedKey);
    out.append(crypto::sha256(out));
    return out;
}

Result<DeviceSlot> DeviceSlot::parse(QByteArrayView bytes, const QString &fileName)
{
    auto damaged = [&](const QString &why) {
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The device slot %1 is damaged: %2").arg(fileName, why));
    };
    if (bytes.size() < 12 || QByteArrayView(bytes.data(), 8) != QByteArrayView(kMagic, 8))
        return damaged(QStringLiteral("it is not a Vitae device slot."));

    DeviceSlot slot;
    slot.major = readBigEndian<quint16>(bytes, 8);
    slot.minor = readBigEndian<quint16>(bytes, 10);
    if (slot.major > CurrentMajor)
        return makeError(ErrorCode::VersionTooNew,
                         QCoreApplication::translate("vitae", "The device slot %1 was written by a newer version of Vitae (format %2.%3).")
                                 .arg(fileName)
                                 .arg(slot.major)
                                 .arg(slot.minor));
    if (slot.major < 1)
        return damaged(QStringLiteral("its format version is invalid."));
    if (bytes.size() < Size)
        return damaged(QStringLiteral("it is truncated (%1 of %2 bytes).").arg(bytes.size()).arg(Size));
    if (slot.minor == CurrentMinor && bytes.size() != Size)
        return damaged(QStringLiteral("it has %1 unexpected extra bytes.").arg(bytes.size() - Size));
    if (!crypto::constantTimeEquals(crypto::sha256(bytes.first(kChecksumOffset)), bytes.sliced(kChecksumOffset, 32)))
        return damaged(QStringLiteral("its checksum does not match."));
    slot.wrapId = readBigEndian<quint8>(bytes, 12);
    if (slot.wrapId != WrapXChaCha20Poly1305)
        return damaged(QStringLiteral("it names an unknown key wrap (%1).").arg(slot.wrapId));
    if (bytes[13] != 0 || bytes[14] != 0 || bytes[15] != 0)
        return damaged(QStringLiteral("its reserved bytes are not zero."));
    slot.nonce = bytes.sliced(16, 24).toByteArray();
    slot.wrappedKey = bytes.sliced(40, 48).toByteArray();
    return slot;
}

QString DeviceSlot::pathIn(const QString &folder)
{
    return QDir::cleanPath(QDir(folder).absolutePath()) + QLatin1Char('/') + QLatin1String(FileName);
}

Result<DeviceSlot> DeviceSlot::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("vitae", "This vault is not remembered on this device."));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("vitae", "The device slot %1 cannot be read: %2").arg(shown, file.errorString()));
    return parse(file.read(kMaxReadBytes), shown);
}

Status DeviceSlot::write(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray bytes = serialize();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, QCoreApplication::translate("vitae", "The device slot %1 could not be written: %2")
                                                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString DeviceSlot::keychainKeyFor(const QString &folder)
{
    // The canonical path when the folder exists, so a symlink and its
    // target name the same vault.
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    const QString path = canonical.isEmpty() ? QDir::cleanPath(QDir(folder).absolutePath()) : canonical;
    return QStringLiteral("vault-device-key:") + path;
}

} // namespace vitae::vault
