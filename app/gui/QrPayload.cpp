#include "gui/QrPayload.h"

#include "qr/QrPayload.h"

namespace vitae::gui {

Result<QStringList> qrFramesFor(const QByteArray &presentation)
{
    return qr::encodePayload(presentation);
}

} // namespace vitae::gui
