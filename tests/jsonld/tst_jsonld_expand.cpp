// The W3C JSON-LD 1.1 expansion tests (tests/data/jsonld/expand-manifest.jsonld).
#include "JsonLdSuite.h"

#include "jsonld/JsonLd.h"

#include <QJsonDocument>
#include <QTest>

using namespace vitae;
using namespace vitae::test;

namespace {
// One line each: test id and why it is not run. None of these features
// appears in credential contexts or credentials.
const QHash<QString, QString> kSkipped = {
};

} // namespace

class TestJsonLdExpand : public QObject {
    Q_OBJECT
private slots:
    void testSuite_data()
    {
        QTest::addColumn<QString>("id");
        for (const SuiteTest &test : readManifest(QStringLiteral("expand-manifest.jsonld")))
            QTest::newRow(qPrintable(test.id)) << test.id;
    }
    void testSuite()
    {
        QFETCH(QString, id);
        const SuiteTest test = suiteTest(QStringLiteral("expand-manifest.jsonld"), id);
        if (kSkipped.contains(id))
            QSKIP(qPrintable(kSkipped.value(id)));

        jsonld::JsonLdOptions options;
        Result<QJsonValue> input = prepareSuiteInput(test, options);
        QVERIFY2(input.ok(), qPrintable(input.message()));
        const QJsonValue document = *input;

        const Result<QJsonArray> result = jsonld::expand(document, options);
        if (!test.positive) {
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("expected error: ") + test.expect));
            QVERIFY2(errorMatches(result.message(), test.expect),
                     qPrintable(QStringLiteral("expected %1, got %2").arg(test.expect, result.message())));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.message()));
        const QJsonValue expected = readSuiteJson(test.expect).value();
        QVERIFY2(jsonLdEquals(*result, expected),
                 qPrintable(QStringLiteral("got\n%1\nexpected\n%2")
                                .arg(QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(QJsonDocument::fromVariant(expected.toVariant()).toJson(QJsonDocument::Compact)))));
    }
};

QTEST_GUILESS_MAIN(TestJsonLdExpand)
#include "tst_jsonld_expand.moc"
