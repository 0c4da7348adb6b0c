// A QR code's modules, as QR-Code-generator drew them, kept free of that
// library's types so callers need not include it.
#pragma once

#include <QByteArray>

namespace vitae::qr {

enum class QrEcc { Low, Medium, Quartile, High };

struct QrMatrix {
    int version = 0; // 1..40
    int size = 0;    // modules per side: 17 + 4 * version
    QrEcc ecc = QrEcc::Medium;
    int mask = 0;       // 0..7
    QByteArray modules; // size * size bytes, 1 = dark

    bool dark(int x, int y) const { return modules[qsizetype(y) * size + x] != 0; }
};

} // namespace vitae::qr
