// Finds and decodes every QR code in an 8-bit luminance image (ZXing-C++).
#pragma once

#include "common/Result.h"
#include "qr/GrayImage.h"

#include <QStringList>

namespace vitae::qr {

class QrDecoder {
public:
    // `pixels` holds `height` rows of `stride` bytes, the first `width` of
    // each being luminance. Returns the text of each distinct code found, in
    // the order ZXing found them; NotFound with "No QR code was found in
    // this image." when there is none.
    static Result<QStringList> decode(QByteArrayView pixels, int width, int height, int stride);
    static Result<QStringList> decode(const GrayImage &image);
};

} // namespace vitae::qr
