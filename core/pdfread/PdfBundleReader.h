// Reading a Vitae portfolio PDF back: the signed bundle travels inside the
// PDF as a file attachment named "vitae-bundle.json"; these functions find
// it and return its exact bytes. They do not check the bundle (that is
// portfolio::verifyBundle's job): altered bytes come back as they are.
//
// Only QtCore and qpdf: `vitae-cli verify file.pdf` can use this without
// QtGui (core library vitae_pdfread).
//
// qpdf reports errors with C++ exceptions; every one is caught here and
// turned into an Error, so nothing escapes, whatever the input.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace vitae::pdf {

// The attachment's name (name-tree key and file name) and media type.
inline constexpr char kBundleAttachmentName[] = "vitae-bundle.json";
inline constexpr char kBundleMediaType[] = "application/json";
// The most a bundle may hold (equal to portfolio::kMaxBundleBytes).
inline constexpr qint64 kMaxAttachmentBytes = 512LL * 1024 * 1024;

// The bytes of the PDF's vitae-bundle.json attachment. Errors:
//  InvalidInput   not a PDF, or too damaged to read ("This file is not a PDF
//                 Vitae can read: ..."), or the attachment cannot be decoded
//  Unsupported    the PDF is password-protected
//  NotFound       a PDF without a Vitae attachment (other attachments are
//                 named in the message)
//  LimitExceeded  the attachment decodes to more than `maxBytes`
//  Io             the file cannot be opened (path version only)
Result<QByteArray> readBundleFromPdf(const QString &path, qint64 maxBytes = kMaxAttachmentBytes);
Result<QByteArray> readBundleFromPdfBytes(const QByteArray &pdf, qint64 maxBytes = kMaxAttachmentBytes);

// Whether bytes start like a PDF ("%PDF-" within the first 1024 bytes, as
// readers accept); cheap, for routing `vitae-cli verify`.
bool looksLikePdf(QByteArrayView bytes);

} // namespace vitae::pdf
