// zlib (RFC 1950) streams for the PNG codec and the QR payload, with a cap
// on the output so a small hostile stream never costs much memory.
#pragma once

#include <QByteArray>

namespace vitae::qr {

enum class InflateStatus { Ok, TooLarge, Damaged, Truncated, TrailingData };

struct Inflated {
    InflateStatus status = InflateStatus::Damaged;
    QByteArray bytes;
};

// Inflates one complete zlib stream; stops as soon as the output would pass
// maxOutput. Bytes after the end of the stream are reported as TrailingData.
Inflated inflateCapped(QByteArrayView compressed, qsizetype maxOutput);

// Deflates at the best compression (our inputs are small; size wins).
QByteArray deflateZlib(QByteArrayView bytes);

quint32 crc32Of(QByteArrayView bytes);

} // namespace vitae::qr
