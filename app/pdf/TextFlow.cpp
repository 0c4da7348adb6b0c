#include "pdf/TextFlow.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>

namespace vitae::pdf {

namespace {

constexpr qreal kFooterPoints = 30;      // reserved at the bottom of a page
constexpr qreal kRunningHeadPoints = 26; // reserved at the top of a continued page

} // namespace

QFont exportFont(qreal points, QFont::Weight weight)
{
    QFont font;
    // Per script, Qt takes the first family that has the glyphs.
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Naskh Arabic"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(points);
    font.setWeight(weight);
    // Qt turns ligatures off when letter spacing is set (not for scripts
    // that need them, like Arabic). Without this, "fi" becomes U+FB01 in the
    // PDF and copying or searching "Certificate" fails. 1/32 of a device
    // unit is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 32);
    return font;
}

QFont exportMonoFont(qreal points)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono")});
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(points);
    return font;
}

TextFlow::TextFlow(QPdfWriter &writer, QPainter &painter)
    : m_writer(writer), m_painter(painter), m_dpi(writer.resolution()),
      m_area(0, 0, writer.width(), writer.height())
{
}

qreal TextFlow::contentBottom() const
{
    return m_area.bottom() - pt(kFooterPoints);
}

void TextFlow::newPage(bool continued)
{
    if (m_page > 0)
        m_writer.newPage();
    ++m_page;
    m_floatWidth = 0;
    m_floatBottom = 0;
    m_y = m_area.top();
    startPage();
    if (continued && !m_runningHead.isEmpty()) {
        m_painter.setFont(exportFont(8));
        m_painter.setPen(QColor(0x55, 0x5b, 0x66));
        const QRectF head(m_area.left(), m_area.top(), m_area.width(), pt(12));
        const QString text = m_painter.fontMetrics().elidedText(m_runningHead, Qt::ElideRight, int(head.width()));
        m_painter.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += pt(kRunningHeadPoints);
    }
}

// The footer: a thin rule, the footer text and the page number.
void TextFlow::startPage()
{
    const qreal top = m_area.bottom() - pt(12);
    m_painter.setPen(QPen(QColor(0xc8, 0xcc, 0xd2), pt(0.5)));
    m_painter.drawLine(QPointF(m_area.left(), top - pt(4)), QPointF(m_area.right(), top - pt(4)));
    m_painter.setFont(exportFont(8));
    m_painter.setPen(QColor(0x55, 0x5b, 0x66));
    const QRectF line(m_area.left(), top, m_area.width(), pt(12));
    const QString page = QStringLiteral("Page %1").arg(m_page);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, page);
    const int room = int(m_area.width() - m_painter.fontMetrics().horizontalAdvance(page) - pt(12));
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                       m_painter.fontMetrics().elidedText(m_footer, Qt::ElideRight, room));
}

void TextFlow::ensureSpace(qreal height)
{
    if (m_page == 0 || m_y + height > contentBottom())
        newPage(true);
}

void TextFlow::setRightFloat(qreal width, qreal bottom)
{
    m_floatWidth = width;
    m_floatBottom = bottom;
}

qreal TextFlow::lineHeight(const ParagraphStyle &style) const
{
    return QFontMetricsF(style.font, &m_writer).height() * style.lineSpacing;
}

void TextFlow::paragraph(const QString &text, const ParagraphStyle &style)
{
    if (m_page == 0)
        newPage();
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0) // a little air between paragraphs of one text
            m_y += lineHeight(style) * 0.3;
        if (!paragraphs.at(i).trimmed().isEmpty())
            drawOneParagraph(paragraphs.at(i), style);
    }
    m_y += style.spaceAfter;
}

// Two passes: lay out every line first, deciding where pages break (a line's
// width depends on where it lands: beside the QR code or not), then draw
// them, turning pages where the first pass decided to.
void TextFlow::drawOneParagraph(const QString &text, const ParagraphStyle &style)
{
    const bool rtl = text.isRightToLeft();
    QTextLayout layout(text, style.font, &m_writer);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft));
    layout.setTextOption(option);

    const qreal continuedTop = m_area.top() + (m_runningHead.isEmpty() ? 0 : pt(kRunningHeadPoints));
    qreal y = m_y;
    qreal floatBottom = m_floatBottom;
    auto widthAt = [&](qreal atY) {
        const qreal width = m_area.width() - style.indent - (atY < floatBottom ? m_floatWidth : 0);
        return std::max(width, pt(72));
    };
    QList<bool> breakBefore;

    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(widthAt(y));
        const bool atTop = y <= continuedTop;
        const bool breaks = !atTop && y + line.height() > contentBottom();
        if (breaks) {
            y = continuedTop;
            floatBottom = 0;
            line.setLineWidth(widthAt(y));
        }
        const qreal x = rtl ? m_area.left() : m_area.left() + style.indent;
        line.setPosition(QPointF(x, y));
        breakBefore.append(breaks);
        y += line.height() * style.lineSpacing;
    }
    layout.endLayout();

    for (int i = 0; i < layout.lineCount(); ++i) {
        if (breakBefore.at(i))
            newPage(true);
        const QTextLine line = layout.lineAt(i);
        m_painter.setPen(style.color);
        if (i == 0 && style.bullet) {
            m_painter.setFont(style.font);
            const QString bullet = QStringLiteral("\u2022");
            const qreal bulletWidth = m_painter.fontMetrics().horizontalAdvance(bullet);
            const qreal bx = rtl ? m_area.right() - style.indent + style.indent * 0.35
                                 : m_area.left() + style.indent * 0.35 - bulletWidth * 0.5;
            m_painter.drawText(QPointF(bx, line.y() + line.ascent()), bullet);
        }
        line.draw(&m_painter, QPointF(0, 0));
    }
    m_y = y;
    m_floatBottom = floatBottom;
}

} // namespace vitae::pdf
