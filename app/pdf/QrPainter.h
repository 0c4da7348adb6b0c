// Draws a QR code with QPainter as vector squares, for print: every dark
// module is part of one filled path, so no renderer shows hairline seams
// between neighbouring modules, and the code stays crisp at any zoom.
#pragma once

#include "common/Result.h"

#include <QPainterPath>
#include <QRectF>
#include <QString>

class QPainter;

namespace vitae::pdf {

struct QrShape {
    int modules = 0;   // modules per side, quiet zone included
    QPainterPath dark; // in module units, quiet zone included
};

// Encodes `text` (UTF-8, error correction level M) with QR-Code-generator.
// InvalidArgument if it does not fit in one QR code.
Result<QrShape> makeQrShape(const QString &text, int quietZone = 4);

// Fills `target` (a square) with the code on white.
void drawQr(QPainter &painter, const QrShape &shape, const QRectF &target);

} // namespace vitae::pdf
