// The Vitae QR payload format (docs/formats/vitae-qr.md): bytes -> one
// "VITAE1:" code, or an animated sequence of "VITAE1F:" frames with parity.
#pragma once

#include "common/Result.h"
#include "qr/QrMatrix.h"

#include <QByteArray>
#include <QStringList>

namespace vitae::qr {

struct QrFrameOptions {
    QrEcc ecc = QrEcc::Medium;
    // The densest code we make: version 25 (117 modules) still reads at
    // screen-to-phone distance. Frames are cut to fit it too.
    int maxVersion = 25;
    // One parity frame per this many data frames (0: none), so a missed
    // frame in each group is rebuilt instead of waiting for it again.
    int groupSize = 4;
    // Make frames even when one code would do (tests, uniform animations).
    bool alwaysFrames = false;
    // Four bytes naming the sequence; random when empty (tests fix it).
    QByteArray messageId;
};

// The texts to show, in order: one code, or data frames with each group's
// parity frame after it. LimitExceeded over kMaxPayloadBytes;
// InvalidArgument when maxVersion is too small to carry any data.
Result<QStringList> encodePayload(const QByteArray &bytes, const QrFrameOptions &options = {});

// A single "VITAE1:" code back to its bytes; a named error for a frame, a
// newer version, truncated or corrupt data.
Result<QByteArray> decodeSinglePayload(const QString &text);

// Whether a decoded QR text is meant for Vitae (any format version), as
// opposed to, say, a link.
bool isVitaeQrText(QStringView text);

// The most frame bytes (header + chunk) one frame can carry at this version
// and ECC level (0 if none fit).
qsizetype frameCapacity(QrEcc ecc, int maxVersion);

// Inflates a reassembled zlib stream with the payload cap.
Result<QByteArray> inflatePayload(QByteArrayView stream);

} // namespace vitae::qr
