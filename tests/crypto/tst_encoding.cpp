#include "crypto/Encoding.h"
#include "crypto/Sodium.h"

#include <QTest>

using namespace vitae::crypto;

class TestEncoding : public QObject {
    Q_OBJECT
private slots:
    void testBase58Vectors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        // Published examples (draft-msporny-base58 and the Bitcoin alphabet).
        QTest::newRow("hello world") << QByteArray("Hello World!") << QByteArray("2NEpo7TZRRrLZSi2U");
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog.")
                             << QByteArray("USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z");
        QTest::newRow("leading zeros") << QByteArray::fromHex("0000287fb4cd") << QByteArray("11233QC4");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("single zero") << QByteArray(1, '\0') << QByteArray("1");
    }
    void testBase58Vectors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(base58btcEncode(bytes), text);
        const auto decoded = base58btcDecode(text);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, bytes);
    }

    void testBase58RejectsOutsideAlphabet_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << QByteArray("2NEpo0TZ");
        QTest::newRow("capital O") << QByteArray("O");
        QTest::newRow("capital I") << QByteArray("I1");
        QTest::newRow("lower l") << QByteArray("l");
        QTest::newRow("space") << QByteArray("2NE po");
        QTest::newRow("high byte") << QByteArray("2N\xff");
    }
    void testBase58RejectsOutsideAlphabet()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!base58btcDecode(text).has_value());
    }

    void testBase58RoundTripsRandomBytes()
    {
        for (int size = 0; size < 80; ++size) {
            QByteArray bytes = randomBytes(size);
            if (size > 2) {
                bytes[0] = 0; // exercise leading-zero handling too
            }
            const auto decoded = base58btcDecode(base58btcEncode(bytes));
            QVERIFY(decoded.has_value());
            QCOMPARE(*decoded, bytes);
        }
    }

    void testBase64Url_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        // RFC 4648 section 10 vectors, without padding.
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
        QTest::newRow("url alphabet") << QByteArray::fromHex("fbff") << QByteArray("-_8");
    }
    void testBase64Url()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(base64UrlEncode(bytes), text);
        QCOMPARE(base64UrlDecode(text).value_or("wrong"), bytes);
    }

    void testBase64UrlIsStrict_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding") << QByteArray("Zg==");
        QTest::newRow("standard alphabet +") << QByteArray("+_8");
        QTest::newRow("standard alphabet /") << QByteArray("/_8");
        QTest::newRow("whitespace") << QByteArray("Zm 9v");
        QTest::newRow("impossible length") << QByteArray("Zm9vY");
        QTest::newRow("non-canonical trailing bits") << QByteArray("Zh");
    }
    void testBase64UrlIsStrict()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!base64UrlDecode(text).has_value());
    }

    void testMultibase()
    {
        QCOMPARE(multibaseBase58btc("Hello World!"), QByteArray("z2NEpo7TZRRrLZSi2U"));
        QCOMPARE(multibaseDecode("z2NEpo7TZRRrLZSi2U").value_or(""), QByteArray("Hello World!"));
        QCOMPARE(multibaseDecode("uZm9v").value_or(""), QByteArray("foo"));
        QVERIFY(!multibaseDecode("").has_value());
        QVERIFY(!multibaseDecode("mZm9v").has_value()); // base64 with padding is not supported
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
