// Status lists against the Bitstring Status List spec example, the Digital
// Credentials Consortium's published lists, and hostile input.
#include "TestSupport.h"
#include "crypto/Encoding.h"
#include "verify/StatusList.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <zlib.h>

#include <limits>

using namespace vitae;
using namespace vitae::verify;

namespace {

// GZIP-compresses `head` followed by `fill` bytes up to `size` in total,
// streaming so a 100 MB input never has to exist in memory.
QByteArray gzip(const QByteArray &head, qint64 size = 0, char fill = 0)
{
    z_stream stream{};
    if (deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray input = head;
    const QByteArray block(1024 * 1024, fill);
    qint64 remaining = qMax<qint64>(0, size - head.size());
    QByteArray output;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    bool last = false;
    while (!last) {
        if (input.isEmpty() && remaining > 0) {
            input = block.first(qMin<qint64>(block.size(), remaining));
            remaining -= input.size();
        }
        last = remaining == 0;
        stream.next_in = reinterpret_cast<Bytef *>(input.data());
        stream.avail_in = uInt(input.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
            stream.avail_out = uInt(chunk.size());
            deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            output.append(chunk.constData(), chunk.size() - stream.avail_out);
        } while (stream.avail_out == 0);
        input.clear();
    }
    deflateEnd(&stream);
    return output;
}

QString encode(const QByteArray &gzipped, bool multibase = true)
{
    return (multibase ? QStringLiteral("u") : QString()) + QString::fromLatin1(crypto::base64UrlEncode(gzipped));
}

QJsonObject readJson(const QString &relativePath)
{
    return QJsonDocument::fromJson(test::readTestData(relativePath)).object();
}

QJsonObject bitstringEntry()
{
    return QJsonObject{{"id", "https://example.com/credentials/status/3#94567"},
                       {"type", "BitstringStatusListEntry"},
                       {"statusPurpose", "revocation"},
                       {"statusListIndex", "94567"},
                       {"statusListCredential", "https://example.com/credentials/status/3"}};
}

} // namespace

class TestStatusList : public QObject {
    Q_OBJECT
private slots:
    void testDecodeVectors_data()
    {
        QTest::addColumn<QString>("encodedList");
        QTest::addColumn<qint64>("lengthBytes");
        QTest::addColumn<QList<qint64>>("setBits");
        const QJsonArray vectors = readJson("status/decode-vectors.derived.json").value("vectors").toArray();
        QCOMPARE(vectors.size(), 2);
        for (const QJsonValue &value : vectors) {
            const QJsonObject vector = value.toObject();
            QString encodedList = vector.value("encodedList").toString();
            if (encodedList.isEmpty()) {
                // The DCC vectors name a status list credential instead.
                const QString file = QFileInfo(vector.value("file").toString()).fileName();
                encodedList = readJson("status/dcc/" + file)
                                      .value("credentialSubject").toObject().value("encodedList").toString();
            }
            QList<qint64> setBits;
            for (const QJsonValue &bit : vector.value("setBitIndices").toArray())
                setBits.append(bit.toInteger());
            QTest::newRow(qPrintable(vector.value("name").toString()))
                    << encodedList << vector.value("decompressedLengthBytes").toInteger() << setBits;
        }
    }
    void testDecodeVectors()
    {
        QFETCH(QString, encodedList);
        QFETCH(qint64, lengthBytes);
        QFETCH(QList<qint64>, setBits);
        const auto bitstring = decodeStatusList(encodedList);
        QVERIFY2(bitstring.ok(), qPrintable(bitstring.message()));
        QCOMPARE(bitstring->size(), lengthBytes);
        for (qint64 index = 0; index < lengthBytes * 8; ++index) {
            const auto status = statusAt(bitstring.value(), index);
            QVERIFY(status.ok());
            if (status.value() != (setBits.contains(index) ? 1 : 0))
                QFAIL(qPrintable(QStringLiteral("bit %1 is %2").arg(index).arg(status.value())));
        }
        // Without the multibase prefix (StatusList2021 style) it reads the same.
        const auto plain = decodeStatusList(encodedList.sliced(1));
        QVERIFY(plain.ok());
        QCOMPARE(plain.value(), bitstring.value());
    }

    void testDccCredentialsGiveTheNamedBits()
    {
        const auto subject = readStatusListCredential(readJson("status/dcc/e5WK8CbZ1GjycuPombrj.json"));
        QVERIFY2(subject.ok(), qPrintable(subject.message()));
        QCOMPARE(subject->type, QStringLiteral("BitstringStatusList"));
        QCOMPARE(subject->purpose, QStringLiteral("revocation"));
        const auto bitstring = decodeStatusList(subject->encodedList);
        QVERIFY(bitstring.ok());
        // The fixtures' credentials use index 6 and 8 (revoked) and 7 (valid).
        QCOMPARE(statusAt(bitstring.value(), 6).value(), 1);
        QCOMPARE(statusAt(bitstring.value(), 7).value(), 0);
        QCOMPARE(statusAt(bitstring.value(), 8).value(), 1);
        QCOMPARE(statusAt(bitstring.value(), 99999).value(), 0);
        QCOMPARE(statusAt(bitstring.value(), 100000).code(), ErrorCode::LimitExceeded);
    }

    void testDccMissingCredentialTypeIsRefused()
    {
        const auto subject = readStatusListCredential(readJson("status/dcc/missingBitStringType.json"));
        QCOMPARE(subject.code(), ErrorCode::InvalidInput);
        QVERIFY(subject.message().contains("BitstringStatusListCredential"));
    }

    void testDccTamperedListDoesNotDecode()
    {
        const auto subject = readStatusListCredential(readJson("status/dcc/tampered.json"));
        QVERIFY(subject.ok());
        QCOMPARE(decodeStatusList(subject->encodedList).code(), ErrorCode::InvalidInput);
    }

    void testReadStatusList2021Credential()
    {
        const QJsonObject credential{
                {"type", QJsonArray{"VerifiableCredential", "StatusList2021Credential"}},
                {"credentialSubject",
                 QJsonObject{{"type", "StatusList2021"}, {"statusPurpose", "suspension"}, {"encodedList", "H4sI"}}}};
        const auto subject = readStatusListCredential(credential);
        QVERIFY(subject.ok());
        QCOMPARE(subject->type, QStringLiteral("StatusList2021"));
        QCOMPARE(subject->purpose, QStringLiteral("suspension"));

        QJsonObject noList = credential;
        noList["credentialSubject"] = QJsonObject{{"type", "StatusList2021"}, {"statusPurpose", "revocation"}};
        QCOMPARE(readStatusListCredential(noList).code(), ErrorCode::InvalidInput);
        QCOMPARE(readStatusListCredential(QJsonObject{}).code(), ErrorCode::InvalidInput);
    }

    void testParseBitstringEntry()
    {
        const auto entry = parseStatusEntry(bitstringEntry());
        QVERIFY2(entry.ok(), qPrintable(entry.message()));
        QCOMPARE(entry->type, QStringLiteral("BitstringStatusListEntry"));
        QCOMPARE(entry->purpose, QStringLiteral("revocation"));
        QCOMPARE(entry->index, Q_INT64_C(94567));
        QCOMPARE(entry->listCredentialUrl, QStringLiteral("https://example.com/credentials/status/3"));
        QCOMPARE(entry->statusSize, 1);

        QJsonObject wide = bitstringEntry();
        wide["statusSize"] = 2;
        wide["statusPurpose"] = "message";
        QCOMPARE(parseStatusEntry(wide)->statusSize, 2);
    }

    void testParseStatusList2021Entry()
    {
        const QJsonObject json{{"id", "https://example.com/credentials/status/3#94567"},
                               {"type", "StatusList2021Entry"},
                               {"statusPurpose", "suspension"},
                               {"statusListIndex", 7}, // some issuers write a number
                               {"statusListCredential", "https://example.com/credentials/status/3"}};
        const auto entry = parseStatusEntry(json);
        QVERIFY2(entry.ok(), qPrintable(entry.message()));
        QCOMPARE(entry->type, QStringLiteral("StatusList2021Entry"));
        QCOMPARE(entry->purpose, QStringLiteral("suspension"));
        QCOMPARE(entry->index, Q_INT64_C(7));
        QCOMPARE(entry->statusSize, 1);
    }

    void testParseEntryRejectsBadFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("named");
        const int invalid = int(ErrorCode::InvalidInput);
        QTest::newRow("negative index") << "statusListIndex" << QJsonValue("-1") << invalid << "statusListIndex";
        QTest::newRow("negative number index") << "statusListIndex" << QJsonValue(-1) << invalid << "statusListIndex";
        QTest::newRow("fractional index") << "statusListIndex" << QJsonValue(1.5) << invalid << "statusListIndex";
        QTest::newRow("text index") << "statusListIndex" << QJsonValue("ten") << invalid << "statusListIndex";
        QTest::newRow("signed index") << "statusListIndex" << QJsonValue("+5") << invalid << "statusListIndex";
        QTest::newRow("spaced index") << "statusListIndex" << QJsonValue(" 5") << invalid << "statusListIndex";
        QTest::newRow("empty index") << "statusListIndex" << QJsonValue("") << invalid << "statusListIndex";
        QTest::newRow("huge index") << "statusListIndex" << QJsonValue("99999999999999999999") << invalid
                                    << "statusListIndex";
        QTest::newRow("missing index") << "statusListIndex" << QJsonValue(QJsonValue::Undefined) << invalid
                                       << "statusListIndex";
        QTest::newRow("no purpose") << "statusPurpose" << QJsonValue(QJsonValue::Undefined) << invalid
                                    << "statusPurpose";
        QTest::newRow("purpose not text") << "statusPurpose" << QJsonValue(3) << invalid << "statusPurpose";
        QTest::newRow("relative list url") << "statusListCredential" << QJsonValue("/status/3") << invalid
                                           << "statusListCredential";
        QTest::newRow("no list url") << "statusListCredential" << QJsonValue(QJsonValue::Undefined) << invalid
                                     << "statusListCredential";
        QTest::newRow("zero size") << "statusSize" << QJsonValue(0) << invalid << "statusSize";
        QTest::newRow("size too big") << "statusSize" << QJsonValue(64) << invalid << "statusSize";
        QTest::newRow("size not a number") << "statusSize" << QJsonValue(true) << invalid << "statusSize";
        QTest::newRow("unknown type") << "type" << QJsonValue("RevocationList2020Status")
                                      << int(ErrorCode::Unsupported) << "RevocationList2020Status";
        QTest::newRow("no type") << "type" << QJsonValue(QJsonValue::Undefined) << invalid << "type";
    }
    void testParseEntryRejectsBadFields()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, code);
        QFETCH(QString, named);
        QJsonObject json = bitstringEntry();
        if (value.isUndefined())
            json.remove(field);
        else
            json[field] = value;
        const auto entry = parseStatusEntry(json);
        QCOMPARE(int(entry.code()), code);
        QVERIFY2(entry.message().contains(named), qPrintable(entry.message()));
    }

    void testMultiBitStatus()
    {
        // Entries of 2 bits: 0 -> 00, 1 -> 01, 2 -> 10, 3 -> 11, 4 -> 00 ...
        // 0b00011011 0b11100100 reads 0,1,2,3 then 3,2,1,0.
        const QByteArray bits = QByteArray::fromHex("1be4");
        const auto bitstring = decodeStatusList(encode(gzip(bits)));
        QVERIFY(bitstring.ok());
        QCOMPARE(bitstring.value(), bits);
        const QList<int> expected = {0, 1, 2, 3, 3, 2, 1, 0};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(statusAt(bitstring.value(), i, 2).value(), expected[i]);
        QCOMPARE(statusAt(bitstring.value(), 8, 2).code(), ErrorCode::LimitExceeded);

        // 8-bit entries are whole bytes; 3-bit entries cross byte boundaries.
        QCOMPARE(statusAt(bits, 1, 8).value(), 0xe4);
        QCOMPARE(statusAt(bits, 2, 3).value(), 0b111); // bits 6..8 straddle bytes 0 and 1
        QCOMPARE(statusAt(bits, 4, 3).value(), 0b010); // bits 12..14
        QCOMPARE(statusAt(bits, 5, 3).code(), ErrorCode::LimitExceeded); // needs bits 15..17
    }

    void testIndexOutOfRange()
    {
        const QByteArray bits(2, '\xff');
        QCOMPARE(statusAt(bits, 15).value(), 1);
        QCOMPARE(statusAt(bits, 16).code(), ErrorCode::LimitExceeded);
        QCOMPARE(statusAt(bits, std::numeric_limits<qint64>::max()).code(), ErrorCode::LimitExceeded);
        QCOMPARE(statusAt(QByteArray(), 0).code(), ErrorCode::LimitExceeded);
        QCOMPARE(statusAt(bits, -1).code(), ErrorCode::InvalidArgument);
        QCOMPARE(statusAt(bits, 0, 0).code(), ErrorCode::InvalidArgument);
        QCOMPARE(statusAt(bits, 0, 32).code(), ErrorCode::InvalidArgument);
    }

    void testGzipBombStopsAtTheCap()
    {
        // 100 MB of zeros compresses to about 100 KB.
        const QByteArray bomb = gzip(QByteArray(), 100LL * 1024 * 1024);
        QVERIFY(bomb.size() < 200 * 1024);
        const auto decoded = decodeStatusList(encode(bomb));
        QCOMPARE(decoded.code(), ErrorCode::LimitExceeded);

        // A lower cap stops a smaller list; one byte more than the list is enough.
        const QByteArray list = gzip(QByteArray(), 16384);
        QCOMPARE(decodeStatusList(encode(list), StatusListLimits{2 * 1024 * 1024, 16383}).code(),
                 ErrorCode::LimitExceeded);
        QVERIFY(decodeStatusList(encode(list), StatusListLimits{2 * 1024 * 1024, 16384}).ok());
    }

    void testCompressedSizeCap()
    {
        const QByteArray list = gzip(QByteArray(), 16384);
        QCOMPARE(decodeStatusList(encode(list), StatusListLimits{16, 1024 * 1024}).code(), ErrorCode::LimitExceeded);
    }

    void testBrokenGzip_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        QTest::addColumn<QString>("says");
        const QByteArray good = gzip(QByteArray::fromHex("80"), 16384);
        QTest::newRow("truncated") << good.first(good.size() / 2) << "cut short";
        QTest::newRow("header only") << good.first(10) << "cut short";
        QTest::newRow("no crc trailer") << good.first(good.size() - 8) << "cut short";
        QByteArray badCrc = good;
        badCrc[badCrc.size() - 6] = char(badCrc[badCrc.size() - 6] ^ 0x01);
        QTest::newRow("wrong crc") << badCrc << "not valid GZIP";
        QTest::newRow("garbage") << QByteArray("this is not gzip at all") << "not valid GZIP";
        QTest::newRow("zlib not gzip") << qCompress(QByteArray(16, '\0')).sliced(4) << "not valid GZIP";
        QTest::newRow("trailing data") << good + QByteArray("xyz") << "after";
    }
    void testBrokenGzip()
    {
        QFETCH(QByteArray, compressed);
        QFETCH(QString, says);
        const auto decoded = decodeStatusList(encode(compressed));
        QCOMPARE(decoded.code(), ErrorCode::InvalidInput);
        QVERIFY2(decoded.message().contains(says), qPrintable(decoded.message()));
    }

    void testBase64UrlGarbage_data()
    {
        QTest::addColumn<QString>("encodedList");
        QTest::newRow("empty") << QString();
        QTest::newRow("prefix only") << QStringLiteral("u");
        QTest::newRow("standard alphabet") << QStringLiteral("uH4sI+AAAAAAA/3BMQEAAADC");
        QTest::newRow("whitespace") << QStringLiteral("uH4sI AAAAAAAA");
        QTest::newRow("impossible length") << QStringLiteral("uH4sIA");
        QTest::newRow("non-ascii") << QStringLiteral("uH4sI\u00e9AAA");
        QTest::newRow("other multibase") << QStringLiteral("zH4sIAAAAAAAAA");
    }
    void testBase64UrlGarbage()
    {
        QFETCH(QString, encodedList);
        const auto decoded = decodeStatusList(encodedList);
        QCOMPARE(decoded.code(), ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestStatusList)
#include "tst_statuslist.moc"
