#include "backup/BackupHeader.h"

#include "common/BigEndian.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>


namespace vitae::backup {

namespace {
constexpr char kMagic[8] = {'V', 'I', 'T', 'A', 'E', 'B', 'A', 'K'};
constexpr qsizetype kChecksumBytes = 32;

Error damaged(const QString &fileName, const QString &why)
{
    return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The backup %1 is damaged: %2").arg(fileName, why));
}
} // namespace

QByteArray BackupHeader::serialize() const
{
    QByteArray out;
    out.reserve(Size);
    out.append(kMagic, sizeof kMagic);
    appendBigEndian<quint16>(out, major);
    appendBigEndian<quint16>(out, minor);
    appendBigEndian<quint16>(out, quint16(Size));
    appendBigEndian<quint8>(out, kdfId);
    appendBigEndian<quint8>(out, streamId);
    appendBigEndian<quint64>(out, kdf.opsLimit);
    appendBigEndian<quint64>(out, kdf.memLimit);
    out.append(salt);
    appendBigEndian<quint32>(out, chunkSize);
    appendBigEndian<quint32>(out, 0);
    out.append(streamHeader);
    out.append(keyCheck);
    out.append(crypto::sha256(out));
    Q_ASSERT(out.size() == Size);
    return out;
}

Result<qsizetype> BackupHeader::sizeFromPrefix(QByteArrayView prefix, const QString &fileName)
{
    if (prefix.size() < 8 || prefix.first(8) != QByteArrayView(kMagic, 8))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1 is not a Vitae backup.").arg(fileName));
    if (prefix.size() < 14)
        return damaged(fileName, QStringLiteral("it is cut short inside its header."));
    const quint16 major = readBigEndian<quint16>(prefix, 8);
    if (major > CurrentMajor)
        return makeError(ErrorCode::VersionTooNew,
                         QCoreApplication::translate("vitae", "This backup was made by a newer Vitae (format %1); update Vitae to restore it.")
                                 .arg(major));
    if (major < 1)
        return damaged(fileName, QStringLiteral("its format version is invalid."));
    const quint16 minor = readBigEndian<quint16>(prefix, 10);
    const qsizetype size = readBigEndian<quint16>(prefix, 12);
    if (size < Size || size > MaxSize || (minor == CurrentMinor && size != Size))
        return damaged(fileName, QStringLiteral("its header size (%1 bytes) is invalid.").arg(size));
    return size;
}

Result<BackupHeader> BackupHeader::parse(QByteArrayView bytes, const QString &fileName)
{
    Result<qsizetype> size = sizeFromPrefix(bytes, fileName);
    if (!size)
        return size.error();
    if (bytes.size() < *size)
        return damaged(fileName, QStringLiteral("it is cut short inside its header."));
    if (bytes.size() != *size)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Give the header's bytes only."));
    const qsizetype checked = *size - kChecksumBytes;
    if (!crypto::constantTimeEquals(crypto::sha256(bytes.first(checked)), bytes.sliced(checked)))
        return damaged(fileName, QStringLiteral("its header checksum does not match."));

    BackupHeader header;
    header.major = readBigEndian<quint16>(bytes, 8);
    header.minor = readBigEndian<quint16>(bytes, 10);
    header.kdfId = readBigEndian<quint8>(bytes, 14);
    header.streamId = readBigEndian<quint8>(bytes, 15);
    if (header.kdfId != KdfArgon2id13)
        return damaged(fileName, QStringLiteral("it names an unknown key derivation (%1).").arg(header.kdfId));
    if (header.streamId != StreamXChaCha20Poly1305)
        return damaged(fileName, QStringLiteral("it names an unknown encryption (%1).").arg(header.streamId));
    header.kdf.opsLimit = readBigEndian<quint64>(bytes, 16);
    header.kdf.memLimit = readBigEndian<quint64>(bytes, 24);
    header.salt = bytes.sliced(32, 16).toByteArray();
    header.chunkSize = readBigEndian<quint32>(bytes, 48);
    if (header.chunkSize < MinChunkSize || header.chunkSize > MaxChunkSize)
        return damaged(fileName, QStringLiteral("its chunk size (%1 bytes) is out of range.").arg(header.chunkSize));
    header.streamHeader = bytes.sliced(56, 24).toByteArray();
    header.keyCheck = bytes.sliced(80, 16).toByteArray();
    return header;
}

} // namespace vitae::backup
