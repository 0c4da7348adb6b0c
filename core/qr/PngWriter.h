// Writes an 8-bit grayscale PNG: the format QR frames leave Vitae in.
#pragma once

#include "qr/GrayImage.h"

#include <QByteArray>

namespace vitae::qr {

// A complete PNG file (signature, IHDR, one IDAT, IEND); empty for a null image.
QByteArray writeGrayPng(const GrayImage &image);

} // namespace vitae::qr
