#include "pdf/PortfolioPdf.h"

#include "pdf/BundleAttacher.h"
#include "pdf/PageRenderer.h"
#include "pdf/QrPainter.h"

#include <QBuffer>
#include <QSaveFile>

namespace vitae::pdf {

CardLabel cardLabel(const PdfCard &card)
{
    using verify::Verdict;
    // A failure is never hidden behind "self-asserted" (e.g. changed evidence).
    if (card.verdict == Verdict::Failed)
        return CardLabel::Failed;
    if (card.selfAsserted)
        return CardLabel::SelfAsserted;
    switch (card.verdict) {
    case Verdict::Verified: return CardLabel::Verified;
    case Verdict::Warning: return CardLabel::Warning;
    case Verdict::Failed: return CardLabel::Failed;
    case Verdict::Unknown: return CardLabel::StatusUnknown;
    }
    return CardLabel::StatusUnknown;
}

QString cardLabelText(CardLabel label)
{
    switch (label) {
    case CardLabel::Verified: return QStringLiteral("Verified");
    case CardLabel::Warning: return QStringLiteral("Warning");
    case CardLabel::Failed: return QStringLiteral("Failed");
    case CardLabel::SelfAsserted: return QStringLiteral("Self-asserted");
    case CardLabel::StatusUnknown: return QStringLiteral("Status unknown");
    }
    return QString();
}

QString cardLabelExplanation(CardLabel label)
{
    switch (label) {
    case CardLabel::Verified:
        return QStringLiteral("Every check passed: the issuer's signature is valid and the credential was neither "
                              "revoked nor expired.");
    case CardLabel::Warning:
        return QStringLiteral("The signature is valid, but something needs a look (an issuer Vitae does not "
                              "recognise, or a status that could not be fetched).");
    case CardLabel::Failed:
        return QStringLiteral("A check failed (a broken signature, a revoked or expired credential, or changed "
                              "evidence): do not rely on this item.");
    case CardLabel::SelfAsserted:
        return QStringLiteral("Stated and signed by the learner; no issuer has confirmed it.");
    case CardLabel::StatusUnknown:
        return QStringLiteral("It could not be checked (for example while offline), so it is not verified.");
    }
    return QString();
}

namespace {

// Renders and attaches into `out`; the shared path of both entry points.
Result<PdfWritten> writeTo(const PdfPortfolio &portfolio, QIODevice &out)
{
    if (portfolio.bundleJson.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("There is no portfolio bundle to put in the PDF."));
    if (portfolio.bundleJson.size() > kMaxAttachmentBytes)
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("The portfolio is larger than %1 MB, the most a Vitae PDF may carry.")
                                 .arg(kMaxAttachmentBytes / (1024 * 1024)));
    // Every QR code first: a payload that does not fit fails before any work.
    QList<QrShape> shapes;
    for (const PdfCard &card : portfolio.cards) {
        if (card.qrPayload.isEmpty()) {
            shapes.append(QrShape());
            continue;
        }
        Result<QrShape> shape = makeQrShape(card.qrPayload);
        if (!shape)
            return shape.error();
        shapes.append(std::move(*shape));
    }
    const QDateTime exportedAt =
            portfolio.exportedAt.isValid() ? portfolio.exportedAt : QDateTime::currentDateTimeUtc();
    Result<RenderedPages> pages = renderPages(portfolio, shapes, exportedAt);
    if (!pages)
        return pages.error();
    const qint64 before = out.pos();
    if (Status attached = attachBundle(pages->pdf, portfolio.bundleJson, exportedAt, out); !attached)
        return attached.error();
    return PdfWritten{pages->pages, out.pos() - before};
}

} // namespace

Result<PdfWritten> writePortfolioPdf(const PdfPortfolio &portfolio, const QString &path)
{
    // Written beside the target and renamed over it on success: a reader
    // never sees half a PDF, and a failure leaves any old file untouched.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    Result<PdfWritten> written = writeTo(portfolio, file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("Could not save %1: %2").arg(path, file.errorString()));
    return written;
}

Result<QByteArray> portfolioPdfBytes(const PdfPortfolio &portfolio)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Result<PdfWritten> written = writeTo(portfolio, buffer);
    if (!written)
        return written.error();
    buffer.close();
    return bytes;
}

} // namespace vitae::pdf
