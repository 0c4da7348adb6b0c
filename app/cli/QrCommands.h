// vitae-cli qr (a file's bytes as Vitae QR frames, written as PNG images)
// and scan (PNG images of QR codes back to the bytes, in any order).
#pragma once

#include "cli/CliContext.h"
#include "qr/QrReassembler.h"

namespace vitae::cli {

int runQr(const CliContext &cli);
int runScan(const CliContext &cli);

// PNG images of QR codes, decoded and fed to one reassembler (frames in any
// order); QR codes that are not Vitae's are kept as text. Errors name the
// image: unreadable, not a PNG, no QR code, a damaged frame.
struct ScannedImages {
    qr::QrReassembler reassembler;
    bool vitaeSeen = false;
    int foreign = 0;
    QStringList otherTexts;
};
Result<ScannedImages> scanImages(const QStringList &paths);

} // namespace vitae::cli
