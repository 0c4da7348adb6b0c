// QR encoder and decoder: alphanumeric mode and ECC M, crisp rasters, and
// decoding from clean rasters and from a photo-like 1920 x 1080 image.
#include "PhotoImage.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"
#include "qr/QrPayload.h"

#include <QRandomGenerator>
#include <QTest>

#include <qrcodegen/qrcodegen.hpp>

using namespace vitae;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

} // namespace

class TestQrCodec : public QObject {
    Q_OBJECT
private slots:
    void testAlphanumericModeAndEccM()
    {
        const QString text = QStringLiteral("VITAE1:") + QString(600, QLatin1Char('Q'));
        const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(text);
        QVERIFY2(matrix.ok(), qPrintable(matrix.message()));
        QCOMPARE(matrix->ecc, qr::QrEcc::Medium);
        // The same text in byte mode needs a larger code.
        const QByteArray utf8 = text.toUtf8();
        const auto byteMode = qrcodegen::QrCode::encodeBinary(std::vector<std::uint8_t>(utf8.begin(), utf8.end()),
                                                              qrcodegen::QrCode::Ecc::MEDIUM);
        QVERIFY(matrix->version < byteMode.getVersion());
        QCOMPARE(matrix->size, 17 + 4 * matrix->version);
        // And ECC M at that version, not boosted.
        const auto expected = qrcodegen::QrCode::encodeSegments(
                {qrcodegen::QrSegment::makeAlphanumeric(utf8.constData())}, qrcodegen::QrCode::Ecc::MEDIUM, 1, 40, -1,
                false);
        QCOMPARE(matrix->version, expected.getVersion());
    }

    void testSequenceSharesOneMask()
    {
        const Result<QStringList> texts = qr::encodePayload(randomBytes(5000, 3));
        QVERIFY(texts.ok() && texts->size() > 3);
        const Result<QList<qr::QrMatrix>> matrices = qr::QrEncoder::encodeSequence(*texts);
        QVERIFY(matrices.ok());
        QCOMPARE(matrices->size(), texts->size());
        const int firstMask = qr::QrEncoder::encode(texts->first())->mask;
        for (int i = 0; i < matrices->size(); ++i) {
            QCOMPARE(matrices->at(i).mask, firstMask);
            const Result<QStringList> decoded = qr::QrDecoder::decode(qr::QrEncoder::raster(matrices->at(i), 2));
            QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
            QCOMPARE(decoded->first(), texts->at(i));
        }
    }

    void testTooLong()
    {
        qr::QrEncodeOptions options;
        options.maxVersion = 5;
        const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(QString(500, QLatin1Char('A')), options);
        QCOMPARE(matrix.code(), ErrorCode::LimitExceeded);
        QVERIFY(!qr::QrEncoder::fits(QString(500, QLatin1Char('A')), options));
        QVERIFY(qr::QrEncoder::fits(QStringLiteral("HELLO"), options));
    }

    void testRasterIsCrisp()
    {
        const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(QStringLiteral("https://example.org/badge"));
        QVERIFY(matrix.ok());
        const qr::GrayImage image = qr::QrEncoder::raster(*matrix, 3);
        QCOMPARE(image.width, (matrix->size + 8) * 3);
        QCOMPARE(image.height, image.width);
        for (int i = 0; i < 4 * 3; ++i) // the quiet zone is white
            QCOMPARE(image.at(i, i), uchar(255));
        // Every pixel is pure black or white, and matches its module.
        for (int y = 0; y < image.height; ++y) {
            for (int x = 0; x < image.width; ++x) {
                const int mx = x / 3 - 4, my = y / 3 - 4;
                const bool dark = mx >= 0 && my >= 0 && mx < matrix->size && my < matrix->size && matrix->dark(mx, my);
                QCOMPARE(image.at(x, y), uchar(dark ? 0 : 255));
            }
        }
    }

    void testDecodeRaster()
    {
        const QString text = QStringLiteral("https://example.org/credentials/42?x=ü");
        const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(text);
        QVERIFY(matrix.ok());
        const Result<QStringList> texts = qr::QrDecoder::decode(qr::QrEncoder::raster(*matrix, 4));
        QVERIFY2(texts.ok(), qPrintable(texts.message()));
        QCOMPARE(*texts, QStringList{text});
    }

    void testDecodeWithStride()
    {
        const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(QStringLiteral("STRIDE TEST"));
        const qr::GrayImage image = qr::QrEncoder::raster(*matrix, 4);
        const int stride = image.width + 13;
        QByteArray padded(qsizetype(stride) * image.height, char(0x55));
        for (int y = 0; y < image.height; ++y)
            memcpy(padded.data() + qsizetype(y) * stride, image.row(y), size_t(image.width));
        const Result<QStringList> texts = qr::QrDecoder::decode(padded, image.width, image.height, stride);
        QVERIFY2(texts.ok(), qPrintable(texts.message()));
        QCOMPARE(texts->first(), QStringLiteral("STRIDE TEST"));
    }

    void testNothingFound()
    {
        const Result<QStringList> texts = qr::QrDecoder::decode(qr::GrayImage(640, 480, 200));
        QCOMPARE(texts.code(), ErrorCode::NotFound);
        QCOMPARE(texts.message(), QStringLiteral("No QR code was found in this image."));
        const Result<QStringList> bad = qr::QrDecoder::decode(QByteArray(10, '\0'), 100, 100, 100);
        QCOMPARE(bad.code(), ErrorCode::InvalidArgument);
    }

    void testTwoCodesInOneImage()
    {
        const auto a = qr::QrEncoder::raster(*qr::QrEncoder::encode(QStringLiteral("FIRST")), 4);
        const auto b = qr::QrEncoder::raster(*qr::QrEncoder::encode(QStringLiteral("SECOND")), 4);
        qr::GrayImage both(a.width + b.width + 40, std::max(a.height, b.height), 255);
        for (int y = 0; y < a.height; ++y)
            for (int x = 0; x < a.width; ++x)
                both.set(x, y, a.at(x, y));
        for (int y = 0; y < b.height; ++y)
            for (int x = 0; x < b.width; ++x)
                both.set(a.width + 40 + x, y, b.at(x, y));
        const Result<QStringList> texts = qr::QrDecoder::decode(both);
        QVERIFY2(texts.ok(), qPrintable(texts.message()));
        QCOMPARE(texts->size(), 2);
        QVERIFY(texts->contains(QStringLiteral("FIRST")) && texts->contains(QStringLiteral("SECOND")));
    }

    void testPhotoLike_data()
    {
        QTest::addColumn<int>("payloadBytes");
        QTest::addColumn<double>("modulePixels");
        QTest::addColumn<double>("angle");
        QTest::newRow("small code, 7.3 px, 3 degrees") << 200 << 7.3 << 3.0;
        QTest::newRow("small code, 5.6 px, -6 degrees") << 300 << 5.6 << -6.0;
        QTest::newRow("version 25 frame, 6.37 px, 4 degrees") << 6000 << 6.37 << 4.0;
    }
    void testPhotoLike()
    {
        QFETCH(int, payloadBytes);
        QFETCH(double, modulePixels);
        QFETCH(double, angle);
        const QByteArray payload = randomBytes(payloadBytes, quint32(payloadBytes));
        const Result<QStringList> texts = qr::encodePayload(payload);
        QVERIFY(texts.ok());
        const QString text = texts->first();
        const Result<qr::QrMatrix> matrix = qr::QrEncoder::encode(text);
        QVERIFY(matrix.ok());
        test::PhotoOptions options;
        options.modulePixels = modulePixels;
        options.angleDegrees = angle;
        options.seed = quint32(payloadBytes);
        const qr::GrayImage photo = test::photographQr(*matrix, options);
        QCOMPARE(photo.width, 1920);
        QCOMPARE(photo.height, 1080);
        const Result<QStringList> decoded = qr::QrDecoder::decode(photo);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(decoded->first(), text);
    }
};

QTEST_GUILESS_MAIN(TestQrCodec)
#include "tst_qr_codec.moc"
