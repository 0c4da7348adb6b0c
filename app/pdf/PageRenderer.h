// Draws the portfolio's pages (cover, then one card per credential) with
// QPdfWriter into a buffer. Everything here is about looks; what the pages
// say about verification comes from PortfolioPdf's labels.
#pragma once

#include "common/Result.h"
#include "pdf/PortfolioPdf.h"
#include "pdf/QrPainter.h"

namespace vitae::pdf {

struct RenderedPages {
    QByteArray pdf;
    int pages = 0;
};

// `qrShapes` holds one entry per card (modules == 0: no QR code).
// `exportedAt` is valid. Needs a QGuiApplication.
Result<RenderedPages> renderPages(const PdfPortfolio &portfolio, const QList<QrShape> &qrShapes,
                                  const QDateTime &exportedAt);

} // namespace vitae::pdf
