// Real credentials against the shipped contexts, and the limits that keep a
// hostile document from stalling or crashing a verifier.
#include "JsonLdSuite.h"

#include "TestSupport.h"
#include "json/JsonParser.h"
#include "jsonld/JsonLd.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

using namespace vitae;

namespace {
// Serves a fixed set of context documents, for loops and long chains.
class MapLoader : public jsonld::ContextLoader {
public:
    QHash<QString, QJsonValue> documents;
    Result<QJsonValue> load(const QString &url) const override
    {
        const auto it = documents.constFind(url);
        if (it == documents.constEnd())
            return makeError(ErrorCode::NotFound, QStringLiteral("unknown context %1").arg(url));
        return *it;
    }
};

QJsonObject credential(const QString &relativePath)
{
    return json::parseJsonObject(test::readTestData(relativePath)).value();
}

// Every credential fixture: the OB 3.0 examples and the DCC signed credentials.
QStringList credentialFiles()
{
    QStringList files;
    const QDir root(test::testDataPath(QString()));
    for (const QString &folder : {QStringLiteral("credential/ob3"), QStringLiteral("dcc/verifiableCredentials")}) {
        QDirIterator it(test::testDataPath(folder), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(root.relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

// Fixtures that legitimately fail, with the exact error they must give.
const QHash<QString, QString> kExpectedErrors = {
    // Uses the retired DCC context, which Vitae does not ship.
    {QStringLiteral("dcc/verifiableCredentials/v1/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-oldDCCExample.json"),
     QStringLiteral("unknown context https://w3id.org/dcc/v1")},
};

jsonld::JsonLdOptions safeOptions()
{
    jsonld::JsonLdOptions options;
    options.safeMode = true;
    return options;
}
} // namespace

class TestJsonLdCredentials : public QObject {
    Q_OBJECT
private slots:
    void testCredentialExpandsInSafeMode_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &file : credentialFiles())
            QTest::newRow(qPrintable(file)) << file;
    }
    void testCredentialExpandsInSafeMode()
    {
        QFETCH(QString, path);
        const QJsonObject document = credential(path);
        const Result<QJsonArray> expanded = jsonld::expand(document, safeOptions());
        if (kExpectedErrors.contains(path)) {
            QCOMPARE(expanded.message(), kExpectedErrors.value(path));
            return;
        }
        QVERIFY2(expanded.ok(), qPrintable(expanded.message()));
        QCOMPARE(expanded->size(), 1);
        const Result<rdf::Dataset> dataset = jsonld::toRdf(document, safeOptions());
        QVERIFY2(dataset.ok(), qPrintable(dataset.message()));
        QVERIFY(dataset->size() > 5);
    }

    void testOpenBadgeQuads()
    {
        const Result<rdf::Dataset> dataset = jsonld::toRdf(credential(QStringLiteral("credential/ob3/basicOpenBadgeCredential.json")), safeOptions());
        QVERIFY2(dataset.ok(), qPrintable(dataset.message()));
        QByteArrayList lines;
        for (const rdf::Quad &quad : *dataset)
            lines.append(test::nquadsLine(quad));
        const QByteArray all = lines.join();
        QVERIFY(all.contains("<http://example.com/credentials/3527> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                             "<https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential> .\n"));
        QVERIFY(all.contains("<http://example.com/credentials/3527> <https://www.w3.org/2018/credentials#validFrom> "
                             "\"2010-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"));
    }

    // Published signing vectors: our toRdf must give the dataset whose
    // canonical form the vector prints (compared up to blank node labels).
    void testMatchesPublishedCanonicalForm_data()
    {
        QTest::addColumn<QJsonValue>("document");
        QTest::addColumn<QString>("expected");
        auto withoutProof = [](const QString &path) {
            QJsonObject o = credential(QStringLiteral("jsonld/published/") + path);
            o.remove(QStringLiteral("proof"));
            return QJsonValue(o);
        };
        const QJsonObject ob3 = credential(QStringLiteral("jsonld/published/ob3-vector.derived.json"));
        QJsonObject ob3Proof = ob3.value(QStringLiteral("proofOptions")).toObject();
        ob3Proof.insert(QStringLiteral("@context"), ob3.value(QStringLiteral("unsignedCredential")).toObject().value(QStringLiteral("@context")));
        QTest::newRow("eddsa-rdfc-2022 document") << withoutProof(QStringLiteral("di-signed.json")) << QStringLiteral("di-document.nq");
        QTest::newRow("eddsa-rdfc-2022 proof") << QJsonValue(credential(QStringLiteral("jsonld/published/di-proof-config.json")))
                                               << QStringLiteral("di-proof.nq");
        QTest::newRow("Ed25519Signature2020 document") << withoutProof(QStringLiteral("ed-signed.json")) << QStringLiteral("ed-document.nq");
        QTest::newRow("Ed25519Signature2020 proof") << QJsonValue(credential(QStringLiteral("jsonld/published/ed-proof-config.json")))
                                                    << QStringLiteral("ed-proof.nq");
        QTest::newRow("OB 3.0 document") << ob3.value(QStringLiteral("unsignedCredential")) << QStringLiteral("ob3-document.nq");
        QTest::newRow("OB 3.0 proof") << QJsonValue(ob3Proof) << QStringLiteral("ob3-proof.nq");
    }
    void testMatchesPublishedCanonicalForm()
    {
        QFETCH(QJsonValue, document);
        QFETCH(QString, expected);
        const Result<rdf::Dataset> dataset = jsonld::toRdf(document, safeOptions());
        QVERIFY2(dataset.ok(), qPrintable(dataset.message()));
        const Result<rdf::Dataset> published =
            test::parseNQuadsForTest(test::readTestData(QStringLiteral("jsonld/published/") + expected));
        QVERIFY2(published.ok(), qPrintable(published.message()));
        QByteArrayList lines;
        for (const rdf::Quad &quad : *dataset)
            lines.append(test::nquadsLine(quad));
        std::sort(lines.begin(), lines.end());
        QVERIFY2(test::isomorphic(*dataset, *published), lines.join().constData());
    }

    void testUnknownContext()
    {
        const QJsonObject document{{QStringLiteral("@context"), QStringLiteral("https://example.org/nowhere")},
                                   {QStringLiteral("name"), QStringLiteral("x")}};
        const Result<QJsonArray> expanded = jsonld::expand(document, safeOptions());
        QVERIFY(!expanded.ok());
        QCOMPARE(expanded.message(), QStringLiteral("unknown context https://example.org/nowhere"));
    }

    void testUndefinedTermInSafeMode_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("property") << QStringLiteral("favouriteColour") << QStringLiteral("VerifiableCredential")
                                  << QStringLiteral("undefined term favouriteColour");
        QTest::newRow("type") << QStringLiteral("issuer") << QStringLiteral("VerifiableCredential,MadeUpCredential")
                              << QStringLiteral("undefined term MadeUpCredential");
    }
    void testUndefinedTermInSafeMode()
    {
        QFETCH(QString, property);
        QFETCH(QString, type);
        QFETCH(QString, message);
        const QJsonObject document{{QStringLiteral("@context"), QStringLiteral("https://www.w3.org/2018/credentials/v1")},
                                   {QStringLiteral("id"), QStringLiteral("urn:uuid:1")},
                                   {QStringLiteral("type"), QJsonArray::fromStringList(type.split(QLatin1Char(',')))},
                                   {property, QStringLiteral("did:example:1")}};
        const Result<QJsonArray> expanded = jsonld::expand(document, safeOptions());
        QVERIFY(!expanded.ok());
        QCOMPARE(expanded.code(), ErrorCode::InvalidInput);
        QCOMPARE(expanded.message(), message);
        // Without safe mode the term is dropped, as the specification says.
        QVERIFY(jsonld::expand(document).ok());
    }

    void testSafeModeRejectsOtherDrops_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("message");
        QTest::newRow("relative @id") << QByteArray("{\"@context\": {\"@vocab\": \"https://v.example/\"}, \"@id\": \"relative\", \"p\": 1}")
                                      << QStringLiteral("undefined term relative");
        QTest::newRow("relative @type") << QByteArray("{\"@context\": {\"p\": \"https://v.example/p\"}, \"@type\": \"Thing\", \"p\": 1}")
                                        << QStringLiteral("undefined term Thing");
        QTest::newRow("keyword-like key") << QByteArray("{\"@context\": {\"@vocab\": \"https://v.example/\"}, \"@foo\": 1, \"p\": 1}")
                                          << QStringLiteral("undefined term @foo");
        QTest::newRow("unmapped term") << QByteArray("{\"@context\": {\"@vocab\": \"https://v.example/\", \"p\": null}, \"p\": 1}")
                                       << QStringLiteral("undefined term p");
        QTest::newRow("ill-formed IRI") << QByteArray("{\"@context\": {\"@vocab\": \"https://v.example/\"}, \"@id\": \"https://a b\", \"p\": 1}")
                                        << QStringLiteral("undefined term https://a b");
    }
    void testSafeModeRejectsOtherDrops()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, message);
        const QJsonValue value = json::parseJson(document).value();
        const Result<rdf::Dataset> dataset = jsonld::toRdf(value, safeOptions());
        QCOMPARE(dataset.message(), message);
        QVERIFY(jsonld::toRdf(value).ok());
    }

    void testReplacedContextIsNotServedFromCache()
    {
        const QString url = QStringLiteral("https://replaced.example/ctx");
        auto contextMapping = [&](const QString &iri) {
            return QJsonObject{{QStringLiteral("@context"), QJsonObject{{QStringLiteral("p"), iri}}}};
        };
        MapLoader loader;
        jsonld::JsonLdOptions options;
        options.loader = &loader;
        const QJsonObject document{{QStringLiteral("@context"), url}, {QStringLiteral("p"), 1}};
        loader.documents.insert(url, contextMapping(QStringLiteral("https://v.example/first")));
        QVERIFY(jsonld::expand(document, options)->at(0).toObject().contains(QStringLiteral("https://v.example/first")));
        loader.documents.insert(url, contextMapping(QStringLiteral("https://v.example/second")));
        QVERIFY(jsonld::expand(document, options)->at(0).toObject().contains(QStringLiteral("https://v.example/second")));
    }

    void testContextLoopIsStopped()
    {
        MapLoader loader;
        loader.documents.insert(QStringLiteral("https://a.example/ctx"),
                                QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://b.example/ctx")}});
        loader.documents.insert(QStringLiteral("https://b.example/ctx"),
                                QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://a.example/ctx")}});
        jsonld::JsonLdOptions options;
        options.loader = &loader;
        const Result<QJsonArray> expanded =
            jsonld::expand(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://a.example/ctx")}}, options);
        QVERIFY(!expanded.ok());
        QVERIFY2(expanded.message().startsWith(QLatin1String("context loop detected")), qPrintable(expanded.message()));
    }

    void testDeepContextChainIsStopped()
    {
        MapLoader loader;
        for (int i = 0; i < 1000; ++i) {
            loader.documents.insert(QStringLiteral("https://chain.example/%1").arg(i),
                                    QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://chain.example/%1").arg(i + 1)}});
        }
        loader.documents.insert(QStringLiteral("https://chain.example/1000"), QJsonObject{{QStringLiteral("@context"), QJsonObject{}}});
        jsonld::JsonLdOptions options;
        options.loader = &loader;
        const Result<QJsonArray> expanded =
            jsonld::expand(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://chain.example/0")}}, options);
        QCOMPARE(expanded.code(), ErrorCode::LimitExceeded);
        QVERIFY2(expanded.message().startsWith(QLatin1String("context chain deeper than 32")), qPrintable(expanded.message()));
    }

    void testHugeDocumentIsStopped()
    {
        // Two million values: far past the quad and node caps.
        QJsonArray values;
        for (int i = 0; i < 2000000; ++i)
            values.append(i);
        const QJsonObject document{{QStringLiteral("@context"), QJsonObject{{QStringLiteral("@vocab"), QStringLiteral("https://v.example/")}}},
                                   {QStringLiteral("n"), values}};
        QElapsedTimer timer;
        timer.start();
        const Result<rdf::Dataset> dataset = jsonld::toRdf(document);
        QCOMPARE(dataset.code(), ErrorCode::LimitExceeded);
        QVERIFY2(dataset.message().contains(QLatin1String("more than 200000 nodes")), qPrintable(dataset.message()));
        QVERIFY(timer.elapsed() < 20000);

        // With a generous node cap, the quad cap stops it instead.
        QJsonArray fewer;
        for (int i = 0; i < 150000; ++i)
            fewer.append(i);
        QJsonObject smaller = document;
        smaller.insert(QStringLiteral("n"), fewer);
        jsonld::JsonLdOptions options;
        options.limits.maxNodes = 10000000;
        const Result<rdf::Dataset> quads = jsonld::toRdf(smaller, options);
        QCOMPARE(quads.code(), ErrorCode::LimitExceeded);
        QVERIFY2(quads.message().contains(QLatin1String("more than 100000 quads")), qPrintable(quads.message()));
    }

    void testDeepNestingIsStopped()
    {
        QJsonValue node = QJsonObject{{QStringLiteral("https://v.example/leaf"), 1}};
        for (int i = 0; i < 200; ++i)
            node = QJsonObject{{QStringLiteral("https://v.example/child"), node}};
        const Result<rdf::Dataset> dataset = jsonld::toRdf(node);
        QCOMPARE(dataset.code(), ErrorCode::LimitExceeded);
        QVERIFY2(dataset.message().contains(QLatin1String("nested deeper than")), qPrintable(dataset.message()));
    }

    void testConcurrentUseGivesSameResult()
    {
        const QJsonObject document = credential(QStringLiteral("credential/ob3/fullOpenBadge.json"));
        const Result<rdf::Dataset> reference = jsonld::toRdf(document, safeOptions());
        QVERIFY2(reference.ok(), qPrintable(reference.message()));
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 50; ++i) {
                    const Result<rdf::Dataset> again = jsonld::toRdf(document, safeOptions());
                    if (!again.ok() || *again != *reference)
                        ++mismatches;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void testWarmOpenBadgeSpeed()
    {
        const QJsonObject document = credential(QStringLiteral("credential/ob3/basicOpenBadgeCredential.json"));
        QVERIFY(jsonld::toRdf(document, safeOptions()).ok()); // warms the context cache
        constexpr int kRuns = 500;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kRuns; ++i)
            QVERIFY(jsonld::toRdf(document, safeOptions()).ok());
        const double micros = double(timer.nsecsElapsed()) / 1000.0 / kRuns;
        qInfo("warm expand + toRdf of an Open Badge: %.1f us", micros);
#if defined(QT_NO_DEBUG) && !defined(VITAE_SANITIZE)
        QVERIFY(micros < 1000.0);
#else
        QVERIFY(micros < 20000.0); // unoptimized or instrumented builds
#endif
    }
};

QTEST_GUILESS_MAIN(TestJsonLdCredentials)
#include "tst_jsonld_credentials.moc"
