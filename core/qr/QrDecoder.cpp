#include "qr/QrDecoder.h"

// ZXing 1.4 returns text as std::string UTF-8 only with this defined.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <QCoreApplication>

namespace vitae::qr {

Result<QStringList> QrDecoder::decode(QByteArrayView pixels, int width, int height, int stride)
{
    if (width <= 0 || height <= 0 || stride < width
        || qint64(stride) * (height - 1) + width > qint64(pixels.size()))
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "The image buffer does not match its size."));

    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    // QR finder patterns work at any angle; rotating the whole image again
    // only costs time.
    hints.setTryRotate(false);
    hints.setTryDownscale(true);
    const ZXing::ImageView view(reinterpret_cast<const uint8_t *>(pixels.data()), width, height,
                                ZXing::ImageFormat::Lum, stride);
    QStringList texts;
    try {
        for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
            if (!result.isValid())
                continue;
            const std::string text = result.text();
            const QString decoded = QString::fromUtf8(text.data(), qsizetype(text.size()));
            if (!texts.contains(decoded))
                texts.append(decoded);
        }
    } catch (const std::exception &) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The image could not be searched for QR codes."));
    }
    if (texts.isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("vitae", "No QR code was found in this image."));
    return texts;
}

Result<QStringList> QrDecoder::decode(const GrayImage &image)
{
    return decode(image.pixels, image.width, image.height, image.width);
}

} // namespace vitae::qr
