#include "json/JsonParser.h"

#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace vitae::json;
using vitae::ErrorCode;

namespace {

const QString kSuite = QStringLiteral("json/json-test-suite/test_parsing");

QStringList suiteFiles(const QString &prefix)
{
    const QDir dir(vitae::test::testDataPath(kSuite));
    return dir.entryList({prefix + QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

QByteArray suiteFile(const QString &name)
{
    return vitae::test::readTestData(kSuite + u'/' + name);
}

// A rejection must be clean: an input or limit error with a readable sentence.
bool isCleanRejection(const vitae::Result<QJsonValue> &result)
{
    return !result.ok()
        && (result.code() == ErrorCode::InvalidInput || result.code() == ErrorCode::LimitExceeded)
        && result.message().startsWith(QLatin1String("Not valid JSON"));
}

// y_ files that I-JSON (RFC 7493 section 2.3) requires us to reject.
const QSet<QString> kYesButDuplicateNames = {
    QStringLiteral("y_object_duplicated_key.json"),
    QStringLiteral("y_object_duplicated_key_and_value.json"),
};

// i_ files we accept: integers beyond 2^53 that still fit a double (they
// are rounded, as every JavaScript consumer would). Every other i_ file is
// invalid UTF-8, a lone surrogate, a BOM, UTF-16, a number that overflows or
// underflows a double, or deeper than the default limit, and is rejected.
const QSet<QString> kAcceptedImplementationDefined = {
    QStringLiteral("i_number_too_big_neg_int.json"),
    QStringLiteral("i_number_too_big_pos_int.json"),
    QStringLiteral("i_number_very_big_negative_int.json"),
};

void addSuiteRows(const QString &prefix)
{
    QTest::addColumn<QString>("name");
    for (const QString &name : suiteFiles(prefix)) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

} // namespace

class TestJsonParser : public QObject {
    Q_OBJECT
private slots:
    void testSuiteIsPresent()
    {
        QCOMPARE(suiteFiles(QStringLiteral("y_")).size(), 95);
        QCOMPARE(suiteFiles(QStringLiteral("n_")).size(), 188);
        QCOMPARE(suiteFiles(QStringLiteral("i_")).size(), 35);
    }

    void testSuiteAccepts_data() { addSuiteRows(QStringLiteral("y_")); }
    void testSuiteAccepts()
    {
        QFETCH(QString, name);
        const auto result = parseJson(suiteFile(name));
        if (kYesButDuplicateNames.contains(name)) {
            QVERIFY(isCleanRejection(result));
            QVERIFY2(result.message().contains(QLatin1String("duplicate")), qPrintable(result.message()));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.message()));
    }

    void testSuiteRejects_data() { addSuiteRows(QStringLiteral("n_")); }
    void testSuiteRejects()
    {
        QFETCH(QString, name);
        const auto result = parseJson(suiteFile(name));
        QVERIFY2(isCleanRejection(result), qPrintable(name + QStringLiteral(": ") + result.message()));
    }

    void testSuiteImplementationDefined_data() { addSuiteRows(QStringLiteral("i_")); }
    void testSuiteImplementationDefined()
    {
        QFETCH(QString, name);
        const auto result = parseJson(suiteFile(name));
        if (kAcceptedImplementationDefined.contains(name)) {
            QVERIFY2(result.ok(), qPrintable(result.message()));
            QVERIFY(result->toArray().at(0).isDouble());
        } else {
            QVERIFY2(isCleanRejection(result), qPrintable(name + QStringLiteral(" was accepted")));
        }
    }

    void testFiveHundredNestedArraysWithinRaisedLimit()
    {
        const QByteArray bytes = suiteFile(QStringLiteral("i_structure_500_nested_arrays.json"));
        QCOMPARE(parseJson(bytes).code(), ErrorCode::LimitExceeded);
        JsonLimits limits;
        limits.maxDepth = 500;
        QVERIFY(parseJson(bytes, limits).ok());
    }

    void testDeepNestingIsRejectedWithoutRecursion_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("100000 open arrays") << QByteArray(100000, '[');
        QTest::newRow("100000 balanced arrays") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("100000 open objects") << QByteArray("{\"a\":").repeated(100000);
        QTest::newRow("mixed") << QByteArray("[{\"\":").repeated(50000);
    }
    void testDeepNestingIsRejectedWithoutRecursion()
    {
        QFETCH(QByteArray, bytes);
        const auto result = parseJson(bytes);
        QCOMPARE(result.code(), ErrorCode::LimitExceeded);
        QVERIFY2(result.message().contains(QLatin1String("deeper than 128")), qPrintable(result.message()));
    }

    void testDepthBoundary()
    {
        const auto nested = [](int depth) {
            return QByteArray(depth, '[') + '1' + QByteArray(depth, ']');
        };
        QVERIFY(parseJson(nested(128)).ok());
        QCOMPARE(parseJson(nested(129)).code(), ErrorCode::LimitExceeded);
        JsonLimits limits;
        limits.maxDepth = 2;
        QVERIFY(parseJson("[{\"a\":1}]", limits).ok());
        QCOMPARE(parseJson("[{\"a\":[]}]", limits).code(), ErrorCode::LimitExceeded);
        QVERIFY(parseJson("\"scalars have depth 0\"", JsonLimits{1024, 0}).ok());
        // Above Qt's own builder limit the cap is clamped, never crashes.
        limits.maxDepth = 1000000;
        QVERIFY(parseJson(nested(JsonLimits::kMaxSupportedDepth), limits).ok());
        QCOMPARE(parseJson(nested(JsonLimits::kMaxSupportedDepth + 1), limits).code(),
                 ErrorCode::LimitExceeded);
    }

    void testSizeCapCheckedBeforeParsing()
    {
        JsonLimits limits;
        limits.maxBytes = 13;
        QVERIFY(parseJson("[1,2,3,4,5,6]", limits).ok());
        const auto tooBig = parseJson("[1,2,3,4,5,67]", limits);
        QCOMPARE(tooBig.code(), ErrorCode::LimitExceeded);
        QVERIFY2(tooBig.message().contains(QLatin1String("14 bytes")), qPrintable(tooBig.message()));
        // Garbage over the cap reports the size, proving no parsing happened.
        QCOMPARE(parseJson("not json at all", limits).code(), ErrorCode::LimitExceeded);

        QByteArray overDefault(JsonLimits().maxBytes + 1, ' ');
        overDefault[0] = '0';
        QCOMPARE(parseJson(overDefault).code(), ErrorCode::LimitExceeded);
        overDefault.chop(1);
        QVERIFY(parseJson(overDefault).ok());
    }

    void testDuplicateNames_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << QByteArray(R"({"a":1,"a":2})") << false;
        QTest::newRow("same value") << QByteArray(R"({"a":1,"b":0,"a":1})") << false;
        QTest::newRow("escaped spelling") << QByteArray(R"({"a":1,"\u0061":2})") << false;
        QTest::newRow("non-ASCII spelling") << QByteArray("{\"\xC3\xA9\":1,\"\\u00e9\":2}") << false;
        QTest::newRow("nested") << QByteArray(R"({"x":{"k":1,"k":2}})") << false;
        QTest::newRow("inside array") << QByteArray(R"([{"k":1,"k":2}])") << false;
        QTest::newRow("different objects") << QByteArray(R"([{"k":1},{"k":2}])") << true;
        QTest::newRow("parent and child") << QByteArray(R"({"k":{"k":{"k":1}}})") << true;
        QTest::newRow("case differs") << QByteArray(R"({"k":1,"K":2})") << true;
        QTest::newRow("unnormalized differs") << QByteArray(R"({"\u00c5":1,"A\u030a":2})") << true;
    }
    void testDuplicateNames()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        const auto result = parseJson(bytes);
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            QCOMPARE(result.code(), ErrorCode::InvalidInput);
            QVERIFY2(result.message().contains(QLatin1String("duplicate member name")),
                     qPrintable(result.message()));
        }
    }

    void testStrictGrammar_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        const QList<QByteArray> rejected = {
            "", "   ", "[1,]", "{\"a\":1,}", "01", "-01", "[NaN]", "[Infinity]", "'a'",
            "[1] x", "[1][2]", "// c\n1", "/* c */ 1", "\xEF\xBB\xBF{}", "[.5]", "[1.]",
            "[+1]", "[1e]", "[0x10]", "[\"\t\"]", "[\"\\x\"]", "[\"\\u12\"]", "{\"a\" 1}",
            "{a:1}", "[1 2]", "tru", "nulll", "[\"a\"", "\"abc", "[1e400]", "[-1e400]",
            "[1e-400]", "[1.5e999999999999999999]", "\x0c[]", "[\x00]",
        };
        for (const QByteArray &bytes : rejected) {
            QTest::addRow("reject %s", bytes.toPercentEncoding().constData()) << bytes << false;
        }
        const QList<QByteArray> accepted = {
            "0", "-0", "-0.0e-0", "\"\"", " \t\r\n[ ]\n", "1E308", "5e-324", "4.9e-324",
            "0e999999999", "123456789012345678901234567890", "\"\\ud83d\\ude00\"",
            "\"\\u0000\\/\"", "{\"\":0}", "\"\xF4\x8F\xBF\xBF\"", "\"\xEF\xBF\xBF\"",
            "\"\xED\x9F\xBF\xEE\x80\x80\"", "\"\x7f\"",
        };
        for (const QByteArray &bytes : accepted) {
            QTest::addRow("accept %s", bytes.toPercentEncoding().constData()) << bytes << true;
        }
    }
    void testStrictGrammar()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        const auto result = parseJson(bytes);
        if (accepted) {
            QVERIFY2(result.ok(), qPrintable(result.message()));
        } else {
            QVERIFY2(isCleanRejection(result), "accepted");
        }
    }

    void testRejectsInvalidUtf8AndLoneSurrogates_data()
    {
        QTest::addColumn<QByteArray>("inner");
        QTest::newRow("overlong NUL") << QByteArray("\xC0\x80");
        QTest::newRow("overlong slash") << QByteArray("\xC1\xAF");
        QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF");
        QTest::newRow("overlong 4-byte") << QByteArray("\xF0\x80\x80\xAF");
        QTest::newRow("encoded high surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("encoded low surrogate") << QByteArray("\xED\xBF\xBF");
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80");
        QTest::newRow("FF byte") << QByteArray("\xFF");
        QTest::newRow("stray continuation") << QByteArray("\x80");
        QTest::newRow("truncated") << QByteArray("\xE2\x82");
        QTest::newRow("bad continuation") << QByteArray("\xE2\x28\xA1");
        QTest::newRow("lone high escape") << QByteArray("\\ud800");
        QTest::newRow("lone low escape") << QByteArray("\\udc00");
        QTest::newRow("high then letter") << QByteArray("\\ud800\\u0041");
        QTest::newRow("high then newline") << QByteArray("\\ud800\\n");
        QTest::newRow("inverted pair") << QByteArray("\\udd1e\\ud834");
        QTest::newRow("two highs") << QByteArray("\\ud800\\ud800");
    }
    void testRejectsInvalidUtf8AndLoneSurrogates()
    {
        QFETCH(QByteArray, inner);
        const auto asValue = parseJson('"' + inner + '"');
        QCOMPARE(asValue.code(), ErrorCode::InvalidInput);
        const auto asName = parseJson("{\"" + inner + "\":1}");
        QCOMPARE(asName.code(), ErrorCode::InvalidInput);
    }

    void testErrorMessagesNameTheByte()
    {
        const auto extraBrace = parseJson(R"({"name": "Ada", "skills": ["c++", "qt"] }})");
        QCOMPARE(extraBrace.message(), QStringLiteral("Not valid JSON: unexpected character '}' at byte 41"));
        QCOMPARE(parseJson("[1,").message(), QStringLiteral("Not valid JSON: unexpected end of input at byte 3"));
        QCOMPARE(parseJson("[\"a\xFF\"]").message(),
                 QStringLiteral("Not valid JSON: invalid UTF-8 (byte 0xff) at byte 3"));
        QCOMPARE(parseJson(R"({"a":1,"a":2})").message(),
                 QStringLiteral("Not valid JSON: duplicate member name \"a\" at byte 7"));
        QCOMPARE(parseJson("[1e999]").message(),
                 QStringLiteral("Not valid JSON: number too large for a double at byte 1"));
    }

    void testValues()
    {
        const auto value = parseJson(R"( {"b":[1,2.5,"x\u00e9",null,true],"a":{}} )");
        QVERIFY2(value.ok(), qPrintable(value.message()));
        const QJsonObject object = value->toObject();
        QCOMPARE(object.keys(), QStringList({"a", "b"}));
        const QJsonArray array = object.value("b").toArray();
        QCOMPARE(array.size(), 5);
        QCOMPARE(array.at(1).toDouble(), 2.5);
        QCOMPARE(array.at(2).toString(), QStringLiteral("x\u00e9"));
        QVERIFY(array.at(3).isNull());
        QCOMPARE(array.at(4).toBool(), true);

        QCOMPARE(parseJson("42").value().toDouble(), 42.0);
        QCOMPARE(parseJson(" \"hi\" ").value().toString(), QStringLiteral("hi"));
        QVERIFY(parseJson("null").value().isNull());
        QCOMPARE(parseJson("false").value().toBool(true), false);
    }

    void testParseJsonObject()
    {
        const auto object = parseJsonObject(R"({"id":"did:example:1"})");
        QVERIFY(object.ok());
        QCOMPARE(object->value("id").toString(), QStringLiteral("did:example:1"));
        QCOMPARE(parseJsonObject("[]").code(), ErrorCode::InvalidInput);
        QVERIFY(parseJsonObject("\"x\"").message().contains(QLatin1String("found a string")));
        QCOMPARE(parseJsonObject("{").code(), ErrorCode::InvalidInput);
        QCOMPARE(parseJsonObject(QByteArray("{\"a\":").repeated(1000)).code(), ErrorCode::LimitExceeded);
    }
};

QTEST_GUILESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"
