// Every length is checked against what is left before it is used, sizes are
// capped before allocating, and image data is inflated with a cap equal to
// the exact size the header implies.
#include "qr/PngReader.h"

#include "qr/Zlib.h"

#include <QList>
#include <QCoreApplication>

#include <array>
#include <cstdlib>

namespace vitae::qr {

namespace {

constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
constexpr qsizetype kSignatureSize = 8;
constexpr quint32 kMaxChunkLength = 0x7fffffff; // PNG: at most 2^31 - 1

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Error truncated()
{
    return invalid(QCoreApplication::translate("vitae", "The PNG image is truncated."));
}

quint32 bigEndian32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

struct Header {
    quint32 width = 0;
    quint32 height = 0;
    int depth = 0;
    int colourType = 0;
    int channels = 0;
};

struct PaletteEntry {
    uchar luma = 0;
    uchar alpha = 255;
};

uchar luma(unsigned r, unsigned g, unsigned b)
{
    // ITU-R BT.601 weights, the usual ones for "how bright is this".
    return uchar((299 * r + 587 * g + 114 * b + 500) / 1000);
}

// Lays a pixel of the given opacity over a white background.
uchar overWhite(unsigned value, unsigned alpha)
{
    return uchar((value * alpha + 255 * (255 - alpha) + 127) / 255);
}

Result<Header> parseHeader(QByteArrayView data, const PngLimits &limits)
{
    if (data.size() != 13)
        return invalid(QCoreApplication::translate("vitae", "The PNG image header (IHDR) has the wrong size."));
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    Header header;
    header.width = bigEndian32(p);
    header.height = bigEndian32(p + 4);
    header.depth = p[8];
    header.colourType = p[9];
    if (header.width == 0 || header.height == 0 || header.width > kMaxChunkLength || header.height > kMaxChunkLength)
        return invalid(QCoreApplication::translate("vitae", "The PNG image has an impossible size."));
    if (header.width > quint32(limits.maxWidth) || header.height > quint32(limits.maxHeight))
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The PNG image is %1 x %2 pixels; Vitae reads images up to %3 x %4.")
                                 .arg(header.width).arg(header.height).arg(limits.maxWidth).arg(limits.maxHeight));
    if (p[10] != 0 || p[11] != 0)
        return invalid(QCoreApplication::translate("vitae", "The PNG image uses an unknown compression or filter method."));
    if (p[12] == 1)
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("vitae", "Interlaced PNG images are not supported; save the image without interlacing."));
    if (p[12] != 0)
        return invalid(QCoreApplication::translate("vitae", "The PNG image uses an unknown interlace method."));

    const int d = header.depth;
    const bool lowDepth = d == 1 || d == 2 || d == 4;
    switch (header.colourType) {
    case 0: header.channels = 1; break;
    case 2: header.channels = 3; break;
    case 3: header.channels = 1; break;
    case 4: header.channels = 2; break;
    case 6: header.channels = 4; break;
    default: return invalid(QCoreApplication::translate("vitae", "The PNG image has an unknown colour type."));
    }
    if (d == 16 && header.colourType != 3)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("16-bit PNG images are not supported; save the image with 8 bits per channel."));
    const bool lowAllowed = header.colourType == 0 || header.colourType == 3;
    if (!(d == 8 || (lowDepth && lowAllowed)))
        return invalid(QCoreApplication::translate("vitae", "The PNG image has a bit depth its colour type does not allow."));
    return header;
}

// The Paeth predictor of the PNG specification (section 9.4).
uchar paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a);
    const int pb = std::abs(p - b);
    const int pc = std::abs(p - c);
    if (pa <= pb && pa <= pc)
        return uchar(a);
    return pb <= pc ? uchar(b) : uchar(c);
}

// Undoes the per-row filters in place; `raw` holds rows of 1 + rowBytes.
Status unfilter(QByteArray &raw, qsizetype rowBytes, quint32 height, int bytesPerPixel)
{
    auto *data = reinterpret_cast<uchar *>(raw.data());
    const uchar *previous = nullptr;
    for (quint32 y = 0; y < height; ++y) {
        uchar *row = data + qsizetype(y) * (rowBytes + 1);
        const int filter = row[0];
        uchar *cur = row + 1;
        for (qsizetype i = 0; i < rowBytes; ++i) {
            const int a = i >= bytesPerPixel ? cur[i - bytesPerPixel] : 0;
            const int b = previous ? previous[i] : 0;
            const int c = previous && i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
            switch (filter) {
            case 0: break;
            case 1: cur[i] = uchar(cur[i] + a); break;
            case 2: cur[i] = uchar(cur[i] + b); break;
            case 3: cur[i] = uchar(cur[i] + ((a + b) >> 1)); break;
            case 4: cur[i] = uchar(cur[i] + paeth(a, b, c)); break;
            default: return invalid(QCoreApplication::translate("vitae", "The PNG image data uses an unknown row filter."));
            }
        }
        previous = cur;
    }
    return {};
}

Result<GrayImage> toGray(const QByteArray &raw, const Header &h, qsizetype rowBytes,
                         const QList<PaletteEntry> &palette)
{
    GrayImage image(int(h.width), int(h.height));
    const unsigned maxSample = (1u << h.depth) - 1;
    for (quint32 y = 0; y < h.height; ++y) {
        const auto *row = reinterpret_cast<const uchar *>(raw.constData()) + qsizetype(y) * (rowBytes + 1) + 1;
        for (quint32 x = 0; x < h.width; ++x) {
            uchar value = 0;
            if (h.depth < 8) {
                const quint64 bit = quint64(x) * unsigned(h.depth);
                const int shift = 8 - h.depth - int(bit % 8);
                const unsigned sample = (row[bit / 8] >> shift) & maxSample;
                if (h.colourType == 0) {
                    value = uchar(sample * 255 / maxSample);
                } else {
                    if (sample >= unsigned(palette.size()))
                        return invalid(QCoreApplication::translate("vitae", "The PNG image uses a colour missing from its palette."));
                    value = overWhite(palette[sample].luma, palette[sample].alpha);
                }
            } else {
                const uchar *px = row + qsizetype(x) * h.channels;
                switch (h.colourType) {
                case 0: value = px[0]; break;
                case 2: value = luma(px[0], px[1], px[2]); break;
                case 3:
                    if (px[0] >= unsigned(palette.size()))
                        return invalid(QCoreApplication::translate("vitae", "The PNG image uses a colour missing from its palette."));
                    value = overWhite(palette[px[0]].luma, palette[px[0]].alpha);
                    break;
                case 4: value = overWhite(px[0], px[1]); break;
                case 6: value = overWhite(luma(px[0], px[1], px[2]), px[3]); break;
                }
            }
            image.set(int(x), int(y), value);
        }
    }
    return image;
}

} // namespace

bool looksLikePngFile(QByteArrayView bytes)
{
    return bytes.startsWith(QByteArrayView(kSignature, kSignatureSize));
}

Result<GrayImage> readPngAsGray(QByteArrayView bytes, const PngLimits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The image file is larger than %1 MB, the most Vitae reads.")
                                 .arg(limits.maxFileBytes / (1024 * 1024)));
    if (!looksLikePngFile(bytes))
        return invalid(QCoreApplication::translate("vitae", "The file is not a PNG image."));

    std::optional<Header> header;
    QList<PaletteEntry> palette;
    QByteArray compressed;
    bool idatSeen = false;
    bool idatEnded = false;
    bool endSeen = false;
    qsizetype pos = kSignatureSize;
    while (!endSeen) {
        if (bytes.size() - pos < 12)
            return truncated();
        const auto *p = reinterpret_cast<const uchar *>(bytes.data()) + pos;
        const quint32 length = bigEndian32(p);
        if (length > kMaxChunkLength)
            return invalid(QCoreApplication::translate("vitae", "The PNG image has a chunk with an impossible length."));
        if (qsizetype(length) > bytes.size() - pos - 12)
            return truncated();
        const QByteArrayView type = bytes.sliced(pos + 4, 4);
        const QByteArrayView data = bytes.sliced(pos + 8, length);
        for (char c : type) {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
                return invalid(QCoreApplication::translate("vitae", "The PNG image is damaged: a chunk has an invalid name."));
        }
        if (crc32Of(bytes.sliced(pos + 4, 4 + length)) != bigEndian32(p + 8 + length))
            return invalid(QCoreApplication::translate("vitae", "The PNG image is damaged: a chunk's checksum (CRC) does not match."));
        pos += 12 + qsizetype(length);

        if (!header && type != "IHDR")
            return invalid(QCoreApplication::translate("vitae", "The PNG image does not start with its header (IHDR)."));
        if (idatSeen && type != "IDAT")
            idatEnded = true;
        if (type == "IHDR") {
            if (header)
                return invalid(QCoreApplication::translate("vitae", "The PNG image has two headers (IHDR)."));
            Result<Header> parsed = parseHeader(data, limits);
            if (!parsed)
                return parsed.error();
            header = *parsed;
        } else if (type == "PLTE") {
            if (idatSeen || !palette.isEmpty() || length % 3 != 0 || length == 0 || length > 3 * 256)
                return invalid(QCoreApplication::translate("vitae", "The PNG image has a malformed palette (PLTE)."));
            for (quint32 i = 0; i < length; i += 3)
                palette.append({luma(uchar(data[i]), uchar(data[i + 1]), uchar(data[i + 2])), 255});
        } else if (type == "tRNS") {
            // Only palette transparency matters for QR images; the single
            // transparent colour of grayscale/RGB images is ignored.
            if (header->colourType == 3) {
                if (palette.isEmpty() || length > quint32(palette.size()))
                    return invalid(QCoreApplication::translate("vitae", "The PNG image has malformed transparency (tRNS)."));
                for (quint32 i = 0; i < length; ++i)
                    palette[i].alpha = uchar(data[i]);
            }
        } else if (type == "IDAT") {
            if (idatEnded)
                return invalid(QCoreApplication::translate("vitae", "The PNG image data (IDAT) is split by other chunks."));
            idatSeen = true;
            compressed.append(data);
        } else if (type == "IEND") {
            endSeen = true; // bytes after IEND are ignored, as other readers do
        } else if (type[0] >= 'A' && type[0] <= 'Z') {
            // Upper-case first letter: a critical chunk we cannot skip.
            return makeError(ErrorCode::Unsupported,
                             QCoreApplication::translate("vitae", "The PNG image needs a feature Vitae does not read (chunk %1).")
                                     .arg(QString::fromLatin1(type)));
        }
    }
    if (!idatSeen)
        return invalid(QCoreApplication::translate("vitae", "The PNG image has no image data (IDAT)."));
    if (header->colourType == 3 && palette.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The PNG image has no palette (PLTE) for its palette colours."));

    const quint64 rowBytes = (quint64(header->width) * quint64(header->channels * header->depth) + 7) / 8;
    const quint64 rawSize = quint64(header->height) * (rowBytes + 1);
    if (rawSize > quint64(limits.maxDecompressedBytes))
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The PNG image is too large to read (%1 x %2 pixels).")
                                 .arg(header->width).arg(header->height));
    const Inflated inflated = inflateCapped(compressed, qsizetype(rawSize));
    switch (inflated.status) {
    case InflateStatus::Ok: break;
    case InflateStatus::Truncated: return truncated();
    case InflateStatus::TooLarge:
    case InflateStatus::TrailingData:
        return invalid(QCoreApplication::translate("vitae", "The PNG image holds more image data than its size allows."));
    case InflateStatus::Damaged:
        return invalid(QCoreApplication::translate("vitae", "The PNG image data is damaged and cannot be decompressed."));
    }
    if (quint64(inflated.bytes.size()) != rawSize)
        return invalid(QCoreApplication::translate("vitae", "The PNG image data ends before its last row."));

    QByteArray raw = inflated.bytes;
    const int bytesPerPixel = std::max(1, header->channels * header->depth / 8);
    if (Status status = unfilter(raw, qsizetype(rowBytes), header->height, bytesPerPixel); !status)
        return status.error();
    return toGray(raw, *header, qsizetype(rowBytes), palette);
}

} // namespace vitae::qr
