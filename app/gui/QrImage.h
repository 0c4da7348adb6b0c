// A QR code as an image: one pixel per module, black on white, with the
// four-module quiet zone. QrCodeItem scales it by whole pixels.
#pragma once

#include "common/Result.h"

#include <QImage>
#include <QString>

namespace vitae::gui {

// Errors: LimitExceeded when the text does not fit in one code.
Result<QImage> renderQr(const QString &text);

} // namespace vitae::gui
