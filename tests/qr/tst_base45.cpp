// Base45 against the examples of RFC 9285 and its error cases.
#include "qr/Base45.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vitae;

class TestBase45 : public QObject {
    Q_OBJECT
private slots:
    void testRfcExamples_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        // RFC 9285 sections 4.3 and 4.4.
        QTest::newRow("AB") << QByteArray("AB") << QByteArray("BB8");
        QTest::newRow("Hello!!") << QByteArray("Hello!!") << QByteArray("%69 VD92EX0");
        QTest::newRow("base-45") << QByteArray("base-45") << QByteArray("UJCLQE7W581");
        QTest::newRow("ietf!") << QByteArray("ietf!") << QByteArray("QED8WEX0");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("max pair") << QByteArray("\xff\xff", 2) << QByteArray("FGW");
    }
    void testRfcExamples()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(qr::base45Encode(bytes), text);
        const Result<QByteArray> decoded = qr::base45Decode(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(*decoded, bytes);
    }

    void testRoundTrip()
    {
        for (int size = 0; size < 200; ++size) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &b : bytes)
                b = char(QRandomGenerator::global()->bounded(256));
            const Result<QByteArray> decoded = qr::base45Decode(qr::base45Encode(bytes));
            QVERIFY(decoded.ok());
            QCOMPARE(*decoded, bytes);
        }
    }

    void testRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("dangling character") << QByteArray("QED8WEX0AB") << "truncated";
        QTest::newRow("lower case") << QByteArray("qed8wex0") << "alphabet";
        QTest::newRow("outside alphabet") << QByteArray("QE#") << "alphabet";
        QTest::newRow("triple overflow") << QByteArray("GGW") << "too large";
        QTest::newRow("pair overflow") << QByteArray(":6") << "too large";
    }
    void testRejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const Result<QByteArray> decoded = qr::base45Decode(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.code(), ErrorCode::InvalidInput);
        QVERIFY2(decoded.message().contains(reason), qPrintable(decoded.message()));
    }
};

QTEST_GUILESS_MAIN(TestBase45)
#include "tst_base45.moc"
