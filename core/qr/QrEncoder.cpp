#include "qr/QrEncoder.h"

#include <qrcodegen/qrcodegen.hpp>

#include <algorithm>
#include <cstring>
#include <vector>

#include <QCoreApplication>

namespace vitae::qr {

namespace {

using qrcodegen::QrCode;
using qrcodegen::QrSegment;

QrCode::Ecc toEcc(QrEcc ecc)
{
    switch (ecc) {
    case QrEcc::Low: return QrCode::Ecc::LOW;
    case QrEcc::Medium: return QrCode::Ecc::MEDIUM;
    case QrEcc::Quartile: return QrCode::Ecc::QUARTILE;
    case QrEcc::High: return QrCode::Ecc::HIGH;
    }
    return QrCode::Ecc::MEDIUM;
}

std::vector<QrSegment> segmentsFor(const QByteArray &utf8)
{
    if (QrSegment::isAlphanumeric(utf8.constData()))
        return {QrSegment::makeAlphanumeric(utf8.constData())};
    return QrSegment::makeSegments(utf8.constData());
}

} // namespace

Result<QrMatrix> QrEncoder::encode(const QString &text, const QrEncodeOptions &options)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains('\0'))
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "QR text cannot contain a NUL character."));
    const int maxVersion = std::clamp(options.maxVersion, QrCode::MIN_VERSION, QrCode::MAX_VERSION);
    try {
        const QrCode code = QrCode::encodeSegments(segmentsFor(utf8), toEcc(options.ecc), QrCode::MIN_VERSION,
                                                   maxVersion, std::clamp(options.mask, -1, 7), false);
        QrMatrix matrix;
        matrix.version = code.getVersion();
        matrix.size = code.getSize();
        matrix.ecc = options.ecc;
        matrix.mask = code.getMask();
        matrix.modules.resize(qsizetype(matrix.size) * matrix.size);
        char *modules = matrix.modules.data();
        for (int y = 0; y < matrix.size; ++y) {
            for (int x = 0; x < matrix.size; ++x)
                modules[qsizetype(y) * matrix.size + x] = code.getModule(x, y) ? 1 : 0;
        }
        return matrix;
    } catch (const qrcodegen::data_too_long &) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The text is too long for one QR code of version %1.").arg(maxVersion));
    } catch (const std::exception &) {
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "The text cannot be put in a QR code."));
    }
}

Result<QList<QrMatrix>> QrEncoder::encodeSequence(const QStringList &texts, const QrEncodeOptions &options)
{
    QList<QrMatrix> matrices;
    QrEncodeOptions next = options;
    for (const QString &text : texts) {
        Result<QrMatrix> matrix = encode(text, next);
        if (!matrix)
            return matrix.error();
        next.mask = matrix->mask;
        matrices.append(std::move(*matrix));
    }
    return matrices;
}

bool QrEncoder::fits(const QString &text, const QrEncodeOptions &options)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains('\0'))
        return false;
    const int maxVersion = std::clamp(options.maxVersion, QrCode::MIN_VERSION, QrCode::MAX_VERSION);
    const std::vector<QrSegment> segments = segmentsFor(utf8);
    // Capacity tests the bit count; a code is only drawn when this says yes.
    const int bits = QrSegment::getTotalBits(segments, maxVersion);
    if (bits < 0)
        return false;
    try {
        // Mask 0 skips the costly mask choice; only fitting matters here.
        (void)QrCode::encodeSegments(segments, toEcc(options.ecc), maxVersion, maxVersion, 0, false);
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

GrayImage QrEncoder::raster(const QrMatrix &matrix, int scale, int quietZone)
{
    scale = std::clamp(scale, 1, 32);
    quietZone = std::clamp(quietZone, 0, 16);
    const int side = (matrix.size + 2 * quietZone) * scale;
    GrayImage image(side, side, 255);
    char *pixels = image.pixels.data(); // detached once, not per pixel
    std::vector<char> line(size_t(side), char(255));
    for (int my = 0; my < matrix.size; ++my) {
        // Draw one pixel row of this module row, then repeat it `scale` times.
        std::fill(line.begin(), line.end(), char(255));
        for (int mx = 0; mx < matrix.size; ++mx) {
            if (matrix.dark(mx, my))
                std::memset(line.data() + size_t(mx + quietZone) * scale, 0, size_t(scale));
        }
        for (int k = 0; k < scale; ++k)
            std::memcpy(pixels + (qsizetype(my + quietZone) * scale + k) * side, line.data(), size_t(side));
    }
    return image;
}

} // namespace vitae::qr
