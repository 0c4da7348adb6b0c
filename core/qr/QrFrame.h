// One code of a Vitae QR sequence ("VITAE1F:" + Base45 of a 22-byte header
// and a chunk). docs/formats/vitae-qr.md is the reference; this is the code.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace vitae::qr {

// Format facts shared by the encoder and the reassembler.
inline constexpr int kQrFormatVersion = 1;
inline constexpr char kSinglePrefix[] = "VITAE1:";
inline constexpr char kFramePrefix[] = "VITAE1F:";
inline constexpr qsizetype kFrameHeaderBytes = 22;
inline constexpr qsizetype kMessageIdBytes = 4;
inline constexpr qsizetype kChecksumBytes = 8;
inline constexpr qsizetype kMaxPayloadBytes = 4 * 1024 * 1024;          // after inflating
inline constexpr qsizetype kMaxStreamBytes = kMaxPayloadBytes + 64 * 1024; // the zlib stream
inline constexpr int kMaxDataFrames = 65535;
inline constexpr int kMaxGroupSize = 32;

struct QrFrame {
    enum class Kind : quint8 { Data = 0, Parity = 1 };

    Kind kind = Kind::Data;
    QByteArray messageId;   // kMessageIdBytes random bytes naming the sequence
    int index = 0;          // data: 0..dataFrames-1; parity: the group number
    int dataFrames = 0;     // n
    int groupSize = 0;      // g data frames per parity frame; 0 = no parity
    qint64 streamBytes = 0; // length of the whole zlib stream
    QByteArray checksum;    // first kChecksumBytes of SHA-256 of the stream
    QByteArray chunk;

    // Every data chunk has this length except a shorter last one; parity
    // chunks always have it.
    qsizetype chunkBytes() const { return qsizetype((streamBytes + dataFrames - 1) / dataFrames); }
    qsizetype dataChunkBytes(int dataIndex) const;
    int groupCount() const { return groupSize > 0 ? (dataFrames + groupSize - 1) / groupSize : 0; }
    // Whether two frames claim the same sequence (everything but the chunk).
    bool sameSequence(const QrFrame &other) const;

    QString toText() const;
    // Parses "VITAE1F:..." text; checks every field against the others.
    static Result<QrFrame> parse(QStringView text);
};

// What the prefix of a decoded QR text says.
struct QrPrefix {
    bool vitae = false;  // "VITAE<digits>:" or "VITAE<digits>F:"
    int version = 0;
    bool frame = false;  // a frame of a sequence rather than a single code
    qsizetype bodyStart = 0;
};
QrPrefix parsePrefix(QStringView text);

// The error for a Vitae QR text of a version this build does not read.
Error unsupportedVersion(int version);

} // namespace vitae::qr
