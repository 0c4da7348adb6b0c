// PDF export of a verifiable portfolio (library vitae_pdf, QtGui + qpdf).
//
// API in short:
//   PdfPortfolio portfolio{title, learnerName, exportedAt, cards, bundleJson};
//   Result<PdfWritten> r = writePortfolioPdf(portfolio, "/path/out.pdf"); // atomic (QSaveFile)
//   Result<QByteArray> pdf = portfolioPdfBytes(portfolio);               // same, in memory
//   Result<QByteArray> bundle = readBundleFromPdf("/path/out.pdf");      // PdfBundleReader.h
//
// The pages: A4, a cover (learner, title, export date, how to verify with
// `vitae-cli verify this.pdf`, what the labels mean), then one card per
// credential starting on a new page (title, issuer, dates, what was
// achieved, the verification result at export time in words, a QR code of
// `qrPayload`). Long text flows onto further pages; right-to-left text is
// laid out right to left. The bundle bytes are attached unchanged as
// "vitae-bundle.json" (application/json): the attachment is what a verifier
// checks, the pages are for people.
//
// Needs a QGuiApplication (fonts); without one the functions return
// Unsupported instead of crashing. Call from a worker thread if the bundle
// is large: nothing here touches widgets or QML.
#pragma once

#include "common/Result.h"
#include "pdfread/PdfBundleReader.h"
#include "verify/VerificationResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitae::pdf {

// What one card shows. Text is shown as given (no markup); "\n" separates
// paragraphs.
struct PdfCard {
    QString title;
    QString issuerName;
    QDateTime issuedAt;    // invalid: not shown
    QDateTime validFrom;   // invalid or equal to issuedAt: not shown
    QDateTime validUntil;  // invalid: "no expiry date"
    QString achievement;   // what was achieved: description, criteria...
    bool selfAsserted = false;
    verify::Verdict verdict = verify::Verdict::Unknown;
    QStringList checkSentences; // one sentence per check, at export time
    QString qrPayload;     // a short verification payload; empty: no QR code
};

struct PdfPortfolio {
    QString title;
    QString learnerName;
    QDateTime exportedAt;  // invalid: now
    QList<PdfCard> cards;
    QByteArray bundleJson; // from portfolio::makeBundle, attached unchanged
};

struct PdfWritten {
    int pages = 0;
    qint64 bytes = 0;
};

// The label a card carries, in the order of severity used to choose it:
// a failed check wins over "self-asserted", which wins over the rest.
enum class CardLabel { Verified, Warning, Failed, SelfAsserted, StatusUnknown };
CardLabel cardLabel(const PdfCard &card);
QString cardLabelText(CardLabel label);        // "Verified", "Warning", ...
QString cardLabelExplanation(CardLabel label); // one sentence

// Errors: InvalidArgument (no bundle bytes; a QR payload too long for a QR
// code), LimitExceeded (bundle over kMaxAttachmentBytes), Unsupported (no
// QGuiApplication), Io (cannot write `path`), InvalidInput (qpdf refused
// the pages: a bug).
Result<PdfWritten> writePortfolioPdf(const PdfPortfolio &portfolio, const QString &path);
Result<QByteArray> portfolioPdfBytes(const PdfPortfolio &portfolio);

} // namespace vitae::pdf
