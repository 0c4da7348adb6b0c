#include "qr/QrPayload.h"

#include "crypto/Sodium.h"
#include "qr/Base45.h"
#include "qr/QrEncoder.h"
#include "qr/QrFrame.h"
#include "qr/Zlib.h"

#include <QMutex>
#include <QCoreApplication>

#include <map>

namespace vitae::qr {

namespace {

qsizetype base45Length(qsizetype bytes)
{
    return (bytes / 2) * 3 + (bytes % 2) * 2;
}

// Largest alphanumeric text length that fits: found by asking the encoder,
// since QR capacities are a table of the standard and not a formula.
int alphanumericCapacity(QrEcc ecc, int maxVersion)
{
    static QMutex mutex;
    static std::map<std::pair<int, int>, int> cache;
    const QMutexLocker lock(&mutex);
    const auto key = std::make_pair(int(ecc), maxVersion);
    if (const auto found = cache.find(key); found != cache.end())
        return found->second;
    const QrEncodeOptions options{ecc, maxVersion};
    int low = 0;
    int high = 4296 + 1; // version 40-L holds 4296 alphanumeric characters
    while (high - low > 1) {
        const int mid = (low + high) / 2;
        if (QrEncoder::fits(QString(mid, QLatin1Char('0')), options))
            low = mid;
        else
            high = mid;
    }
    cache[key] = low;
    return low;
}

QByteArray xorInto(QByteArray parity, QByteArrayView chunk)
{
    for (qsizetype i = 0; i < chunk.size(); ++i)
        parity[i] = char(parity[i] ^ chunk[i]);
    return parity;
}

} // namespace

qsizetype frameCapacity(QrEcc ecc, int maxVersion)
{
    const qsizetype chars = alphanumericCapacity(ecc, maxVersion) - qsizetype(sizeof kFramePrefix - 1);
    qsizetype bytes = std::max<qsizetype>(0, (chars / 3) * 2 + 1);
    while (bytes > 0 && base45Length(bytes) > chars)
        --bytes;
    return bytes;
}

Result<QStringList> encodePayload(const QByteArray &bytes, const QrFrameOptions &options)
{
    if (bytes.size() > kMaxPayloadBytes)
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The data is larger than %1 MB, the most a Vitae QR sequence carries.")
                                 .arg(kMaxPayloadBytes / (1024 * 1024)));
    if (options.groupSize < 0 || options.groupSize > kMaxGroupSize)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "The parity group size must be 0 to %1.").arg(kMaxGroupSize));
    const QByteArray stream = deflateZlib(bytes);
    if (stream.isEmpty())
        return makeError(ErrorCode::Crypto, QCoreApplication::translate("vitae", "The data could not be compressed."));

    const QrEncodeOptions encodeOptions{options.ecc, options.maxVersion};
    if (!options.alwaysFrames) {
        const QString single = QLatin1String(kSinglePrefix) + QString::fromLatin1(base45Encode(stream));
        if (QrEncoder::fits(single, encodeOptions))
            return QStringList{single};
    }

    const qsizetype maxChunk = frameCapacity(options.ecc, options.maxVersion) - kFrameHeaderBytes;
    if (maxChunk < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("vitae", "QR version %1 is too small to carry a Vitae QR frame.").arg(options.maxVersion));
    // Equal chunks (the last may be shorter): n frames, then the chunk size
    // that n frames need, which is never larger than maxChunk.
    const qsizetype n = (stream.size() + maxChunk - 1) / maxChunk;
    if (n > kMaxDataFrames)
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "The data needs more QR frames than a sequence may have."));

    QrFrame frame;
    frame.messageId = options.messageId.size() == kMessageIdBytes ? options.messageId
                                                                   : crypto::randomBytes(kMessageIdBytes);
    frame.dataFrames = int(n);
    frame.groupSize = options.groupSize;
    frame.streamBytes = stream.size();
    frame.checksum = crypto::sha256(stream).left(kChecksumBytes);
    const qsizetype chunk = frame.chunkBytes();

    QStringList texts;
    QByteArray parity(chunk, '\0');
    for (int i = 0; i < n; ++i) {
        frame.kind = QrFrame::Kind::Data;
        frame.index = i;
        frame.chunk = stream.mid(qsizetype(i) * chunk, frame.dataChunkBytes(i));
        texts.append(frame.toText());
        if (options.groupSize == 0)
            continue;
        // Shorter chunks count as if padded with zeroes.
        parity = xorInto(parity, frame.chunk);
        if ((i + 1) % options.groupSize == 0 || i + 1 == n) {
            frame.kind = QrFrame::Kind::Parity;
            frame.index = i / options.groupSize;
            frame.chunk = parity;
            texts.append(frame.toText());
            parity.fill('\0');
        }
    }
    return texts;
}

Result<QByteArray> inflatePayload(QByteArrayView stream)
{
    const Inflated inflated = inflateCapped(stream, kMaxPayloadBytes);
    switch (inflated.status) {
    case InflateStatus::Ok: return inflated.bytes;
    case InflateStatus::TooLarge:
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The Vitae QR payload is larger than %1 MB, the most Vitae accepts.")
                                 .arg(kMaxPayloadBytes / (1024 * 1024)));
    case InflateStatus::Truncated:
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The Vitae QR payload is truncated."));
    case InflateStatus::Damaged:
    case InflateStatus::TrailingData: break;
    }
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The Vitae QR payload is corrupt and cannot be decompressed."));
}

Result<QByteArray> decodeSinglePayload(const QString &text)
{
    const QrPrefix prefix = parsePrefix(text);
    if (!prefix.vitae)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "This QR code is not a Vitae QR code."));
    if (prefix.version != kQrFormatVersion)
        return unsupportedVersion(prefix.version);
    if (prefix.frame)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "This QR code is one frame of a sequence; scan all of its frames."));
    const QString body = text.sliced(prefix.bodyStart);
    if (body.size() > base45Length(kMaxStreamBytes))
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "The Vitae QR code is larger than Vitae accepts."));
    const QByteArray latin1 = body.toLatin1();
    Result<QByteArray> stream = base45Decode(latin1);
    if (!stream) {
        // Whole groups that decode, followed by a bad tail: cut short.
        const bool truncated = latin1.size() % 3 != 0 && base45Decode(latin1.first(latin1.size() - latin1.size() % 3)).ok();
        return makeError(ErrorCode::InvalidInput,
                         truncated ? QCoreApplication::translate("vitae", "The Vitae QR payload is truncated.")
                                   : QCoreApplication::translate("vitae", "The Vitae QR payload is corrupt (it is not valid Base45)."));
    }
    return inflatePayload(*stream);
}

bool isVitaeQrText(QStringView text)
{
    return parsePrefix(text).vitae;
}

} // namespace vitae::qr
