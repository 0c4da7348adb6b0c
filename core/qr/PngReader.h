// A small, strict PNG reader for scanned QR images: every byte is outside
// input. Reads non-interlaced PNG of bit depth 8 (and 1, 2, 4 for grayscale
// and palette images) in colour types 0, 2, 3, 4 and 6, and turns it into
// 8-bit luminance. Transparent pixels are laid over white, as a QR code with
// a transparent background is meant to be seen.
#pragma once

#include "common/Result.h"
#include "qr/GrayImage.h"

#include <QByteArray>

namespace vitae::qr {

struct PngLimits {
    qsizetype maxFileBytes = 64 * 1024 * 1024;
    int maxWidth = 8192;
    int maxHeight = 8192;
    // The filtered image data after inflating (rows with their filter byte).
    qsizetype maxDecompressedBytes = 128 * 1024 * 1024;
};

bool looksLikePngFile(QByteArrayView bytes);

// Errors: InvalidInput for a damaged or truncated file, Unsupported for
// interlaced and 16-bit images, LimitExceeded past a limit.
Result<GrayImage> readPngAsGray(QByteArrayView bytes, const PngLimits &limits = {});

} // namespace vitae::qr
