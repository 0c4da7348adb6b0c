#include "json/Es6Number.h"
#include "json/Jcs.h"

#include "TestSupport.h"

#include <QJsonValue>
#include <QTest>

#include <bit>
#include <charconv>
#include <cmath>
#include <limits>

using namespace vitae::json;

class TestEs6Number : public QObject {
    Q_OBJECT
private slots:
    void testDerivedVectors_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QByteArray>("expected");
        // Lines "hex-ieee754,expected" from cyberphone/json-canonicalization,
        // expected strings computed by Node.js; "null" means non-finite.
        const QByteArray text = vitae::test::readTestData("json/jcs-rfc8785/es6-numbers.derived.txt");
        int rows = 0;
        for (const QByteArray &rawLine : text.split('\n')) {
            const QByteArray line = rawLine.trimmed();
            if (line.isEmpty()) {
                continue;
            }
            const qsizetype comma = line.indexOf(',');
            QVERIFY2(comma > 0, line.constData());
            QTest::addRow("line %d: %s", rows + 1, line.left(comma).constData())
                << line.left(comma) << line.mid(comma + 1);
            ++rows;
        }
        QVERIFY(rows > 100);
    }
    void testDerivedVectors()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QByteArray, expected);
        bool ok = false;
        const quint64 bits = hex.toULongLong(&ok, 16);
        QVERIFY(ok);
        const double value = std::bit_cast<double>(bits);
        if (expected == "null") {
            QVERIFY(!std::isfinite(value));
            QVERIFY(es6NumberToString(value).isEmpty());
            const auto canonical = canonicalize(QJsonValue(value));
            QVERIFY(!canonical.ok());
            QCOMPARE(canonical.code(), vitae::ErrorCode::InvalidArgument);
            return;
        }
        QCOMPARE(es6NumberToString(value), expected);
        const auto canonical = canonicalize(QJsonValue(value));
        QVERIFY2(canonical.ok(), qPrintable(canonical.message()));
        QCOMPARE(canonical.value(), expected);
        // The text must read back as the same double (both zeros read as 0).
        double back = 1;
        const auto [ptr, ec] = std::from_chars(expected.constBegin(), expected.constEnd(), back);
        QVERIFY(ec == std::errc() && ptr == expected.constEnd());
        QCOMPARE(back, value == 0 ? 0.0 : value);
    }

    void testLayout_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("negative zero") << -0.0 << QByteArray("0");
        QTest::newRow("one") << 1.0 << QByteArray("1");
        QTest::newRow("minus one and a half") << -1.5 << QByteArray("-1.5");
        QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
        QTest::newRow("sum imprecision") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
        QTest::newRow("1e20 plain") << 1e20 << QByteArray("100000000000000000000");
        QTest::newRow("1e21 exponent") << 1e21 << QByteArray("1e+21");
        QTest::newRow("1.23e22") << 123e20 << QByteArray("1.23e+22");
        QTest::newRow("1e-6 plain") << 1e-6 << QByteArray("0.000001");
        QTest::newRow("1e-7 exponent") << 1e-7 << QByteArray("1e-7");
        QTest::newRow("1.5e-7") << 1.5e-7 << QByteArray("1.5e-7");
        QTest::newRow("123.456") << 123.456 << QByteArray("123.456");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
        QTest::newRow("max") << std::numeric_limits<double>::max()
                             << QByteArray("1.7976931348623157e+308");
        QTest::newRow("min normal") << std::numeric_limits<double>::min()
                                    << QByteArray("2.2250738585072014e-308");
        QTest::newRow("min subnormal") << std::numeric_limits<double>::denorm_min()
                                       << QByteArray("5e-324");
        QTest::newRow("negative exponent form") << -4.5e-10 << QByteArray("-4.5e-10");
    }
    void testLayout()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(es6NumberToString(value), expected);
    }

    void testNonFiniteHasNoText()
    {
        QVERIFY(es6NumberToString(std::numeric_limits<double>::quiet_NaN()).isEmpty());
        QVERIFY(es6NumberToString(std::numeric_limits<double>::infinity()).isEmpty());
        QVERIFY(es6NumberToString(-std::numeric_limits<double>::infinity()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEs6Number)
#include "tst_es6number.moc"
