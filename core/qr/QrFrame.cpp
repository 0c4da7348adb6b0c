#include "qr/QrFrame.h"

#include "qr/Base45.h"

#include <QCoreApplication>

namespace vitae::qr {

namespace {

Error malformed(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The Vitae QR frame is malformed: %1.").arg(why));
}

void appendBigEndian(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

quint64 readBigEndian(QByteArrayView bytes, qsizetype at, int count)
{
    quint64 value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | uchar(bytes[at + i]);
    return value;
}

} // namespace

qsizetype QrFrame::dataChunkBytes(int dataIndex) const
{
    const qint64 start = qint64(dataIndex) * chunkBytes();
    return qsizetype(std::min<qint64>(chunkBytes(), streamBytes - start));
}

bool QrFrame::sameSequence(const QrFrame &other) const
{
    return messageId == other.messageId && dataFrames == other.dataFrames && groupSize == other.groupSize
        && streamBytes == other.streamBytes && checksum == other.checksum;
}

QString QrFrame::toText() const
{
    QByteArray binary;
    binary.reserve(kFrameHeaderBytes + chunk.size());
    binary.append(char(kind));
    binary.append(messageId.left(kMessageIdBytes).leftJustified(kMessageIdBytes, '\0'));
    appendBigEndian(binary, quint64(index), 2);
    appendBigEndian(binary, quint64(dataFrames), 2);
    binary.append(char(groupSize));
    appendBigEndian(binary, quint64(streamBytes), 4);
    binary.append(checksum.left(kChecksumBytes).leftJustified(kChecksumBytes, '\0'));
    binary.append(chunk);
    return QLatin1String(kFramePrefix) + QString::fromLatin1(base45Encode(binary));
}

Result<QrFrame> QrFrame::parse(QStringView text)
{
    const QrPrefix prefix = parsePrefix(text);
    if (!prefix.vitae || !prefix.frame)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "This is not a frame of a Vitae QR sequence."));
    if (prefix.version != kQrFormatVersion)
        return unsupportedVersion(prefix.version);
    const QString body = text.sliced(prefix.bodyStart).toString();
    // Base45 is ASCII; anything else is caught by the decoder as a bad character.
    Result<QByteArray> binary = base45Decode(body.toLatin1());
    if (!binary)
        return malformed(body.size() % 3 == 1 ? QStringLiteral("it is truncated")
                                               : QStringLiteral("its Base45 text is damaged"));
    const QByteArray &b = *binary;
    if (b.size() <= kFrameHeaderBytes)
        return malformed(QStringLiteral("it is too short to hold a header and data"));

    QrFrame frame;
    if (uchar(b[0]) > 1)
        return malformed(QStringLiteral("it has an unknown frame kind"));
    frame.kind = Kind(uchar(b[0]));
    frame.messageId = b.mid(1, kMessageIdBytes);
    frame.index = int(readBigEndian(b, 5, 2));
    frame.dataFrames = int(readBigEndian(b, 7, 2));
    frame.groupSize = uchar(b[9]);
    frame.streamBytes = qint64(readBigEndian(b, 10, 4));
    frame.checksum = b.mid(14, kChecksumBytes);
    frame.chunk = b.mid(kFrameHeaderBytes);

    // Every field is checked against the others, so the reassembler can
    // trust index arithmetic on any frame that parses.
    if (frame.dataFrames < 1 || frame.streamBytes < 1)
        return malformed(QStringLiteral("it announces an empty sequence"));
    if (frame.streamBytes > kMaxStreamBytes)
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The Vitae QR sequence announces %1 bytes, more than Vitae accepts.")
                                 .arg(frame.streamBytes));
    if (qint64(frame.dataFrames - 1) * frame.chunkBytes() >= frame.streamBytes)
        return malformed(QStringLiteral("its frame count does not match its length"));
    if (frame.groupSize > kMaxGroupSize)
        return malformed(QStringLiteral("its parity group is too large"));
    if (frame.kind == Kind::Data) {
        if (frame.index >= frame.dataFrames)
            return malformed(QStringLiteral("its frame number is past the end of the sequence"));
        if (frame.chunk.size() != frame.dataChunkBytes(frame.index))
            return malformed(QStringLiteral("its data has the wrong length (the frame may be truncated)"));
    } else {
        if (frame.groupSize == 0 || frame.index >= frame.groupCount())
            return malformed(QStringLiteral("its parity group does not exist"));
        if (frame.chunk.size() != frame.chunkBytes())
            return malformed(QStringLiteral("its parity data has the wrong length (the frame may be truncated)"));
    }
    return frame;
}

QrPrefix parsePrefix(QStringView text)
{
    QrPrefix prefix;
    const QLatin1String magic("VITAE");
    if (!text.startsWith(magic))
        return prefix;
    qsizetype i = magic.size();
    qint64 version = 0;
    const qsizetype digitsStart = i;
    while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128 && i - digitsStart < 6)
        version = version * 10 + (text[i++].unicode() - '0');
    if (i == digitsStart)
        return prefix;
    if (i < text.size() && text[i] == QLatin1Char('F')) {
        prefix.frame = true;
        ++i;
    }
    if (i >= text.size() || text[i] != QLatin1Char(':'))
        return QrPrefix();
    prefix.vitae = true;
    prefix.version = int(version);
    prefix.bodyStart = i + 1;
    return prefix;
}

Error unsupportedVersion(int version)
{
    if (version > kQrFormatVersion)
        return makeError(ErrorCode::VersionTooNew,
                         QCoreApplication::translate("vitae", "This QR code uses Vitae QR format version %1; this Vitae reads version %2. "
                                        "Update Vitae to read it.")
                                 .arg(version).arg(kQrFormatVersion));
    return makeError(ErrorCode::Unsupported,
                     QCoreApplication::translate("vitae", "This QR code uses Vitae QR format version %1, which Vitae does not read.")
                             .arg(version));
}

} // namespace vitae::qr
