// Text -> QR module matrix (QR-Code-generator) -> crisp grayscale raster.
#pragma once

#include "common/Result.h"
#include "qr/GrayImage.h"
#include "qr/QrMatrix.h"

#include <QList>
#include <QStringList>

namespace vitae::qr {

struct QrEncodeOptions {
    QrEcc ecc = QrEcc::Medium;
    int maxVersion = 40;
    int mask = -1; // 0..7, or -1 to choose the best by the standard's penalty rules
};

class QrEncoder {
public:
    // Text made only of the QR alphanumeric alphabet (as Base45 and our
    // prefixes are) is encoded in alphanumeric mode; anything else in the
    // smallest mix of modes QR-Code-generator finds. The ECC level is never
    // raised above the one asked for, so frames look alike.
    // LimitExceeded when the text does not fit options.maxVersion.
    static Result<QrMatrix> encode(const QString &text, const QrEncodeOptions &options = {});

    // The frames of a sequence: the first picks its mask by the penalty
    // rules and the others reuse it. Choosing a mask is most of the cost of
    // a code (8 trial drawings), and frames carry compressed, Base45-encoded
    // data that every mask breaks up alike.
    static Result<QList<QrMatrix>> encodeSequence(const QStringList &texts, const QrEncodeOptions &options = {});

    // Whether the text fits one code of options.maxVersion, without drawing it.
    static bool fits(const QString &text, const QrEncodeOptions &options = {});

    // Each module becomes scale x scale pixels (black on white), with a
    // quiet zone of `quietZone` modules all round. scale is 1..32,
    // quietZone 0..16 (values outside are clamped).
    static GrayImage raster(const QrMatrix &matrix, int scale = 4, int quietZone = 4);
};

} // namespace vitae::qr
