// vitae-bench-pdf [--cards N] [--files N] [--file-kb N]: PDF export figures
// on this machine: a portfolio of 50 cards whose bundle carries 20 evidence
// files of 200 KB of random data (so the attachment does not compress away).
// Prints one JSON object: seconds to write the PDF (pages + attachment,
// atomically to a file), seconds to read the bundle back, sizes, pages and
// peak RSS. The target is under 3 s for the export; asserted is only that
// the bundle comes back byte for byte and the page count is right.
#include "PdfFixtures.h"
#include "common/ProcessMemory.h"
#include "pdf/PortfolioPdf.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace vitae;

namespace {

[[noreturn]] void die(const QString &what, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(message));
    std::exit(1);
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a QGuiApplication; no display is needed for PDF pages.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int cards = option(args, QStringLiteral("--cards"), 50);
    const int files = option(args, QStringLiteral("--files"), 20);
    const int fileKb = option(args, QStringLiteral("--file-kb"), 200);

    // Cards cycle through the three samples (short, long, Arabic).
    const pdf::PdfPortfolio sample = test::samplePortfolio();
    pdf::PdfPortfolio portfolio = sample;
    portfolio.cards.clear();
    for (int i = 0; i < cards; ++i) {
        pdf::PdfCard card = sample.cards.at(i % sample.cards.size());
        card.title += QStringLiteral(" #%1").arg(i + 1);
        portfolio.cards.append(card);
    }
    portfolio.bundleJson = test::sampleBundleBytes(files, fileKb * 1024);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.pdf"));
    resetPeakResident();
    QElapsedTimer timer;
    timer.start();
    Result<pdf::PdfWritten> written = pdf::writePortfolioPdf(portfolio, path);
    const double writeSeconds = timer.nsecsElapsed() / 1e9;
    if (!written)
        die(QStringLiteral("write"), written.message());
    const double writePeak = peakResidentMiB();

    resetPeakResident();
    timer.restart();
    Result<QByteArray> bundle = pdf::readBundleFromPdf(path);
    const double readSeconds = timer.nsecsElapsed() / 1e9;
    if (!bundle)
        die(QStringLiteral("read"), bundle.message());
    if (*bundle != portfolio.bundleJson)
        die(QStringLiteral("read"), QStringLiteral("the bundle came back different"));
    // Cover + one page per card at least; the long sample takes more.
    if (written->pages <= cards)
        die(QStringLiteral("pages"), QString::number(written->pages));

    const QJsonObject figures{
            {QStringLiteral("cards"), cards},
            {QStringLiteral("pages"), written->pages},
            {QStringLiteral("bundleBytes"), double(portfolio.bundleJson.size())},
            {QStringLiteral("pdfBytes"), double(QFileInfo(path).size())},
            {QStringLiteral("writeSeconds"), writeSeconds},
            {QStringLiteral("readSeconds"), readSeconds},
            {QStringLiteral("writePeakRssMiB"), writePeak},
            {QStringLiteral("readPeakRssMiB"), peakResidentMiB()},
            {QStringLiteral("exportTargetSeconds"), 3},
    };
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
