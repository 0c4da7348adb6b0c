// Sample portfolios and doctored PDFs for the PDF tests and the benchmark.
#pragma once

#include "pdf/PortfolioPdf.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QPDF;

namespace vitae::test {

// Three cards: a verified badge, one with a very long description (ends
// with kLongSentinel, flows over pages), and a self-asserted one in Arabic.
pdf::PdfPortfolio samplePortfolio();
inline const QString kLongSentinel = QStringLiteral("Zanzibarfinale");

// Bundle-shaped JSON test bytes (no signature: the PDF code never reads it).
QByteArray sampleBundleBytes(int evidenceFiles = 1, int evidenceBytes = 64);

// Pages only, no attachment: drawn with QPdfWriter directly.
QByteArray pdfWithoutAttachment();

// Opens `pdf` with qpdf, lets `edit` change the document, writes it back.
// Throws nothing; returns an empty array if qpdf failed.
QByteArray editPdf(const QByteArray &pdf, const std::function<void(QPDF &)> &edit);

// The attachment's data replaced by `data` (same name).
QByteArray withAttachmentData(const QByteArray &pdf, const QByteArray &data);
// The attachment moved to another name (key and file name).
QByteArray withAttachmentRenamed(const QByteArray &pdf, const QString &name);
// Encrypted with a user password.
QByteArray withPassword(const QByteArray &pdf, const QByteArray &password);

} // namespace vitae::test
