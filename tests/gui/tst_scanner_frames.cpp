// FrameDecoder fed real QVideoFrames, as a camera's video sink hands them
// over, built from QR codes that core/qr draws: a single code in the pixel
// formats cameras deliver, an animated Vitae sequence shown in shuffled
// order with a frame missed, frames without a code, and frames that come
// while one is still being decoded. Decoding must happen off this (GUI)
// thread.
#include "gui/FrameDecoder.h"
#include "qr/QrEncoder.h"
#include "qr/QrFrame.h"
#include "qr/QrPayload.h"

#include <QColor>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QVideoFrameFormat>

#include <algorithm>
#include <random>

using namespace vitae;
using Format = QVideoFrameFormat::PixelFormat;
Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

namespace {

// The code for `text`, `scale` pixels a module, on an even-sized white
// canvas (4:2:0 and 4:2:2 frames need even sizes).
QImage codeImage(const QString &text, int scale = 4, const qr::QrEncodeOptions &options = {})
{
    const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(text, options);
    if (!matrix)
        qFatal("cannot encode: %s", qPrintable(matrix.message()));
    const qr::GrayImage raster = qr::QrEncoder::raster(*matrix, scale, 4);
    QImage image((raster.width + 1) & ~1, (raster.height + 1) & ~1, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < raster.height; ++y)
        std::copy_n(raster.row(y), raster.width, image.scanLine(y));
    return image;
}

// A camera frame in `format` showing `image`: luminance in the Y plane and
// neutral chroma for YUV formats, the picture's own pixels for RGB ones.
QVideoFrame frameOf(const QImage &image, Format format)
{
    QVideoFrame frame(QVideoFrameFormat(image.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        qFatal("cannot map a new frame");
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const int width = image.width();
    const int height = image.height();
    switch (format) {
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_NV12:
        for (int y = 0; y < height; ++y)
            std::copy_n(gray.constScanLine(y), width, frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0));
        if (frame.planeCount() > 1)
            std::fill_n(frame.bits(1), frame.mappedBytes(1), uchar(128));
        break;
    case QVideoFrameFormat::Format_YUYV:
        for (int y = 0; y < height; ++y) {
            uchar *row = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
            for (int x = 0; x < width; ++x) {
                row[2 * x] = gray.constScanLine(y)[x];
                row[2 * x + 1] = 128;
            }
        }
        break;
    default: {
        // Four bytes a pixel, named in memory order; the code is dark blue
        // on pale yellow, so the colour weights matter.
        const QByteArray order = QByteArray(format == QVideoFrameFormat::Format_BGRA8888 ? "BGRA"
                                            : format == QVideoFrameFormat::Format_XRGB8888 ? "ARGB"
                                                                                          : "RGBA");
        for (int y = 0; y < height; ++y) {
            uchar *row = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
            for (int x = 0; x < width; ++x) {
                const bool dark = gray.constScanLine(y)[x] < 128;
                const QColor colour = dark ? QColor(20, 30, 110) : QColor(250, 245, 200);
                for (int i = 0; i < 4; ++i) {
                    const char c = order.at(i);
                    row[4 * x + i] = uchar(c == 'R' ? colour.red() : c == 'G' ? colour.green() : c == 'B' ? colour.blue() : 255);
                }
            }
        }
        break;
    }
    }
    frame.unmap();
    return frame;
}

} // namespace

class TestScannerFrames : public QObject {
    Q_OBJECT

private slots:
    void testSingleCodeInEachCameraFormat_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("NV12") << QVideoFrameFormat::Format_NV12;
        QTest::newRow("YUYV") << QVideoFrameFormat::Format_YUYV;
        QTest::newRow("Y8") << QVideoFrameFormat::Format_Y8;
        QTest::newRow("BGRA8888") << QVideoFrameFormat::Format_BGRA8888;
        QTest::newRow("XRGB8888") << QVideoFrameFormat::Format_XRGB8888;
    }

    void testSingleCodeInEachCameraFormat()
    {
        QFETCH(Format, format);
        const QString link = QStringLiteral("https://issuer.example/claim?token=7f3a");
        gui::FrameDecoder decoder;
        QSignalSpy texts(&decoder, &gui::FrameDecoder::textFound);
        QSignalSpy decoded(&decoder, &gui::FrameDecoder::decoded);
        QVERIFY(decoder.submitFrame(frameOf(codeImage(link), format)));
        QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 1, 10000);
        QVERIFY2(decoded.first().at(0).toBool(), qPrintable(decoded.first().at(1).toString()));
        QCOMPARE(texts.size(), 1);
        QCOMPARE(texts.first().first().toString(), link);
        // Decoded on the worker thread, never here.
        QVERIFY(decoder.lastDecodeThread() != nullptr);
        QVERIFY(decoder.lastDecodeThread() != QThread::currentThreadId());
    }

    void testAnimatedSequenceShuffledWithAFrameMissed()
    {
        // A presentation too large for one small code: data frames with a
        // parity frame per group of four.
        QByteArray payload;
        QRandomGenerator random(42);
        while (payload.size() < 1800)
            payload += QByteArray::number(random.generate64(), 36) + '~';
        qr::QrFrameOptions options;
        options.maxVersion = 8;
        options.groupSize = 4;
        options.messageId = "scan";
        const Result<QStringList> encoded = qr::encodePayload(payload, options);
        QVERIFY2(encoded.ok(), qPrintable(encoded.message()));
        QStringList shown = *encoded;
        int dataFrames = 0;
        for (const QString &text : shown)
            dataFrames += qr::QrFrame::parse(text).value().kind == qr::QrFrame::Kind::Data ? 1 : 0;
        QVERIFY2(dataFrames >= 5, qPrintable(QString::number(dataFrames)));
        // The camera missed the second data frame; its group's parity
        // frame rebuilds it.
        QCOMPARE(qr::QrFrame::parse(shown.at(1)).value().kind, qr::QrFrame::Kind::Data);
        shown.removeAt(1);
        std::shuffle(shown.begin(), shown.end(), std::mt19937(7));

        gui::FrameDecoder decoder;
        QSignalSpy progress(&decoder, &gui::FrameDecoder::progressChanged);
        QSignalSpy payloads(&decoder, &gui::FrameDecoder::payloadFound);
        QSignalSpy decoded(&decoder, &gui::FrameDecoder::decoded);
        const Format formats[] = {QVideoFrameFormat::Format_NV12, QVideoFrameFormat::Format_BGRA8888,
                                  QVideoFrameFormat::Format_YUYV};
        qr::QrEncodeOptions codeOptions;
        codeOptions.maxVersion = options.maxVersion;
        int fed = 0;
        for (const QString &text : std::as_const(shown)) {
            if (!payloads.isEmpty())
                break;
            QVERIFY(decoder.submitFrame(frameOf(codeImage(text, 3, codeOptions), formats[fed % 3])));
            ++fed;
            QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), fed, 10000);
            QVERIFY(decoder.lastDecodeThread() != QThread::currentThreadId());
        }
        QCOMPARE(payloads.size(), 1);
        QCOMPARE(payloads.first().first().toByteArray(), payload);
        // "have of needed" came along the way, counting up, never whole
        // before the payload.
        QVERIFY(!progress.isEmpty());
        int lastHave = 0;
        for (const QList<QVariant> &step : std::as_const(progress)) {
            QCOMPARE(step.at(1).toInt(), dataFrames);
            QVERIFY(step.at(0).toInt() >= lastHave);
            QVERIFY(step.at(0).toInt() < dataFrames);
            lastHave = step.at(0).toInt();
        }
        QCOMPARE(decoder.framesDropped(), 0);
    }

    void testFrameWithoutCodeDoesNothing()
    {
        QImage noise(320, 240, QImage::Format_Grayscale8);
        QRandomGenerator random(3);
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x)
                noise.scanLine(y)[x] = uchar(random.bounded(256));
        gui::FrameDecoder decoder;
        QSignalSpy texts(&decoder, &gui::FrameDecoder::textFound);
        QSignalSpy payloads(&decoder, &gui::FrameDecoder::payloadFound);
        QSignalSpy progress(&decoder, &gui::FrameDecoder::progressChanged);
        QSignalSpy decoded(&decoder, &gui::FrameDecoder::decoded);
        QVERIFY(decoder.submitFrame(frameOf(noise, QVideoFrameFormat::Format_NV12)));
        QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 1, 10000);
        QVERIFY(!decoded.first().at(0).toBool());
        QVERIFY(texts.isEmpty());
        QVERIFY(payloads.isEmpty());
        QVERIFY(progress.isEmpty());
    }

    void testFramesArrivingDuringADecodeAreDropped()
    {
        const QVideoFrame frame = frameOf(codeImage(QStringLiteral("https://issuer.example/a")), QVideoFrameFormat::Format_NV12);
        gui::FrameDecoder decoder;
        QSignalSpy texts(&decoder, &gui::FrameDecoder::textFound);
        QVERIFY(decoder.submitFrame(frame));
        // The worker is still busy with the first: these never queue up.
        QVERIFY(!decoder.submitFrame(frame));
        QVERIFY(!decoder.submitFrame(frame));
        QCOMPARE(decoder.framesDropped(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 10000);
        QTest::qWait(100);
        QCOMPARE(texts.size(), 1);
        QCOMPARE(decoder.framesDecoded(), 1);
    }

    void testFramesFromAVideoSink()
    {
        // The path a VideoOutput's sink takes.
        QVideoSink sink;
        gui::FrameDecoder decoder;
        decoder.setVideoSink(&sink);
        QSignalSpy texts(&decoder, &gui::FrameDecoder::textFound);
        sink.setVideoFrame(frameOf(codeImage(QStringLiteral("openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fi.example%2Fo")),
                                   QVideoFrameFormat::Format_NV12));
        QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 10000);
        decoder.setVideoSink(nullptr);
        sink.setVideoFrame(frameOf(codeImage(QStringLiteral("https://issuer.example/b")), QVideoFrameFormat::Format_NV12));
        QTest::qWait(300);
        QCOMPARE(texts.size(), 1); // detached: no longer decoded
    }

    void testPictureFiles()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(codeImage(QStringLiteral("https://issuer.example/file"), 5).save(png));
        const QString notAPicture = dir.filePath(QStringLiteral("notes.png"));
        QFile file(notAPicture);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are words, not pixels");
        file.close();

        gui::FrameDecoder decoder;
        QSignalSpy texts(&decoder, &gui::FrameDecoder::textFound);
        QSignalSpy decoded(&decoder, &gui::FrameDecoder::decoded);
        decoder.submitFile(png);
        QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 1, 10000);
        QCOMPARE(texts.size(), 1);
        QCOMPARE(texts.first().first().toString(), QStringLiteral("https://issuer.example/file"));
        QVERIFY(decoder.lastDecodeThread() != QThread::currentThreadId());
        // A damaged file says so, by name.
        decoder.submitFile(notAPicture);
        QTRY_COMPARE_WITH_TIMEOUT(decoded.size(), 2, 10000);
        QVERIFY(!decoded.at(1).at(0).toBool());
        QVERIFY2(decoded.at(1).at(1).toString().contains(QStringLiteral("notes.png")), qPrintable(decoded.at(1).at(1).toString()));
        QCOMPARE(texts.size(), 1);
    }

    void testPictureWaitsForTheFrameInFlight()
    {
        gui::FrameDecoder decoder;
        QSignalSpy texts(&decoder, &gui::FrameDecoder::textFound);
        QVERIFY(decoder.submitFrame(frameOf(codeImage(QStringLiteral("https://issuer.example/frame")),
                                            QVideoFrameFormat::Format_NV12)));
        decoder.submitImage(codeImage(QStringLiteral("https://issuer.example/picture")));
        QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 2, 10000);
        QCOMPARE(texts.at(1).first().toString(), QStringLiteral("https://issuer.example/picture"));
    }
};

QTEST_MAIN(TestScannerFrames)
#include "tst_scanner_frames.moc"
