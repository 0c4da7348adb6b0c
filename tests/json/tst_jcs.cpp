#include "json/Jcs.h"
#include "json/JsonParser.h"

#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace vitae::json;
using vitae::ErrorCode;

class TestJcs : public QObject {
    Q_OBJECT
private slots:
    void testRfc8785Vectors_data()
    {
        QTest::addColumn<QString>("name");
        const QDir inputs(vitae::test::testDataPath("json/jcs-rfc8785/input"));
        const QStringList names = inputs.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 6);
        for (const QString &name : names) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }
    void testRfc8785Vectors()
    {
        QFETCH(QString, name);
        const QByteArray input = vitae::test::readTestData(QStringLiteral("json/jcs-rfc8785/input/") + name);
        const QByteArray expected = vitae::test::readTestData(QStringLiteral("json/jcs-rfc8785/output/") + name);
        const auto parsed = parseJson(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        const auto canonical = canonicalize(parsed.value());
        QVERIFY2(canonical.ok(), qPrintable(canonical.message()));
        QCOMPARE(canonical.value(), expected);

        // Canonical text is a fixed point.
        const auto reparsed = parseJson(canonical.value());
        QVERIFY(reparsed.ok());
        QCOMPARE(canonicalize(reparsed.value()).value(), expected);
    }

    void testStringEscaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("short escapes") << QStringLiteral("\"\\\b\f\n\r\t")
                                       << QByteArray("\"\\\"\\\\\\b\\f\\n\\r\\t\"");
        QTest::newRow("other controls") << QString(QChar(0)) + QChar(0x1f) + QChar(0x0b)
                                        << QByteArray(R"("\u0000\u001f\u000b")");
        QTest::newRow("slash and DEL literal") << QStringLiteral("</a>\x7f")
                                               << QByteArray("\"</a>\x7f\"");
        QTest::newRow("non-ASCII literal") << QStringLiteral("\u00e9\u20ac\U0001F600")
                                           << QByteArray("\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"");
        QTest::newRow("no normalization") << QStringLiteral("A\u030a")
                                          << QByteArray("\"A\xCC\x8A\"");
    }
    void testStringEscaping()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(canonicalize(QJsonValue(text)).value(), expected);
    }

    void testSortsByUtf16CodeUnits()
    {
        // U+1F600 is D83D DE00 in UTF-16, so it sorts before U+FB33 even
        // though its code point is larger.
        QJsonObject object;
        object.insert(QStringLiteral("\uFB33"), 1);
        object.insert(QStringLiteral("\U0001F600"), 2);
        object.insert(QStringLiteral("b"), 3);
        object.insert(QStringLiteral("B"), 4);
        object.insert(QString(), 5);
        const QByteArray expected = "{\"\":5,\"B\":4,\"b\":3,\"\xF0\x9F\x98\x80\":2,\"\xEF\xAC\xB3\":1}";
        QCOMPARE(canonicalize(object).value(), expected);
    }

    void testScalarsAndNesting()
    {
        QCOMPARE(canonicalize(QJsonValue()).value(), QByteArray("null"));
        QCOMPARE(canonicalize(true).value(), QByteArray("true"));
        QCOMPARE(canonicalize(QJsonValue(qint64(42))).value(), QByteArray("42"));
        QCOMPARE(canonicalize(QJsonArray()).value(), QByteArray("[]"));
        QCOMPARE(canonicalize(QJsonObject()).value(), QByteArray("{}"));
        const QJsonArray nested{QJsonArray{1.5, QJsonObject{{"z", false}, {"a", QJsonValue()}}}};
        QCOMPARE(canonicalize(nested).value(), QByteArray(R"([[1.5,{"a":null,"z":false}]])"));
    }

    void testRejectsNonFinite_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("+Infinity") << std::numeric_limits<double>::infinity();
        QTest::newRow("-Infinity") << -std::numeric_limits<double>::infinity();
    }
    void testRejectsNonFinite()
    {
        QFETCH(double, value);
        const auto direct = canonicalize(QJsonValue(value));
        QCOMPARE(direct.code(), ErrorCode::InvalidArgument);
        QVERIFY(!direct.message().isEmpty());
        const auto inside = canonicalize(QJsonObject{{"a", QJsonArray{1, value}}});
        QCOMPARE(inside.code(), ErrorCode::InvalidArgument);
    }

    void testRejectsLoneSurrogates()
    {
        QCOMPARE(canonicalize(QJsonValue(QString(QChar(0xD800)))).code(), ErrorCode::InvalidArgument);
        QCOMPARE(canonicalize(QJsonValue(QString(QChar(0xDC00)) + u'a')).code(),
                 ErrorCode::InvalidArgument);
        QJsonObject object;
        object.insert(QString(QChar(0xDBFF)), 1);
        QCOMPARE(canonicalize(object).code(), ErrorCode::InvalidArgument);
    }

    void testRejectsUndefined()
    {
        QCOMPARE(canonicalize(QJsonValue(QJsonValue::Undefined)).code(), ErrorCode::InvalidArgument);
    }

    void testDepthCap()
    {
        QJsonValue value = 1;
        for (int i = 0; i < JsonLimits::kMaxSupportedDepth; ++i) {
            value = QJsonArray{value};
        }
        QVERIFY(canonicalize(value).ok());
        value = QJsonArray{value};
        QCOMPARE(canonicalize(value).code(), ErrorCode::LimitExceeded);
    }
};

QTEST_GUILESS_MAIN(TestJcs)
#include "tst_jcs.moc"
