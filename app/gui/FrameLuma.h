// Camera frames and pictures as the 8-bit luminance core/qr decodes. Done
// by hand on the CPU for the formats cameras deliver (the Y plane of YUV
// frames is already luminance), so it runs on any thread without a GPU.
#pragma once

#include "common/Result.h"
#include "qr/GrayImage.h"

#include <QImage>
#include <QVideoFrame>

namespace vitae::gui {

// Pictures larger than this are refused rather than searched (a photo of a
// QR code needs far fewer pixels).
inline constexpr qint64 kMaxScanPixels = 40'000'000;

// Errors: InvalidInput for a frame that cannot be read, Unsupported for a
// pixel format without a CPU path (e.g. GPU textures), LimitExceeded past
// kMaxScanPixels.
Result<qr::GrayImage> lumaOf(const QVideoFrame &frame);
Result<qr::GrayImage> lumaOf(const QImage &image);

} // namespace vitae::gui
