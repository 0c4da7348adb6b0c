// The PNG reader and writer: round trips, every colour type and filter the
// reader supports, and the hostile files it must refuse without crashing.
#include "qr/PngReader.h"
#include "qr/PngWriter.h"
#include "qr/Zlib.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace vitae;

namespace {

QByteArray bytesOf(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}

QByteArray be32(quint32 v)
{
    QByteArray out;
    for (int i = 3; i >= 0; --i)
        out.append(char((v >> (8 * i)) & 0xff));
    return out;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(qr::crc32Of(type + data));
}

QByteArray ihdr(quint32 w, quint32 h, int depth, int colourType, int interlace = 0)
{
    return chunk("IHDR", be32(w) + be32(h) + bytesOf({depth, colourType, 0, 0, interlace}));
}

// Filters one row of `bpp`-byte pixels with the given PNG filter type.
QByteArray filterRow(const QByteArray &row, const QByteArray &above, int type, int bpp)
{
    QByteArray out(1, char(type));
    for (qsizetype i = 0; i < row.size(); ++i) {
        const int a = i >= bpp ? uchar(row[i - bpp]) : 0;
        const int b = above.isEmpty() ? 0 : uchar(above[i]);
        const int c = (i >= bpp && !above.isEmpty()) ? uchar(above[i - bpp]) : 0;
        int predictor = 0;
        switch (type) {
        case 1: predictor = a; break;
        case 2: predictor = b; break;
        case 3: predictor = (a + b) / 2; break;
        case 4: {
            const int p = a + b - c;
            const int pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
            predictor = (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c);
            break;
        }
        }
        out.append(char(uchar(row[i]) - predictor));
    }
    return out;
}

// A PNG from unfiltered rows, each row filtered with type (y % 5).
QByteArray makePng(quint32 w, const QList<QByteArray> &rows, int depth, int colourType, int bpp,
                   const QByteArray &extraChunks = QByteArray())
{
    QByteArray raw;
    QByteArray above;
    for (int y = 0; y < rows.size(); ++y) {
        raw += filterRow(rows[y], above, y % 5, bpp);
        above = rows[y];
    }
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + ihdr(w, quint32(rows.size()), depth, colourType) + extraChunks
        + chunk("IDAT", qr::deflateZlib(raw)) + chunk("IEND", {});
}

qr::GrayImage sampleImage(int w, int h)
{
    qr::GrayImage image(w, h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.set(x, y, uchar((x * 7 + y * 13) ^ (x * y)));
    return image;
}

void expectError(const QByteArray &png, ErrorCode code, const QString &words)
{
    const Result<qr::GrayImage> image = qr::readPngAsGray(png);
    QVERIFY2(!image.ok(), "a bad PNG was accepted");
    QCOMPARE(image.code(), code);
    QVERIFY2(image.message().contains(words, Qt::CaseInsensitive), qPrintable(image.message()));
}

} // namespace

class TestPng : public QObject {
    Q_OBJECT
private slots:
    void testRoundTrip()
    {
        const qr::GrayImage image = sampleImage(37, 23);
        const Result<qr::GrayImage> read = qr::readPngAsGray(qr::writeGrayPng(image));
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(read->width, 37);
        QCOMPARE(read->height, 23);
        QCOMPARE(read->pixels, image.pixels);
    }

    void testColourTypesAndFilters()
    {
        // 8-bit RGB, RGBA, grey + alpha: rows filtered with all five filters.
        const int w = 9;
        QList<QByteArray> rgb, rgba, greyAlpha;
        for (int y = 0; y < 6; ++y) {
            QByteArray a, b, c;
            for (int x = 0; x < w; ++x) {
                const int r = x * 20 + y, g = 200 - x * 9, bl = y * 30;
                a += bytesOf({r, g, bl});
                b += bytesOf({r, g, bl, 255});
                c += bytesOf({x * 25, 255});
            }
            rgb << a;
            rgba << b;
            greyAlpha << c;
        }
        const auto rgbImage = qr::readPngAsGray(makePng(w, rgb, 8, 2, 3));
        const auto rgbaImage = qr::readPngAsGray(makePng(w, rgba, 8, 6, 4));
        const auto gaImage = qr::readPngAsGray(makePng(w, greyAlpha, 8, 4, 2));
        QVERIFY2(rgbImage.ok(), qPrintable(rgbImage.message()));
        QVERIFY2(rgbaImage.ok(), qPrintable(rgbaImage.message()));
        QVERIFY2(gaImage.ok(), qPrintable(gaImage.message()));
        // Opaque RGBA reads as the RGB image does.
        QCOMPARE(rgbaImage->pixels, rgbImage->pixels);
        QCOMPARE(rgbImage->at(0, 0), uchar((587 * 200 + 500) / 1000));
        for (int x = 0; x < w; ++x)
            QCOMPARE(gaImage->at(x, 5), uchar(x * 25));
    }

    void testTransparentOverWhite()
    {
        // Grey 0 at alpha 0 is white paper; at alpha 255 it is black.
        const auto image = qr::readPngAsGray(makePng(2, QList<QByteArray>{bytesOf({0, 0, 0, 255})}, 8, 4, 2));
        QVERIFY(image.ok());
        QCOMPARE(image->at(0, 0), uchar(255));
        QCOMPARE(image->at(1, 0), uchar(0));
    }

    void testPaletteAndLowBitDepths()
    {
        // 2-bit palette: black, white, red, and a transparent fourth entry.
        const QByteArray plte = chunk("PLTE", QByteArray("\x00\x00\x00\xff\xff\xff\xff\x00\x00\x10\x10\x10", 12));
        const QByteArray trns = chunk("tRNS", QByteArray("\xff\xff\xff\x00", 4));
        // 5 pixels: indexes 0 1 2 3 1 -> bits 00 01 10 11 | 01 000000
        const QList<QByteArray> rows{QByteArray("\x1b\x40", 2)};
        const auto image = qr::readPngAsGray(makePng(5, rows, 2, 3, 1, plte + trns));
        QVERIFY2(image.ok(), qPrintable(image.message()));
        QCOMPARE(image->at(0, 0), uchar(0));
        QCOMPARE(image->at(1, 0), uchar(255));
        QCOMPARE(image->at(2, 0), uchar(76)); // red's luma (0.299 * 255)
        QCOMPARE(image->at(3, 0), uchar(255)); // transparent over white
        QCOMPARE(image->at(4, 0), uchar(255));

        // 1-bit grey: 10 pixels, bits 1010110011 -> bytes 0xAC 0xC0.
        const auto bits = qr::readPngAsGray(makePng(10, {QByteArray("\xac\xc0", 2)}, 1, 0, 1));
        QVERIFY2(bits.ok(), qPrintable(bits.message()));
        const uchar expected[] = {255, 0, 255, 0, 255, 255, 0, 0, 255, 255};
        for (int x = 0; x < 10; ++x)
            QCOMPARE(bits->at(x, 0), expected[x]);

        // 4-bit grey scales 0..15 to 0..255.
        const auto nibbles = qr::readPngAsGray(makePng(2, {QByteArray("\x0f", 1)}, 4, 0, 1));
        QVERIFY(nibbles.ok());
        QCOMPARE(nibbles->at(0, 0), uchar(0));
        QCOMPARE(nibbles->at(1, 0), uchar(255));
    }

    void testPaletteProblems()
    {
        const QList<QByteArray> rows{QByteArray("\x05", 1)};
        expectError(makePng(1, rows, 8, 3, 1), ErrorCode::InvalidInput, "no palette");
        const QByteArray plte = chunk("PLTE", QByteArray(6, '\0'));
        expectError(makePng(1, rows, 8, 3, 1, plte), ErrorCode::InvalidInput, "missing from its palette");
    }

    void testTruncated()
    {
        const QByteArray png = qr::writeGrayPng(sampleImage(40, 30));
        for (qsizetype size = 0; size < png.size(); ++size) {
            const Result<qr::GrayImage> image = qr::readPngAsGray(png.left(size));
            QVERIFY2(!image.ok(), qPrintable(QStringLiteral("accepted at %1 bytes").arg(size)));
        }
        expectError(png.left(png.size() - 12), ErrorCode::InvalidInput, "truncated");
    }

    void testBadCrc()
    {
        QByteArray png = qr::writeGrayPng(sampleImage(40, 30));
        png[45] = char(png[45] ^ 0x01); // inside the IDAT data
        expectError(png, ErrorCode::InvalidInput, "checksum");
    }

    void testHugeDimensions()
    {
        // A tiny file claiming 100000 x 100000 pixels is refused before any
        // allocation, and so is a huge chunk length.
        const QByteArray sig("\x89PNG\r\n\x1a\n", 8);
        expectError(sig + ihdr(100000, 100000, 8, 0) + chunk("IEND", {}), ErrorCode::LimitExceeded, "8192");
        expectError(sig + ihdr(0xffffffff, 1, 8, 0) + chunk("IEND", {}), ErrorCode::InvalidInput, "impossible size");
        expectError(sig + be32(0xfffffff0) + "IHDR" + QByteArray(8, '\0'), ErrorCode::InvalidInput, "impossible length");
        expectError(sig + be32(0x7ffffff0) + "IHDR" + QByteArray(20, '\0'), ErrorCode::InvalidInput, "truncated");
        // 8000 x 8000 RGBA passes the side limit but not the data cap.
        qr::PngLimits limits;
        limits.maxDecompressedBytes = 1024 * 1024;
        const auto big = qr::readPngAsGray(sig + ihdr(8000, 8000, 8, 6) + chunk("IDAT", "x") + chunk("IEND", {}), limits);
        QCOMPARE(big.code(), ErrorCode::LimitExceeded);
    }

    void testZipBombAndBadZlib()
    {
        // 4 x 4 grey needs 20 bytes; a stream that inflates to 10 MB is cut short.
        const QByteArray sig("\x89PNG\r\n\x1a\n", 8);
        const QByteArray bomb = qr::deflateZlib(QByteArray(10 * 1024 * 1024, '\0'));
        expectError(sig + ihdr(4, 4, 8, 0) + chunk("IDAT", bomb) + chunk("IEND", {}), ErrorCode::InvalidInput,
                    "more image data");
        expectError(sig + ihdr(4, 4, 8, 0) + chunk("IDAT", "this is not zlib") + chunk("IEND", {}),
                    ErrorCode::InvalidInput, "damaged");
        expectError(sig + ihdr(4, 4, 8, 0) + chunk("IDAT", qr::deflateZlib(QByteArray(10, '\0')))
                            + chunk("IEND", {}),
                    ErrorCode::InvalidInput, "before its last row");
        QByteArray badFilter(20, '\0');
        badFilter[5] = 9;
        expectError(sig + ihdr(4, 4, 8, 0) + chunk("IDAT", qr::deflateZlib(badFilter)) + chunk("IEND", {}),
                    ErrorCode::InvalidInput, "filter");
    }

    void testRefusedFormats()
    {
        const QByteArray sig("\x89PNG\r\n\x1a\n", 8);
        const QByteArray rest = chunk("IDAT", qr::deflateZlib(QByteArray(8, '\0'))) + chunk("IEND", {});
        expectError(sig + ihdr(2, 2, 8, 0, 1) + rest, ErrorCode::Unsupported, "interlaced");
        expectError(sig + ihdr(2, 2, 16, 0) + rest, ErrorCode::Unsupported, "16-bit");
        expectError(sig + ihdr(2, 2, 4, 2) + rest, ErrorCode::InvalidInput, "bit depth");
        expectError(sig + ihdr(2, 2, 8, 5) + rest, ErrorCode::InvalidInput, "colour type");
        expectError(sig + chunk("IEND", {}), ErrorCode::InvalidInput, "header");
        expectError("GIF89a", ErrorCode::InvalidInput, "not a PNG");
        expectError(sig + ihdr(2, 2, 8, 0) + chunk("ABCD", {}) + rest, ErrorCode::Unsupported, "ABCD");
    }

    void testRandomDamageNeverCrashes()
    {
        // Flipped bytes with the CRCs left as they are, and with them fixed
        // by re-chunking the damaged IDAT, must all end in a clean answer.
        const QByteArray png = qr::writeGrayPng(sampleImage(60, 40));
        QRandomGenerator random(42);
        for (int round = 0; round < 3000; ++round) {
            QByteArray damaged = png;
            const int flips = 1 + int(random.bounded(4));
            for (int i = 0; i < flips; ++i)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            (void)qr::readPngAsGray(damaged);
        }
        const QByteArray sig("\x89PNG\r\n\x1a\n", 8);
        QByteArray raw(41 * 40, '\0');
        const QByteArray stream = qr::deflateZlib(raw);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bad = stream;
            bad[random.bounded(int(bad.size()))] = char(random.bounded(256));
            (void)qr::readPngAsGray(sig + ihdr(40, 40, 8, random.bounded(2) ? 0 : 4) + chunk("IDAT", bad)
                                   + chunk("IEND", {}));
        }
    }
};

QTEST_GUILESS_MAIN(TestPng)
#include "tst_png.moc"
