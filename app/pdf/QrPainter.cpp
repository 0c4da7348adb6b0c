#include "pdf/QrPainter.h"

#include <QPainter>

#include <qrcodegen.hpp>

namespace vitae::pdf {

Result<QrShape> makeQrShape(const QString &text, int quietZone)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains('\0'))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("A QR payload cannot contain a NUL character."));
    try {
        const auto code = qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
        QrShape shape;
        const int size = code.getSize();
        shape.modules = size + 2 * quietZone;
        shape.dark.setFillRule(Qt::WindingFill);
        // One rectangle per horizontal run of dark modules: fewer drawing
        // operations in the PDF than one per module.
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size;) {
                if (!code.getModule(x, y)) {
                    ++x;
                    continue;
                }
                int end = x;
                while (end < size && code.getModule(end, y))
                    ++end;
                shape.dark.addRect(QRectF(x + quietZone, y + quietZone, end - x, 1));
                x = end;
            }
        }
        return shape;
    } catch (const qrcodegen::data_too_long &) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("A verification code of %1 bytes is too long for a QR code.").arg(utf8.size()));
    } catch (const std::exception &) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("The verification code cannot be put in a QR code."));
    }
}

void drawQr(QPainter &painter, const QrShape &shape, const QRectF &target)
{
    if (shape.modules <= 0)
        return;
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.translate(target.topLeft());
    const qreal scale = target.width() / shape.modules;
    painter.scale(scale, scale);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(shape.dark);
    painter.restore();
}

} // namespace vitae::pdf
