// Draws a QR image (from renderQr) as large as fits, each module a whole
// number of pixels so the code stays crisp for cameras.
#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace vitae::gui {

class QrCodeItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QImage image READ image WRITE setImage NOTIFY imageChanged)
    // True when everything around the item is white too.
    Q_PROPERTY(bool whiteSurround READ whiteSurround WRITE setWhiteSurround NOTIFY whiteSurroundChanged)
public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QImage image() const { return m_image; }
    void setImage(const QImage &image);
    bool whiteSurround() const { return m_whiteSurround; }
    void setWhiteSurround(bool white);
    void paint(QPainter *painter) override;

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

signals:
    void imageChanged();
    void whiteSurroundChanged();

private:
    QImage m_image;
    bool m_whiteSurround = false;
};

} // namespace vitae::gui
