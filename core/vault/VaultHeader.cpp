#include "vault/VaultHeader.h"

#include "common/BigEndian.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>


namespace vitae::vault {

namespace {
constexpr char kMagic[8] = {'V', 'I', 'T', 'A', 'E', 'V', 'L', 'T'};
constexpr qsizetype kChecksumOffset = 120;
} // namespace

QByteArray VaultHeader::associatedData() const
{
    QByteArray out;
    out.reserve(AssociatedDataSize);
    out.append(kMagic, sizeof kMagic);
    appendBigEndian<quint16>(out, major);
    appendBigEndian<quint16>(out, minor);
    appendBigEndian<quint8>(out, kdfId);
    appendBigEndian<quint8>(out, cipherProfile);
    appendBigEndian<quint16>(out, 0);
    appendBigEndian<quint64>(out, kdf.opsLimit);
    appendBigEndian<quint64>(out, kdf.memLimit);
    out.append(salt);
    out.append(nonce);
    return out;
}

QByteArray VaultHeader::serialize() const
{
    QByteArray out = associatedData();
    out.append(wrappedKey);
    out.append(crypto::sha256(out));
    return out;
}

Result<VaultHeader> VaultHeader::parse(QByteArrayView bytes, const QString &fileName)
{
    auto corrupt = [&](const QString &why) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("vitae", "The vault header %1 is damaged: %2").arg(fileName, why));
    };
    if (bytes.size() < 12 || QByteArrayView(bytes.data(), 8) != QByteArrayView(kMagic, 8))
        return corrupt(QStringLiteral("it is not a Vitae vault header."));

    VaultHeader header;
    header.major = readBigEndian<quint16>(bytes, 8);
    header.minor = readBigEndian<quint16>(bytes, 10);
    if (header.major > CurrentMajor)
        return makeError(ErrorCode::VersionTooNew,
                         QCoreApplication::translate("vitae", "The vault %1 was written by a newer version of Vitae (format %2.%3); "
                                        "update Vitae to open it.")
                                 .arg(fileName)
                                 .arg(header.major)
                                 .arg(header.minor));
    if (header.major < 1)
        return corrupt(QStringLiteral("its format version is invalid."));
    if (bytes.size() < Size)
        return corrupt(QStringLiteral("it is truncated (%1 of %2 bytes).").arg(bytes.size()).arg(Size));
    if (header.minor == CurrentMinor && bytes.size() != Size)
        return corrupt(QStringLiteral("it has %1 unexpected extra bytes.").arg(bytes.size() - Size));
    if (!crypto::constantTimeEquals(crypto::sha256(bytes.first(kChecksumOffset)),
                                    bytes.sliced(kChecksumOffset, 32)))
        return corrupt(QStringLiteral("its checksum does not match."));

    header.kdfId = readBigEndian<quint8>(bytes, 12);
    header.cipherProfile = readBigEndian<quint8>(bytes, 13);
    if (header.kdfId != KdfArgon2id13)
        return corrupt(QStringLiteral("it names an unknown key derivation (%1).").arg(header.kdfId));
    if (header.cipherProfile != CipherProfileSqlCipher4096)
        return corrupt(QStringLiteral("it names an unknown cipher profile (%1).").arg(header.cipherProfile));
    header.kdf.opsLimit = readBigEndian<quint64>(bytes, 16);
    header.kdf.memLimit = readBigEndian<quint64>(bytes, 24);
    header.salt = bytes.sliced(32, 16).toByteArray();
    header.nonce = bytes.sliced(48, 24).toByteArray();
    header.wrappedKey = bytes.sliced(72, 48).toByteArray();
    return header;
}

} // namespace vitae::vault
