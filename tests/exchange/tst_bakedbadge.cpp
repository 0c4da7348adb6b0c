#include "exchange/BakedBadge.h"

#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QTest>

#include <zlib.h>

#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace vitae;
using namespace vitae::exchange;
using vitae::test::readTestData;

namespace {

const QByteArray kOb3Json = QByteArrayLiteral(
    "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
    "\"id\":\"urn:uuid:a63a60be-f4af-491e-87fc-2c8be1d57bb4\",\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"]}");
const QByteArray kJws = QByteArrayLiteral("eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZSJ9.c2lnbmF0dXJl");

QByteArray bigEndian32(quint32 v)
{
    QByteArray out(4, '\0');
    qToBigEndian(v, out.data());
    return out;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray body = type + data;
    const uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()));
    return bigEndian32(quint32(data.size())) + body + bigEndian32(quint32(crc));
}

// zlib-wrapped deflate, as iTXt (compression method 0) stores it.
QByteArray zlibCompress(const QByteArray &data)
{
    return qCompress(data).mid(4); // qCompress prefixes a 4-byte size
}

QByteArray itxt(const QByteArray &keyword, const QByteArray &text, bool compressed)
{
    QByteArray data = keyword + '\0';
    data += compressed ? QByteArray("\x01\x00", 2) : QByteArray("\x00\x00", 2);
    data += QByteArray("en") + '\0' + QByteArray() + '\0';
    data += compressed ? zlibCompress(text) : text;
    return data;
}

// A valid 1x1 greyscale PNG with `middle` chunks between IHDR and IDAT.
QByteArray minimalPng(const QByteArray &middle)
{
    QByteArray ihdr = bigEndian32(1) + bigEndian32(1);
    ihdr += QByteArray("\x08\x00\x00\x00\x00", 5); // 8-bit grey, deflate, no filter, no interlace
    const QByteArray idat = zlibCompress(QByteArray("\x00\x80", 2)); // filter byte + one pixel
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + middle + pngChunk("IDAT", idat)
        + pngChunk("IEND", {});
}

QByteArray svgWith(const QByteArray &inside, const QByteArray &prolog = {})
{
    return prolog + "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                    "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\" viewBox=\"0 0 10 10\">"
        + inside + "<rect width=\"10\" height=\"10\"/></svg>";
}

QJsonObject jsonOf(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object();
}

// 100 MB of zeros deflated in slices, so the test never holds 100 MB.
QByteArray zlibBomb(qsizetype inflatedBytes)
{
    z_stream stream{};
    deflateInit(&stream, Z_BEST_COMPRESSION);
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray out;
    char buffer[65536];
    for (qsizetype done = 0; done < inflatedBytes; done += zeros.size()) {
        const bool last = done + zeros.size() >= inflatedBytes;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(zeros.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer, qsizetype(sizeof buffer) - stream.avail_out);
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

} // namespace

class TestBakedBadge : public QObject {
    Q_OBJECT
private slots:
    void testSniffing()
    {
        QVERIFY(looksLikePng(readTestData("exchange/baked-ob2/concentricsky/baked_heart.png")));
        QVERIFY(!looksLikePng(readTestData("exchange/baked-ob2/mozilla/baked.svg")));
        QVERIFY(!looksLikePng(QByteArray("\x89PNG", 4)));
        QVERIFY(looksLikeSvg(readTestData("exchange/baked-ob2/mozilla/baked.svg")));
        QVERIFY(looksLikeSvg(readTestData("exchange/baked-ob2/concentricsky/baked_example.svg")));
        QVERIFY(looksLikeSvg(QByteArray("\xEF\xBB\xBF  <svg/>")));
        QVERIFY(!looksLikeSvg(readTestData("exchange/baked-ob2/concentricsky/baked_heart.png")));
        QVERIFY(!looksLikeSvg(QByteArray("<html><body/></html>")));
        QVERIFY(!looksLikeSvg(QByteArray()));
    }

    // ---- published OB 1.x/2.0 fixtures ----

    void testOb2BakedPng()
    {
        const auto result = extractFromPng(readTestData("exchange/baked-ob2/concentricsky/baked_heart.png"));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->kind, BakedContent::Kind::Json);
        QCOMPARE(result->standard, QStringLiteral("Open Badges 2.0"));
        const QJsonObject json = jsonOf(result->payload);
        QCOMPARE(json.value("uid").toString(), QStringLiteral("123"));
        QCOMPARE(json.value("verify").toObject().value("url").toString(),
                 QStringLiteral("http://example.org/badgeinstance1"));
    }

    void testOb2BakedSvg()
    {
        // Both elements carry text and a verify attribute; the text wins.
        const auto cs = extractFromSvg(readTestData("exchange/baked-ob2/concentricsky/baked_example.svg"));
        QVERIFY2(cs.ok(), qPrintable(cs.message()));
        QCOMPARE(cs->kind, BakedContent::Kind::Json);
        QCOMPARE(cs->standard, QStringLiteral("Open Badges 2.0"));
        QCOMPARE(jsonOf(cs->payload).value("uid").toString(), QStringLiteral("abcdef12345"));

        const auto moz = extractFromSvg(readTestData("exchange/baked-ob2/mozilla/baked.svg"));
        QVERIFY2(moz.ok(), qPrintable(moz.message()));
        QCOMPARE(moz->payload, QByteArray("{\"verify\":{\"url\":\"http://example.org\"}}"));
    }

    void testOb2SvgWithOnlyVerifyUrl()
    {
        // no-json.svg has an empty CDATA; OB 2.0 lets the verify URL stand in.
        const auto result = extractFromSvg(readTestData("exchange/baked-ob2/mozilla/no-json.svg"));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->kind, BakedContent::Kind::Url);
        QCOMPARE(result->payload, QByteArray("http://example.org"));
    }

    void testBadJsonIsLeftToTheCredentialReader()
    {
        // Extraction only classifies by shape; the JSON error is reported
        // later, by whoever parses the credential.
        const auto result = extractFromSvg(readTestData("exchange/baked-ob2/mozilla/bad-json.svg"));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->kind, BakedContent::Kind::Json);
        QCOMPARE(result->payload, QByteArray("{verify:{\"url\":\"http://example.org\"}}"));
        QVERIFY(QJsonDocument::fromJson(result->payload).isNull());
    }

    void testUnbaked_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        const QString png = QStringLiteral("This PNG has no badge baked into it");
        const QString svg = QStringLiteral("This SVG has no badge baked into it");
        QTest::newRow("concentricsky png") << "exchange/baked-ob2/concentricsky/public_domain_heart.png" << png;
        QTest::newRow("mozilla png (foreign tEXt)") << "exchange/baked-ob2/mozilla/unbaked.png" << png;
        QTest::newRow("concentricsky svg") << "exchange/baked-ob2/concentricsky/unbaked_example.svg" << svg;
        QTest::newRow("mozilla svg") << "exchange/baked-ob2/mozilla/unbaked.svg" << svg;
    }
    void testUnbaked()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QByteArray bytes = readTestData(file);
        const auto result = file.endsWith(".png") ? extractFromPng(bytes) : extractFromSvg(bytes);
        QCOMPARE(result.code(), ErrorCode::NotFound);
        QCOMPARE(result.message(), message);
    }

    // ---- OB 3.0, built here (no published baked OB 3.0 image exists) ----

    void testOb3Png_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<BakedContent::Kind>("kind");
        QTest::addColumn<QString>("standard");
        QTest::newRow("iTXt plain") << pngChunk("iTXt", itxt("openbadgecredential", kOb3Json, false)) << kOb3Json
                                    << BakedContent::Kind::Json << "Open Badges 3.0";
        QTest::newRow("iTXt compressed") << pngChunk("iTXt", itxt("openbadgecredential", kOb3Json, true))
                                         << kOb3Json << BakedContent::Kind::Json << "Open Badges 3.0";
        QTest::newRow("iTXt JWS with spaces") << pngChunk("iTXt", itxt("openbadgecredential", "\n " + kJws + " \n", true))
                                              << kJws << BakedContent::Kind::Jws << "Open Badges 3.0";
        QTest::newRow("tEXt URL (2.0)") << pngChunk("tEXt", "openbadges\0https://example.org/a/1"_ba)
                                        << QByteArray("https://example.org/a/1") << BakedContent::Kind::Url
                                        << "Open Badges 2.0";
        QTest::newRow("tEXt Latin-1 (2.0)") << pngChunk("tEXt", "openbadges\0{\"name\":\"caf\xe9\"}"_ba)
                                            << QByteArray("{\"name\":\"caf\xc3\xa9\"}") << BakedContent::Kind::Json
                                            << "Open Badges 2.0";
    }
    void testOb3Png()
    {
        QFETCH(QByteArray, chunk);
        QFETCH(QByteArray, payload);
        QFETCH(BakedContent::Kind, kind);
        QFETCH(QString, standard);
        // A foreign text chunk before ours must be skipped.
        const QByteArray png = minimalPng(pngChunk("tEXt", "Software\0Vitae"_ba) + chunk);
        const auto result = extractFromPng(png);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->payload, payload);
        QCOMPARE(result->kind, kind);
        QCOMPARE(result->standard, standard);
    }

    void testOb3Svg()
    {
        const QByteArray svg = svgWith("<openbadges:credential><![CDATA[\n" + kOb3Json
                                       + "\n]]></openbadges:credential>",
                                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        const auto result = extractFromSvg(svg);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->kind, BakedContent::Kind::Json);
        QCOMPARE(result->standard, QStringLiteral("Open Badges 3.0"));
        QCOMPARE(result->payload, kOb3Json);
        QCOMPARE(jsonOf(result->payload).value("id").toString(),
                 QStringLiteral("urn:uuid:a63a60be-f4af-491e-87fc-2c8be1d57bb4"));

        // A plain external DOCTYPE (Inkscape, Illustrator) is fine: nothing is loaded.
        const auto withDoctype = extractFromSvg(svgWith(
            "<openbadges:credential>" + kJws + "</openbadges:credential>",
            "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
            "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"));
        QVERIFY2(withDoctype.ok(), qPrintable(withDoctype.message()));
        QCOMPARE(withDoctype->kind, BakedContent::Kind::Jws);
    }

    void testPayloadClassification_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("json") << QByteArray("{}") << true;
        QTest::newRow("jws") << kJws << true;
        QTest::newRow("https") << QByteArray("https://example.org/b") << true;
        QTest::newRow("HTTP upper") << QByteArray("HTTP://example.org/b") << true;
        QTest::newRow("empty") << QByteArray("  \n") << false;
        QTest::newRow("two parts") << QByteArray("abc.def") << false;
        QTest::newRow("jws bad alphabet") << QByteArray("ab+c.def.ghi") << false;
        QTest::newRow("jws empty part") << QByteArray("abc..ghi") << false;
        QTest::newRow("ftp") << QByteArray("ftp://example.org/") << false;
        QTest::newRow("url with space") << QByteArray("https://exa mple.org/") << false;
        QTest::newRow("no host") << QByteArray("https:///path") << false;
        QTest::newRow("prose") << QByteArray("hello") << false;
        QTest::newRow("array") << QByteArray("[1]") << false;
    }
    void testPayloadClassification()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, accepted);
        const auto png = extractFromPng(minimalPng(pngChunk("iTXt", itxt("openbadgecredential", text, false))));
        const auto svg = extractFromSvg(svgWith("<openbadges:credential>" + text + "</openbadges:credential>"));
        QCOMPARE(png.ok(), accepted);
        QCOMPARE(svg.ok(), accepted);
        if (!accepted)
            QCOMPARE(png.code(), ErrorCode::InvalidInput);
    }

    // ---- hostile PNGs ----

    void testNotAPng()
    {
        QCOMPARE(extractFromPng(QByteArray()).message(), QStringLiteral("This file is not a PNG image"));
        QCOMPARE(extractFromPng(readTestData("exchange/baked-ob2/mozilla/baked.svg")).message(),
                 QStringLiteral("This file is not a PNG image"));
    }

    void testEveryTruncationFails()
    {
        const QList<QByteArray> images = {readTestData("exchange/baked-ob2/concentricsky/baked_heart.png"),
                                          minimalPng(pngChunk("iTXt", itxt("openbadgecredential", kOb3Json, true)))};
        for (const QByteArray &png : images) {
            QVERIFY(extractFromPng(png).ok());
            for (qsizetype size = 0; size < png.size(); ++size) {
                // An exact-size copy with no terminator, so ASan sees any overread.
                const std::vector<char> cut(png.begin(), png.begin() + size);
                const auto result = extractFromPng(QByteArrayView(cut.data(), size));
                QVERIFY2(!result.ok(), qPrintable(QString::number(size)));
                QCOMPARE(result.code(), ErrorCode::InvalidInput);
            }
        }
    }

    void testEveryFlippedByteFails()
    {
        const QByteArray png = readTestData("exchange/baked-ob2/concentricsky/baked_heart.png");
        for (qsizetype i = 0; i < png.size(); ++i) {
            QByteArray bad = png;
            bad[i] = char(bad[i] ^ 0x01);
            QVERIFY2(!extractFromPng(bad).ok(), qPrintable(QString::number(i)));
        }
        // A flip inside the iTXt text is caught by the chunk's CRC.
        QByteArray bad = png;
        const qsizetype at = bad.indexOf("\"uid\"");
        QVERIFY(at > 0);
        bad[at + 2] = 'X';
        QCOMPARE(extractFromPng(bad).message(), QStringLiteral("The PNG is damaged (chunk iTXt fails its checksum)"));
    }

    void testHugeChunkLength_data()
    {
        QTest::addColumn<quint32>("length");
        QTest::newRow("4 GB") << quint32(0xffffffff);
        QTest::newRow("2 GB") << quint32(0x80000000);
        QTest::newRow("just past the end") << quint32(1000);
    }
    void testHugeChunkLength()
    {
        QFETCH(quint32, length);
        const QByteArray text = itxt("openbadgecredential", "{}", false);
        QByteArray chunk = pngChunk("iTXt", text);
        chunk.replace(0, 4, bigEndian32(length));
        QByteArray png = minimalPng({});
        png.insert(8 + 25, chunk); // after the signature and IHDR; IDAT and IEND follow
        const auto result = extractFromPng(png);
        QCOMPARE(result.code(), ErrorCode::InvalidInput);
        QCOMPARE(result.message(), QStringLiteral("The PNG is damaged (chunk iTXt runs past the end of the file)"));
    }

    void testZlibBombStoppedByCap()
    {
        const QByteArray bomb = zlibBomb(100 * 1024 * 1024);
        QVERIFY(bomb.size() < 1024 * 1024);
        QByteArray data = QByteArray("openbadgecredential") + '\0' + QByteArray("\x01\x00\x00\x00", 4) + bomb;
        const auto result = extractFromPng(minimalPng(pngChunk("iTXt", data)));
        QCOMPARE(result.code(), ErrorCode::LimitExceeded);
        QCOMPARE(result.message(), QStringLiteral("The baked credential is larger than 2 MB"));
    }

    void testLimits()
    {
        const QByteArray heart = readTestData("exchange/baked-ob2/concentricsky/baked_heart.png");
        BakedLimits small;
        small.maxImageBytes = 512;
        QCOMPARE(extractFromPng(heart, small).code(), ErrorCode::LimitExceeded);

        BakedLimits tinyPayload;
        tinyPayload.maxPayloadBytes = 50;
        QCOMPARE(extractFromPng(heart, tinyPayload).code(), ErrorCode::LimitExceeded);
        const QByteArray compressed = minimalPng(pngChunk("iTXt", itxt("openbadgecredential", kOb3Json, true)));
        QCOMPARE(extractFromPng(compressed, tinyPayload).code(), ErrorCode::LimitExceeded);
        QCOMPARE(extractFromSvg(svgWith("<openbadges:credential>" + kOb3Json + "</openbadges:credential>"), tinyPayload)
                     .code(),
                 ErrorCode::LimitExceeded);
    }

    void testMalformedItxt_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("no fields after keyword") << "openbadgecredential\0"_ba;
        QTest::newRow("no language terminator") << "openbadgecredential\0\0\0en"_ba;
        QTest::newRow("no translated terminator") << "openbadgecredential\0\0\0en\0x"_ba;
        QTest::newRow("unknown flag") << "openbadgecredential\0\x02\0\0\0{}"_ba;
        QTest::newRow("unknown method") << "openbadgecredential\0\x01\x05\0\0{}"_ba;
        QTest::newRow("no keyword terminator") << "openbadgecredential"_ba;
        QTest::newRow("damaged zlib") << "openbadgecredential\0\x01\0\0\0\x78\x9c garbage"_ba;
        QTest::newRow("truncated zlib") << "openbadgecredential\0\x01\0\0\0"_ba + zlibCompress(kOb3Json).chopped(6);
    }
    void testMalformedItxt()
    {
        QFETCH(QByteArray, data);
        const auto result = extractFromPng(minimalPng(pngChunk("iTXt", data)));
        QCOMPARE(result.code(), ErrorCode::InvalidInput);
        QVERIFY2(result.message().contains("badge text"), qPrintable(result.message()));
    }

    void testTwoBadgesOrNoEndRefused()
    {
        const QByteArray one = pngChunk("iTXt", itxt("openbadgecredential", kOb3Json, false));
        QVERIFY(!extractFromPng(minimalPng(one + one)).ok());
        const QByteArray el = "<openbadges:credential>" + kJws + "</openbadges:credential>";
        QVERIFY(!extractFromSvg(svgWith(el + el)).ok());
        // Without IEND the file was cut short, even if the badge was read.
        QVERIFY(!extractFromPng(minimalPng(one).chopped(12)).ok());
    }

    // ---- hostile SVGs ----

    void testSvgEntitiesRefused_data()
    {
        QByteArray laughs = "<!DOCTYPE svg [\n<!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= 9; ++i) {
            laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                laughs += "&lol" + (i == 1 ? QByteArray() : QByteArray::number(i - 1)) + ";";
            laughs += "\">\n";
        }
        laughs += "]>\n";
        QTest::addColumn<QByteArray>("svg");
        QTest::newRow("external entity (XXE)") << svgWith(
            "<openbadges:credential>&x;</openbadges:credential>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n");
        QTest::newRow("billion laughs") << svgWith("<openbadges:credential>&lol9;</openbadges:credential>", laughs);
        QTest::newRow("parameter entity") << svgWith(
            "<openbadges:credential>{}</openbadges:credential>",
            "<!DOCTYPE svg [<!ENTITY % p SYSTEM \"http://example.org/evil.dtd\"> %p;]>");
    }
    void testSvgEntitiesRefused()
    {
        // QXmlStreamReader opens no files; the DTD is refused before any
        // reference is reached, so nothing is expanded or looked up.
        QFETCH(QByteArray, svg);
        const auto result = extractFromSvg(svg);
        QCOMPARE(result.code(), ErrorCode::InvalidInput);
        QCOMPARE(result.message(), QStringLiteral("The SVG declares entities, which Vitae never loads"));
    }

    void testSvgOverSizeCapRefused()
    {
        QByteArray svg = svgWith("<openbadges:credential>" + kJws + "</openbadges:credential>");
        svg.insert(svg.indexOf("<rect"), QByteArray(21 * 1024 * 1024, ' '));
        const auto result = extractFromSvg(svg);
        QCOMPARE(result.code(), ErrorCode::LimitExceeded);
        QCOMPARE(result.message(), QStringLiteral("The SVG is larger than 20 MB, the most Vitae reads"));
    }

    void testSvgMalformed_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::newRow("not xml") << QByteArray("not xml at all");
        QTest::newRow("png bytes") << readTestData("exchange/baked-ob2/concentricsky/baked_heart.png");
        QTest::newRow("other root") << QByteArray("<html xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                                                  "<openbadges:credential>{}</openbadges:credential></html>");
        QTest::newRow("unclosed") << svgWith("<openbadges:credential>{}").chopped(6);
        QTest::newRow("child element") << svgWith("<openbadges:credential>{<b/>}</openbadges:credential>");
        QTest::newRow("undeclared prefix") << QByteArray("<svg><openbadges:credential>{}</openbadges:credential></svg>");
        QTest::newRow("broken after badge") << svgWith("<openbadges:credential>{}</openbadges:credential><g>");
    }
    void testSvgMalformed()
    {
        QFETCH(QByteArray, svg);
        const auto result = extractFromSvg(svg);
        QVERIFY(!result.ok());
        QCOMPARE(result.code(), ErrorCode::InvalidInput);
    }

    void testSvgWrongNamespaceIgnored()
    {
        // The prefix is only a name; the namespace decides.
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://example.org/x\">"
                               "<openbadges:credential>{}</openbadges:credential></svg>";
        QCOMPARE(extractFromSvg(svg).message(), QStringLiteral("This SVG has no badge baked into it"));
    }
};

QTEST_GUILESS_MAIN(TestBakedBadge)
#include "tst_bakedbadge.moc"
