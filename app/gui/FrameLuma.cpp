#include "gui/FrameLuma.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QVideoFrameFormat>

#include <algorithm>
#include <optional>

namespace vitae::gui {

namespace {

Error tooLarge()
{
    return makeError(ErrorCode::LimitExceeded,
                     QCoreApplication::translate("vitae", "This picture is too large to search for a QR code."));
}

// One byte of every `step` from each row of a plane, starting at `offset`.
qr::GrayImage samplePlane(const uchar *bits, int stride, int width, int height, int step, int offset, bool bottomUp)
{
    qr::GrayImage out(width, height);
    for (int y = 0; y < height; ++y) {
        const uchar *row = bits + qsizetype(bottomUp ? height - 1 - y : y) * stride + offset;
        uchar *to = reinterpret_cast<uchar *>(out.pixels.data()) + qsizetype(y) * width;
        if (step == 1)
            std::copy_n(row, width, to);
        else
            for (int x = 0; x < width; ++x)
                to[x] = row[qsizetype(x) * step];
    }
    return out;
}

// Four bytes a pixel, named in memory order (Qt 6's video formats are):
// the offsets of red, green and blue, or nothing for other formats.
struct RgbOffsets {
    int red, green, blue;
};
std::optional<RgbOffsets> rgbOffsetsOf(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    switch (format) {
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888: return RgbOffsets{1, 2, 3};
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888: return RgbOffsets{2, 1, 0};
    case F::Format_ABGR8888:
    case F::Format_XBGR8888: return RgbOffsets{3, 2, 1};
    case F::Format_RGBA8888:
    case F::Format_RGBX8888: return RgbOffsets{0, 1, 2};
    default: return std::nullopt;
    }
}

// Camera frames are opaque: alpha is not looked at. Rec. 601 weights.
qr::GrayImage lumaOfRgb(const uchar *bits, int stride, int width, int height, RgbOffsets at, bool bottomUp)
{
    qr::GrayImage out(width, height);
    for (int y = 0; y < height; ++y) {
        const uchar *row = bits + qsizetype(bottomUp ? height - 1 - y : y) * stride;
        uchar *to = reinterpret_cast<uchar *>(out.pixels.data()) + qsizetype(y) * width;
        for (int x = 0; x < width; ++x) {
            const uchar *pixel = row + qsizetype(x) * 4;
            to[x] = uchar((77 * pixel[at.red] + 150 * pixel[at.green] + 29 * pixel[at.blue]) >> 8);
        }
    }
    return out;
}

} // namespace

Result<qr::GrayImage> lumaOf(const QImage &image)
{
    if (image.isNull())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The picture is empty or cannot be read."));
    if (qint64(image.width()) * image.height() > kMaxScanPixels)
        return tooLarge();
    // Transparent pixels over white, as a code with a transparent background is meant to be seen.
    QImage flat = image;
    if (flat.hasAlphaChannel()) {
        flat = QImage(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QImage premultiplied = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < flat.height(); ++y) {
            const QRgb *from = reinterpret_cast<const QRgb *>(premultiplied.constScanLine(y));
            QRgb *to = reinterpret_cast<QRgb *>(flat.scanLine(y));
            for (int x = 0; x < flat.width(); ++x) {
                const int inverse = 255 - qAlpha(from[x]);
                to[x] = qRgb(qRed(from[x]) + inverse, qGreen(from[x]) + inverse, qBlue(from[x]) + inverse);
            }
        }
    }
    const QImage gray = flat.convertToFormat(QImage::Format_Grayscale8);
    return samplePlane(gray.constBits(), int(gray.bytesPerLine()), gray.width(), gray.height(), 1, 0, false);
}

Result<qr::GrayImage> lumaOf(const QVideoFrame &input)
{
    QVideoFrame frame = input; // shares the buffer; mapping needs a non-const frame
    if (!frame.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The camera gave an empty frame."));
    const int width = frame.width();
    const int height = frame.height();
    if (qint64(width) * height > kMaxScanPixels)
        return tooLarge();
    if (!frame.map(QVideoFrame::ReadOnly))
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "The camera's frames cannot be read."));
    const auto unmap = qScopeGuard([&frame] { frame.unmap(); });
    const bool bottomUp = frame.surfaceFormat().scanLineDirection() == QVideoFrameFormat::BottomToTop;
    const uchar *bits = frame.bits(0);
    const int stride = frame.bytesPerLine(0);
    // Each format's plane 0 must hold what its layout says, or it is not read.
    auto planeHolds = [&](int bytesPerPixel) {
        return bits && stride >= width * bytesPerPixel && qint64(stride) * height <= frame.mappedBytes(0);
    };
    using F = QVideoFrameFormat;
    switch (frame.pixelFormat()) {
    case F::Format_Y8:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
        if (!planeHolds(1))
            break;
        return samplePlane(bits, stride, width, height, 1, 0, bottomUp);
    case F::Format_Y16:
    case F::Format_P010:
    case F::Format_P016:
    case F::Format_YUV420P10: // 16-bit little-endian samples: the high byte
        if (!planeHolds(2))
            break;
        return samplePlane(bits, stride, width, height, 2, 1, bottomUp);
    case F::Format_YUYV:
        if (!planeHolds(2))
            break;
        return samplePlane(bits, stride, width, height, 2, 0, bottomUp);
    case F::Format_UYVY:
        if (!planeHolds(2))
            break;
        return samplePlane(bits, stride, width, height, 2, 1, bottomUp);
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied:
        if (!planeHolds(4))
            break;
        return samplePlane(bits, stride, width, height, 4, 1, bottomUp);
    case F::Format_Jpeg: // many webcams send MJPEG
        return lumaOf(QImage::fromData(QByteArrayView(bits, frame.mappedBytes(0))));
    default:
        if (const std::optional<RgbOffsets> rgb = rgbOffsetsOf(frame.pixelFormat()); rgb && planeHolds(4))
            return lumaOfRgb(bits, stride, width, height, *rgb, bottomUp);
        break;
    }
    return makeError(ErrorCode::Unsupported,
                     QCoreApplication::translate("vitae", "The camera's picture format cannot be read for QR codes."));
}

} // namespace vitae::gui
