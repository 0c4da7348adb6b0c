// The text(s) a presentation becomes in QR codes: the project's payload
// format (core/qr, docs/formats/vitae-qr.md), one "VITAE1:" code or an
// animated sequence of frames with parity.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QStringList>

namespace vitae::gui {

// One text per QR frame, shown in turn when there are several. Errors:
// LimitExceeded when even a sequence cannot carry the bytes.
Result<QStringList> qrFramesFor(const QByteArray &presentation);

} // namespace vitae::gui
