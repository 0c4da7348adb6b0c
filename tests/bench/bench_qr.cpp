// vitae-bench-qr [--runs N]: how long QR work takes on this machine. Prints
// one JSON object of medians; checks that every result is right, never how
// fast it came.
#include "PhotoImage.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"
#include "qr/QrPayload.h"
#include "qr/QrReassembler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace vitae;

namespace {

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "vitae-bench-qr: %s\n", what);
    std::exit(1);
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runsIndex = int(args.indexOf(QStringLiteral("--runs")));
    const int runs = runsIndex > 0 && runsIndex + 1 < args.size() ? std::max(1, args.at(runsIndex + 1).toInt()) : 15;

    // ~6 KB of random bytes: incompressible, so the worst case for frames.
    QRandomGenerator random(6);
    QByteArray payload(6 * 1024, Qt::Uninitialized);
    for (char &b : payload)
        b = char(random.bounded(256));

    QJsonObject figures;
    int frameCount = 0;
    const double encodeMs = medianMs(runs, [&] {
        const Result<QStringList> texts = qr::encodePayload(payload);
        if (!texts)
            die("encoding failed");
        frameCount = int(texts->size());
        const Result<QList<qr::QrMatrix>> matrices = qr::QrEncoder::encodeSequence(*texts);
        if (!matrices)
            die("a frame could not be drawn");
        for (const qr::QrMatrix &matrix : *matrices) {
            if (qr::QrEncoder::raster(matrix, 4).isNull())
                die("a frame could not be drawn");
        }
    });
    // Correctness, outside the timing: the frames give the payload back.
    const QStringList texts = *qr::encodePayload(payload);
    qr::QrReassembler reassembler;
    for (const QString &text : texts)
        (void)reassembler.add(text);
    if (!reassembler.isComplete() || *reassembler.payload() != payload)
        die("the frames do not give the payload back");
    figures.insert(QStringLiteral("encode_6kb_frames_and_rasters_ms"), encodeMs);
    figures.insert(QStringLiteral("encode_frames"), frameCount);
    figures.insert(QStringLiteral("encode_target_ms"), 50);

    // The densest frame (version 25) photographed at 1920 x 1080.
    const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(texts.first());
    const qr::GrayImage photo = test::photographQr(*matrix);
    const double decodeMs = medianMs(runs, [&] {
        const Result<QStringList> decoded = qr::QrDecoder::decode(photo);
        if (!decoded || decoded->first() != texts.first())
            die("the photographed code was not read correctly");
    });
    figures.insert(QStringLiteral("decode_photo_1920x1080_ms"), decodeMs);
    figures.insert(QStringLiteral("decode_qr_version"), matrix->version);
    figures.insert(QStringLiteral("decode_target_ms"), 60);
    figures.insert(QStringLiteral("runs"), runs);

    std::fputs(QJsonDocument(figures).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
