#include "gui/QrImage.h"

#include "qr/QrEncoder.h"

namespace vitae::gui {

Result<QImage> renderQr(const QString &text)
{
    // Low error correction: a code on a clean screen needs little, and
    // fewer modules mean larger ones for the camera.
    qr::QrEncodeOptions options;
    options.ecc = qr::QrEcc::Low;
    Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(text, options);
    if (!matrix)
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("too large for one QR code"));
    const qr::GrayImage raster = qr::QrEncoder::raster(*matrix, 1, 4);
    QImage image(raster.width, raster.height, QImage::Format_Grayscale8);
    for (int y = 0; y < raster.height; ++y)
        std::copy_n(raster.pixels.constData() + qsizetype(y) * raster.width, raster.width, image.scanLine(y));
    return image;
}

} // namespace vitae::gui
