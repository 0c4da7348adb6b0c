// The W3C JSON-LD 1.1 toRdf tests (tests/data/jsonld/toRdf-manifest.jsonld).
#include "JsonLdSuite.h"

#include "TestSupport.h"
#include "jsonld/JsonLd.h"

#include <QTest>

using namespace vitae;
using namespace vitae::test;

namespace {
// One line each: test id and why it is not run. None of these features
// appears in credential contexts or credentials.
const QHash<QString, QString> kSkipped = {
    {QStringLiteral("#tdi09"), QStringLiteral("rdfDirection i18n-datatype: we only implement rdfDirection null")},
    {QStringLiteral("#tdi10"), QStringLiteral("rdfDirection i18n-datatype: we only implement rdfDirection null")},
    {QStringLiteral("#tdi11"), QStringLiteral("rdfDirection compound-literal: we only implement rdfDirection null")},
    {QStringLiteral("#tdi12"), QStringLiteral("rdfDirection compound-literal: we only implement rdfDirection null")},
    {QStringLiteral("#te075"), QStringLiteral("produceGeneralizedRdf: generalized RDF is not produced")},
};

QString datasetText(const rdf::Dataset &dataset)
{
    QByteArrayList lines;
    for (const rdf::Quad &quad : dataset)
        lines.append(nquadsLine(quad));
    std::sort(lines.begin(), lines.end());
    return QString::fromUtf8(lines.join());
}

} // namespace

class TestJsonLdToRdf : public QObject {
    Q_OBJECT
    int m_compared = 0;
    int m_sameLabels = 0; // equal as written: our blank node labels match the suite's

private slots:
    void cleanupTestCase()
    {
        qInfo("%d of %d datasets equal with the suite's own blank node labels", m_sameLabels, m_compared);
    }

    void testSuite_data()
    {
        QTest::addColumn<QString>("id");
        for (const SuiteTest &test : readManifest(QStringLiteral("toRdf-manifest.jsonld")))
            QTest::newRow(qPrintable(test.id)) << test.id;
    }
    void testSuite()
    {
        QFETCH(QString, id);
        const SuiteTest test = suiteTest(QStringLiteral("toRdf-manifest.jsonld"), id);
        if (kSkipped.contains(id))
            QSKIP(qPrintable(kSkipped.value(id)));

        jsonld::JsonLdOptions options;
        Result<QJsonValue> input = prepareSuiteInput(test, options);
        QVERIFY2(input.ok(), qPrintable(input.message()));
        const QJsonValue document = *input;

        const Result<rdf::Dataset> result = jsonld::toRdf(document, options);
        if (!test.positive) {
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("expected error: ") + test.expect));
            QVERIFY2(errorMatches(result.message(), test.expect),
                     qPrintable(QStringLiteral("expected %1, got %2").arg(test.expect, result.message())));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.message()));
        if (test.syntaxOnly)
            return;
        const Result<rdf::Dataset> expected = parseNQuadsForTest(readTestData(QStringLiteral("jsonld/") + test.expect));
        QVERIFY2(expected.ok(), qPrintable(expected.message()));
        ++m_compared;
        if (datasetText(*result) == datasetText(*expected))
            ++m_sameLabels;
        else if (qEnvironmentVariableIsSet("VITAE_SHOW_RELABELLED"))
            qInfo("relabelled: %s", qPrintable(id));
        QVERIFY2(isomorphic(*result, *expected),
                 qPrintable(QStringLiteral("got\n%1expected\n%2").arg(datasetText(*result), datasetText(*expected))));
    }
};

QTEST_GUILESS_MAIN(TestJsonLdToRdf)
#include "tst_jsonld_tordf.moc"
