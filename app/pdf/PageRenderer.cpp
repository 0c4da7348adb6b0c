#include "pdf/PageRenderer.h"

#include "pdf/TextFlow.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace vitae::pdf {

namespace {

const QColor kInk(0x1d, 0x23, 0x2b);
const QColor kMuted(0x55, 0x5b, 0x66);
const QColor kAccent(0x1f, 0x4e, 0x8c);
const QColor kRule(0xc8, 0xcc, 0xd2);

struct LabelColors {
    QColor fill;
    QColor text;
};

// Colour only repeats what the label's words say (readable in grey print).
LabelColors colorsFor(CardLabel label)
{
    switch (label) {
    case CardLabel::Verified: return {QColor(0xe3, 0xf4, 0xe8), QColor(0x17, 0x6b, 0x35)};
    case CardLabel::Warning: return {QColor(0xff, 0xf1, 0xd0), QColor(0x7a, 0x4f, 0x00)};
    case CardLabel::Failed: return {QColor(0xfb, 0xe3, 0xe3), QColor(0xa0, 0x1c, 0x1c)};
    case CardLabel::SelfAsserted: return {QColor(0xe8, 0xea, 0xf6), QColor(0x3b, 0x3f, 0x8f)};
    case CardLabel::StatusUnknown: return {QColor(0xec, 0xef, 0xf1), QColor(0x45, 0x5a, 0x64)};
    }
    return {Qt::white, kInk};
}

// Dates in words, in UTC, so a reader anywhere sees the same day.
QString longDate(const QDateTime &when)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(when.toUTC().date(), QStringLiteral("d MMMM yyyy"));
}

class Renderer {
public:
    Renderer(TextFlow &flow, QPainter &painter) : m_flow(flow), m_painter(painter) {}

    void cover(const PdfPortfolio &portfolio, const QDateTime &exportedAt);
    void card(const PdfCard &card, int index, int total, const QrShape &qr, const QDateTime &exportedAt);

private:
    ParagraphStyle style(qreal points, QFont::Weight weight, const QColor &color, qreal spaceAfterPoints) const
    {
        ParagraphStyle s;
        s.font = exportFont(points, weight);
        s.color = color;
        s.spaceAfter = m_flow.pt(spaceAfterPoints);
        return s;
    }
    ParagraphStyle heading() const { return style(12.5, QFont::Bold, kInk, 4); }
    ParagraphStyle body() const { return style(10.5, QFont::Normal, kInk, 6); }
    ParagraphStyle bullet() const
    {
        ParagraphStyle s = style(10, QFont::Normal, kInk, 3);
        s.indent = m_flow.pt(14);
        s.bullet = true;
        return s;
    }
    void section(const QString &title)
    {
        m_flow.addSpace(m_flow.pt(8));
        // Keep a heading with at least two lines of what follows.
        m_flow.ensureSpace(m_flow.lineHeight(heading()) + 2 * m_flow.lineHeight(body()));
        m_flow.paragraph(title, heading());
    }
    void badge(CardLabel label);
    void commandBox(const QString &command);
    void rule();

    TextFlow &m_flow;
    QPainter &m_painter;
};

void Renderer::rule()
{
    const qreal y = m_flow.y() + m_flow.pt(6);
    m_painter.setPen(QPen(kRule, m_flow.pt(0.75)));
    m_painter.drawLine(QPointF(m_flow.area().left(), y), QPointF(m_flow.area().right(), y));
    m_flow.addSpace(m_flow.pt(16));
}

// A rounded label with the verdict in words.
void Renderer::badge(CardLabel label)
{
    const LabelColors colors = colorsFor(label);
    const QFont font = exportFont(10, QFont::Bold);
    const QFontMetricsF metrics(font, m_painter.device());
    const QString text = cardLabelText(label);
    const QRectF box(m_flow.area().left(), m_flow.y(), metrics.horizontalAdvance(text) + m_flow.pt(20),
                     metrics.height() + m_flow.pt(8));
    m_painter.setPen(QPen(colors.text, m_flow.pt(0.75)));
    m_painter.setBrush(colors.fill);
    m_painter.drawRoundedRect(box, m_flow.pt(4), m_flow.pt(4));
    m_painter.setFont(font);
    m_painter.drawText(box, Qt::AlignCenter, text);
    m_painter.setBrush(Qt::NoBrush);
    m_flow.addSpace(box.height() + m_flow.pt(6));
}

void Renderer::commandBox(const QString &command)
{
    const QFont font = exportMonoFont(11);
    const QFontMetricsF metrics(font, m_painter.device());
    const qreal height = metrics.height() + m_flow.pt(14);
    m_flow.ensureSpace(height);
    const QRectF box(m_flow.area().left(), m_flow.y(), m_flow.area().width(), height);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(QColor(0xf1, 0xf3, 0xf5));
    m_painter.drawRoundedRect(box, m_flow.pt(3), m_flow.pt(3));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(kInk);
    m_painter.setFont(font);
    m_painter.drawText(box.adjusted(m_flow.pt(10), 0, -m_flow.pt(10), 0), Qt::AlignLeft | Qt::AlignVCenter, command);
    m_flow.addSpace(height + m_flow.pt(8));
}

void Renderer::cover(const PdfPortfolio &portfolio, const QDateTime &exportedAt)
{
    m_flow.setRunningHead(QStringLiteral("%1 (continued)").arg(portfolio.title));
    m_flow.newPage();
    m_painter.fillRect(QRectF(m_flow.area().left(), m_flow.y(), m_flow.pt(48), m_flow.pt(4)), kAccent);
    m_flow.addSpace(m_flow.pt(14));
    m_flow.paragraph(QStringLiteral("VERIFIABLE PORTFOLIO"), style(9, QFont::Bold, kAccent, 10));
    m_flow.paragraph(portfolio.learnerName.isEmpty() ? QStringLiteral("Unnamed learner") : portfolio.learnerName,
                     style(28, QFont::Bold, kInk, 6));
    if (!portfolio.title.isEmpty())
        m_flow.paragraph(portfolio.title, style(15, QFont::Normal, kInk, 8));
    m_flow.paragraph(QStringLiteral("Exported on %1 at %2 UTC")
                             .arg(longDate(exportedAt), exportedAt.toUTC().toString(QStringLiteral("HH:mm"))),
                     style(10, QFont::Normal, kMuted, 4));

    int counts[5] = {};
    for (const PdfCard &card : portfolio.cards)
        ++counts[int(cardLabel(card))];
    QStringList parts;
    for (CardLabel label : {CardLabel::Verified, CardLabel::Warning, CardLabel::Failed, CardLabel::SelfAsserted,
                            CardLabel::StatusUnknown}) {
        if (counts[int(label)] > 0)
            parts.append(QStringLiteral("%1 %2").arg(counts[int(label)]).arg(cardLabelText(label).toLower()));
    }
    const qsizetype n = portfolio.cards.size();
    m_flow.paragraph(QStringLiteral("%1 %2%3").arg(n).arg(n == 1 ? QStringLiteral("item") : QStringLiteral("items"),
                                                           parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", "))),
                     style(11, QFont::Normal, kInk, 4));
    rule();

    section(QStringLiteral("How to check this portfolio"));
    m_flow.paragraph(QStringLiteral("This PDF carries the signed portfolio as an attached file, vitae-bundle.json. "
                                    "Anyone can check it, offline and without asking the issuers, with Vitae:"),
                     body());
    commandBox(QStringLiteral("vitae-cli verify this.pdf"));
    m_flow.paragraph(QStringLiteral("The check confirms the learner's signature over the whole portfolio, each "
                                    "issuer's signature, whether a credential was revoked, and that no evidence file "
                                    "has changed since the export."),
                     body());
    m_flow.paragraph(QStringLiteral("The labels on the following pages show the result when the portfolio was "
                                    "exported. Printed pages can be altered; the attachment cannot be altered "
                                    "without the check noticing, so it is what counts."),
                     body());

    section(QStringLiteral("What the labels mean"));
    for (CardLabel label : {CardLabel::Verified, CardLabel::Warning, CardLabel::Failed, CardLabel::SelfAsserted,
                            CardLabel::StatusUnknown})
        m_flow.paragraph(QStringLiteral("%1: %2").arg(cardLabelText(label), cardLabelExplanation(label)), bullet());
}

void Renderer::card(const PdfCard &card, int index, int total, const QrShape &qr, const QDateTime &exportedAt)
{
    const QString title = card.title.isEmpty() ? QStringLiteral("Untitled credential") : card.title;
    m_flow.setRunningHead(QStringLiteral("%1 (continued)").arg(title));
    m_flow.newPage();

    if (qr.modules > 0) {
        const qreal side = m_flow.pt(100);
        const QRectF target(m_flow.area().right() - side, m_flow.y(), side, side);
        drawQr(m_painter, qr, target);
        m_painter.setFont(exportFont(7.5));
        m_painter.setPen(kMuted);
        const QRectF caption(target.left(), target.bottom(), side, m_flow.pt(12));
        m_painter.drawText(caption, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("Scan to verify"));
        m_flow.setRightFloat(side + m_flow.pt(16), caption.bottom() + m_flow.pt(6));
    }

    const QString kind = card.selfAsserted ? QStringLiteral("Self-asserted entry") : QStringLiteral("Credential");
    m_flow.paragraph(QStringLiteral("%1 %2 of %3").arg(kind).arg(index + 1).arg(total), style(9, QFont::Bold, kAccent, 6));
    m_flow.paragraph(title, style(18, QFont::Bold, kInk, 4));
    m_flow.paragraph(card.issuerName.isEmpty() ? QStringLiteral("Issuer not named")
                                               : QStringLiteral("Issued by %1").arg(card.issuerName),
                     style(11, QFont::Normal, kInk, 2));

    QStringList dates;
    if (card.issuedAt.isValid())
        dates.append(QStringLiteral("Issued %1").arg(longDate(card.issuedAt)));
    if (card.validFrom.isValid() && card.validFrom.toUTC().date() != card.issuedAt.toUTC().date())
        dates.append(QStringLiteral("valid from %1").arg(longDate(card.validFrom)));
    dates.append(card.validUntil.isValid() ? QStringLiteral("valid until %1").arg(longDate(card.validUntil))
                                           : QStringLiteral("no expiry date"));
    QString dateLine = dates.join(QStringLiteral(", "));
    dateLine[0] = dateLine[0].toUpper();
    m_flow.paragraph(dateLine, style(10, QFont::Normal, kMuted, 10));

    const CardLabel label = cardLabel(card);
    m_flow.ensureSpace(m_flow.pt(40));
    badge(label);
    m_flow.paragraph(QStringLiteral("%1 Checked when the portfolio was exported, %2.")
                             .arg(cardLabelExplanation(label), longDate(exportedAt)),
                     style(9.5, QFont::Normal, kMuted, 4));

    section(QStringLiteral("What was achieved"));
    if (card.achievement.trimmed().isEmpty())
        m_flow.paragraph(QStringLiteral("No description was given."), style(10.5, QFont::Normal, kMuted, 6));
    else
        m_flow.paragraph(card.achievement, body());

    section(QStringLiteral("Verification at export"));
    if (card.checkSentences.isEmpty())
        m_flow.paragraph(QStringLiteral("No checks were recorded."), style(10, QFont::Normal, kMuted, 4));
    for (const QString &sentence : card.checkSentences)
        m_flow.paragraph(sentence, bullet());
}

} // namespace

Result<RenderedPages> renderPages(const PdfPortfolio &portfolio, const QList<QrShape> &qrShapes,
                                  const QDateTime &exportedAt)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("PDF export needs the graphical libraries (a QGuiApplication); none is running."));
    RenderedPages rendered;
    QBuffer buffer(&rendered.pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
        writer.setResolution(600);
        writer.setTitle(portfolio.title.isEmpty() ? portfolio.learnerName : portfolio.title);
        writer.setCreator(QStringLiteral("Vitae"));
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorCode::Io, QStringLiteral("Could not start drawing the PDF pages."));
        painter.setRenderHint(QPainter::Antialiasing);
        TextFlow flow(writer, painter);
        flow.setFooter(QStringLiteral("%1 \u00b7 %2 \u00b7 exported %3")
                               .arg(portfolio.learnerName, portfolio.title, longDate(exportedAt)));
        Renderer renderer(flow, painter);
        renderer.cover(portfolio, exportedAt);
        for (int i = 0; i < portfolio.cards.size(); ++i)
            renderer.card(portfolio.cards.at(i), i, int(portfolio.cards.size()), qrShapes.value(i), exportedAt);
        painter.end();
        rendered.pages = flow.pageCount();
    }
    return rendered;
}

} // namespace vitae::pdf
