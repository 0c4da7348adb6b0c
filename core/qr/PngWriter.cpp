#include "qr/PngWriter.h"

#include "qr/Zlib.h"

namespace vitae::qr {

namespace {

void appendBigEndian32(QByteArray &out, quint32 value)
{
    out.append(char(value >> 24));
    out.append(char((value >> 16) & 0xff));
    out.append(char((value >> 8) & 0xff));
    out.append(char(value & 0xff));
}

void appendChunk(QByteArray &out, const char *type, QByteArrayView data)
{
    appendBigEndian32(out, quint32(data.size()));
    QByteArray typed(type, 4);
    typed.append(data);
    out.append(typed);
    appendBigEndian32(out, crc32Of(typed)); // the CRC covers type and data
}

} // namespace

QByteArray writeGrayPng(const GrayImage &image)
{
    if (image.isNull() || image.pixels.size() != qsizetype(image.width) * image.height)
        return QByteArray();
    QByteArray header;
    appendBigEndian32(header, quint32(image.width));
    appendBigEndian32(header, quint32(image.height));
    header.append(char(8)); // bit depth
    header.append(char(0)); // colour type: grayscale
    header.append(char(0)); // compression: deflate
    header.append(char(0)); // filter method 0
    header.append(char(0)); // not interlaced

    // Filter type 0 (None) on every row: QR rasters are long runs that
    // deflate already shrinks well.
    QByteArray raw;
    raw.reserve((qsizetype(image.width) + 1) * image.height);
    for (int y = 0; y < image.height; ++y) {
        raw.append(char(0));
        raw.append(reinterpret_cast<const char *>(image.row(y)), image.width);
    }

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", deflateZlib(raw));
    appendChunk(png, "IEND", QByteArrayView());
    return png;
}

} // namespace vitae::qr
