// An 8-bit luminance raster (0 = black, 255 = white), rows packed without
// padding. The one pixel type core/qr uses: core never links QtGui, so no
// QImage here.
#pragma once

#include <QByteArray>

namespace vitae::qr {

struct GrayImage {
    int width = 0;
    int height = 0;
    QByteArray pixels; // width * height bytes, row by row

    GrayImage() = default;
    GrayImage(int w, int h, uchar fill = 255)
        : width(w), height(h), pixels(qsizetype(w) * h, char(fill))
    {
    }

    bool isNull() const { return width <= 0 || height <= 0; }
    uchar at(int x, int y) const { return uchar(pixels[qsizetype(y) * width + x]); }
    void set(int x, int y, uchar value) { pixels[qsizetype(y) * width + x] = char(value); }
    const uchar *row(int y) const { return reinterpret_cast<const uchar *>(pixels.constData()) + qsizetype(y) * width; }
};

} // namespace vitae::qr
