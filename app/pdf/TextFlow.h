// Puts text on PDF pages from top to bottom, one QTextLayout line at a time,
// starting a new page whenever the next line does not fit: long content
// flows on instead of being cut. Each paragraph's direction comes from its
// first strong character, so Arabic or Hebrew lines run and align right to
// left. Lengths are device units; pt() converts from points.
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPdfWriter;

namespace vitae::pdf {

struct ParagraphStyle {
    QFont font;
    QColor color = Qt::black;
    qreal spaceAfter = 0;    // device units
    qreal indent = 0;        // on the paragraph's leading side
    bool bullet = false;     // a bullet in the indent of the first line
    qreal lineSpacing = 1.2; // times the font's line height
};

class TextFlow {
public:
    TextFlow(QPdfWriter &writer, QPainter &painter);

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    // The page's printable area in device units (margins already applied).
    QRectF area() const { return m_area; }
    qreal contentBottom() const;
    qreal y() const { return m_y; }
    void addSpace(qreal height) { m_y += height; }
    int pageCount() const { return m_page; }

    // Printed small at the bottom of every page, with the page number.
    void setFooter(const QString &text) { m_footer = text; }
    // Printed at the top of pages a flow continues onto ("Title, continued").
    void setRunningHead(const QString &text) { m_runningHead = text; }

    // A new page; `continued` prints the running head at its top.
    void newPage(bool continued = false);
    // Starts a continued page unless `height` fits below the current y.
    void ensureSpace(qreal height);
    // Lines above `bottom` on this page stay clear of `width` at the right
    // (for the QR code); cleared by the next page.
    void setRightFloat(qreal width, qreal bottom);

    // Lays out and draws text; "\n" starts a new paragraph.
    void paragraph(const QString &text, const ParagraphStyle &style);
    // Height of one line of `style` text, for ensureSpace().
    qreal lineHeight(const ParagraphStyle &style) const;

private:
    void drawOneParagraph(const QString &text, const ParagraphStyle &style);
    void startPage();

    QPdfWriter &m_writer;
    QPainter &m_painter;
    qreal m_dpi;
    QRectF m_area;
    qreal m_y = 0;
    int m_page = 0;
    qreal m_floatWidth = 0;
    qreal m_floatBottom = 0;
    QString m_footer;
    QString m_runningHead;
};

// The fonts of the export: the system's Noto Sans, falling back to DejaVu
// Sans and, for Arabic, Noto Naskh Arabic.
QFont exportFont(qreal points, QFont::Weight weight = QFont::Normal);
QFont exportMonoFont(qreal points);

} // namespace vitae::pdf
