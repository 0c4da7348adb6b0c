// A "photo" of a QR code for tests and benchmarks: the code at a
// non-integer scale, slightly rotated, on a sheet of paper over a darker
// textured background, lit unevenly, blurred a little and noisy.
#pragma once

#include "qr/GrayImage.h"
#include "qr/QrMatrix.h"

namespace vitae::test {

struct PhotoOptions {
    int width = 1920;
    int height = 1080;
    double modulePixels = 6.37; // the size of one module in the photo
    double angleDegrees = 4.0;
    double noise = 8.0; // standard deviation, in grey levels
    unsigned seed = 1;
};

qr::GrayImage photographQr(const qr::QrMatrix &matrix, const PhotoOptions &options = {});

} // namespace vitae::test
