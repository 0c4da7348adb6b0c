#include "gui/QrCodeItem.h"

#include <QPainter>
#include <QQuickWindow>

namespace vitae::gui {

namespace {
constexpr int kQuietZone = 4; // modules, as renderQr draws them
} // namespace

QrCodeItem::QrCodeItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setOpaquePainting(false);
}

void QrCodeItem::setImage(const QImage &image)
{
    m_image = image;
    emit imageChanged();
    update();
}

void QrCodeItem::setWhiteSurround(bool white)
{
    if (m_whiteSurround == white)
        return;
    m_whiteSurround = white;
    emit whiteSurroundChanged();
    update();
}

void QrCodeItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    update(); // the module size depends on the size
}

void QrCodeItem::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    // Whole device pixels per module; the quiet zone is in the image.
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const int side = int(std::min(width(), height()) * dpr);
    // On a white surround the quiet zone may run past the item's edge
    // (it is white either way), leaving larger modules for the code itself.
    const int fitted = m_whiteSurround ? m_image.width() - 2 * kQuietZone : m_image.width();
    const int scale = std::max(1, side / fitted);
    const qreal drawn = qreal(scale * m_image.width()) / dpr;
    const QRectF target((width() - drawn) / 2, (height() - drawn) / 2, drawn, drawn);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(target, m_image);
}

} // namespace vitae::gui
