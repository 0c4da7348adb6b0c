#include "rdf/NQuads.h"
#include "rdf/Rdfc10.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace vitae;
using namespace vitae::rdf;
using vitae::test::readTestData;

namespace vitae::rdf::detail {
// Not in Rdfc10.h: the public API is SHA-256 only, but the W3C suite has one
// SHA-384 test (test075), which this internal entry point lets us run.
Result<CanonicalResult> canonicalizeWithHash(const Dataset &dataset, const RdfcLimits &limits,
                                             QCryptographicHash::Algorithm algorithm);
} // namespace vitae::rdf::detail

namespace {

const QString kEvalTest = QStringLiteral("rdfc:RDFC10EvalTest");
const QString kMapTest = QStringLiteral("rdfc:RDFC10MapTest");
const QString kNegativeTest = QStringLiteral("rdfc:RDFC10NegativeEvalTest");

QJsonArray manifestEntries()
{
    return QJsonDocument::fromJson(readTestData(QStringLiteral("rdf/manifest.jsonld")))
        .object()
        .value(QLatin1String("entries"))
        .toArray();
}

// One data row per manifest entry of `type`: action, result and hash name.
void addManifestRows(const QString &type)
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("hashAlgorithm");
    for (const QJsonValue &value : manifestEntries()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("type")).toString() != type) {
            continue;
        }
        const QString id = entry.value(QLatin1String("id")).toString();
        QTest::newRow(qPrintable(id + QLatin1Char(' ') + entry.value(QLatin1String("name")).toString()))
            << entry.value(QLatin1String("action")).toString() << entry.value(QLatin1String("result")).toString()
            << entry.value(QLatin1String("hashAlgorithm")).toString(QStringLiteral("SHA256"));
    }
}

Result<CanonicalResult> canonicalizeFile(const QString &action, const QString &hashAlgorithm,
                                         const RdfcLimits &limits = {})
{
    const Result<Dataset> dataset = parseNQuads(readTestData(QStringLiteral("rdf/") + action));
    if (!dataset) {
        return dataset.error();
    }
    if (hashAlgorithm == QLatin1String("SHA384")) {
        return detail::canonicalizeWithHash(*dataset, limits, QCryptographicHash::Sha384);
    }
    if (hashAlgorithm != QLatin1String("SHA256")) {
        return makeError(ErrorCode::Unsupported, QStringLiteral("hash ") + hashAlgorithm);
    }
    return canonicalize(*dataset, limits);
}

Quad quad(const Term &s, const QString &p, const Term &o, const Term &g = {})
{
    return Quad{s, Term::iri(QStringLiteral("https://example.org/vocab#") + p), o, g};
}

// A clique of `size` blank nodes, each linked to every other: every node
// looks the same, so Hash N-Degree Quads tries every permutation.
Dataset clique(int size)
{
    Dataset dataset;
    for (int a = 0; a < size; ++a) {
        for (int b = 0; b < size; ++b) {
            if (a != b) {
                dataset.push_back(quad(Term::blank(QStringLiteral("n%1").arg(a)), QStringLiteral("knows"),
                                       Term::blank(QStringLiteral("n%1").arg(b))));
            }
        }
    }
    return dataset;
}

// A ring of look-alike nodes: each N-degree hash recurses all around it.
Dataset ring(int size)
{
    Dataset dataset;
    for (int i = 0; i < size; ++i) {
        dataset.push_back(quad(Term::blank(QStringLiteral("n%1").arg(i)), QStringLiteral("next"),
                               Term::blank(QStringLiteral("n%1").arg((i + 1) % size))));
    }
    return dataset;
}

// Shaped like an Open Badges 3.0 credential after JSON-LD toRdf: a subject,
// an achievement with criteria, alignments and results, and a proof graph.
Dataset typicalCredential()
{
    const auto str = [](const QString &text) { return Term::literal(text, kXsdString); };
    const auto dateTime = [](const QString &text) {
        return Term::literal(text, QStringLiteral("http://www.w3.org/2001/XMLSchema#dateTime"));
    };
    const Term credential = Term::iri(QStringLiteral("urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002"));
    const Term issuer = Term::iri(QStringLiteral("https://example.edu/issuers/565049"));
    const Term subject = Term::blank(QStringLiteral("b0"));
    const Term achievement = Term::blank(QStringLiteral("b1"));
    const Term criteria = Term::blank(QStringLiteral("b2"));
    const Term proofGraph = Term::blank(QStringLiteral("b3"));
    const Term proof = Term::blank(QStringLiteral("b4"));
    const Term type = Term::iri(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"));

    Dataset d;
    d.push_back({credential, type, Term::iri(QStringLiteral("https://www.w3.org/2018/credentials#VerifiableCredential")), {}});
    d.push_back(quad(credential, QStringLiteral("type"), Term::iri(QStringLiteral("urn:ob:OpenBadgeCredential"))));
    d.push_back(quad(credential, QStringLiteral("name"), str(QStringLiteral("Teamwork Badge"))));
    d.push_back(quad(credential, QStringLiteral("issuer"), issuer));
    d.push_back(quad(credential, QStringLiteral("validFrom"), dateTime(QStringLiteral("2024-01-01T00:00:00Z"))));
    d.push_back(quad(credential, QStringLiteral("credentialSubject"), subject));
    d.push_back(quad(credential, QStringLiteral("proof"), proofGraph));
    d.push_back(quad(issuer, QStringLiteral("name"), str(QStringLiteral("Example University"))));
    d.push_back(quad(issuer, QStringLiteral("url"), Term::iri(QStringLiteral("https://example.edu/"))));
    d.push_back(quad(subject, QStringLiteral("type"), Term::iri(QStringLiteral("urn:ob:AchievementSubject"))));
    d.push_back(quad(subject, QStringLiteral("achievement"), achievement));
    d.push_back(quad(subject, QStringLiteral("identifier"), str(QStringLiteral("learner@example.com"))));
    d.push_back(quad(achievement, QStringLiteral("name"), Term::literal(QStringLiteral("Teamwork"), kRdfLangString, QStringLiteral("en"))));
    d.push_back(quad(achievement, QStringLiteral("description"), str(QStringLiteral("Works well with \"others\".\n"))));
    d.push_back(quad(achievement, QStringLiteral("criteria"), criteria));
    d.push_back(quad(criteria, QStringLiteral("narrative"), str(QStringLiteral("Completed the group project."))));
    // Alignments and results: blank nodes, several with the same shape.
    for (int i = 0; i < 5; ++i) {
        const Term alignment = Term::blank(QStringLiteral("a%1").arg(i));
        d.push_back(quad(achievement, QStringLiteral("alignment"), alignment));
        d.push_back(quad(alignment, QStringLiteral("type"), Term::iri(QStringLiteral("urn:ob:Alignment"))));
        d.push_back(quad(alignment, QStringLiteral("targetName"), str(QStringLiteral("Skill %1").arg(i))));
        d.push_back(quad(alignment, QStringLiteral("targetUrl"), Term::iri(QStringLiteral("https://example.org/skills/%1").arg(i))));
        const Term result = Term::blank(QStringLiteral("r%1").arg(i));
        d.push_back(quad(subject, QStringLiteral("result"), result));
        d.push_back(quad(result, QStringLiteral("type"), Term::iri(QStringLiteral("urn:ob:Result"))));
        d.push_back(quad(result, QStringLiteral("value"), str(QStringLiteral("%1").arg(90 + i / 2)))); // pairs look alike
    }
    const QStringList proofLines = {QStringLiteral("type"), QStringLiteral("cryptosuite"), QStringLiteral("created"),
                                    QStringLiteral("verificationMethod"), QStringLiteral("proofPurpose"),
                                    QStringLiteral("proofValue")};
    for (const QString &property : proofLines) {
        d.push_back(quad(proof, property, str(property + QStringLiteral("-value")), proofGraph));
    }
    while (d.size() < 60) {
        d.push_back(quad(subject, QStringLiteral("note"), str(QStringLiteral("note %1").arg(d.size()))));
    }
    return d;
}

} // namespace

class TestRdfc10 : public QObject {
    Q_OBJECT
private slots:
    void testManifestHasEveryTest()
    {
        int eval = 0, map = 0, negative = 0;
        for (const QJsonValue &value : manifestEntries()) {
            const QString type = value.toObject().value(QLatin1String("type")).toString();
            eval += type == kEvalTest;
            map += type == kMapTest;
            negative += type == kNegativeTest;
        }
        QCOMPARE(eval, 64);
        QCOMPARE(map, 21);
        QCOMPARE(negative, 1);
    }

    void testEvaluation_data() { addManifestRows(kEvalTest); }
    void testEvaluation()
    {
        QFETCH(QString, action);
        QFETCH(QString, result);
        QFETCH(QString, hashAlgorithm);
        const Result<CanonicalResult> canonical = canonicalizeFile(action, hashAlgorithm);
        QVERIFY2(canonical.ok(), qPrintable(canonical.message()));
        QCOMPARE(canonical->nquads, readTestData(QStringLiteral("rdf/") + result));
    }

    void testMap_data() { addManifestRows(kMapTest); }
    void testMap()
    {
        QFETCH(QString, action);
        QFETCH(QString, result);
        QFETCH(QString, hashAlgorithm);
        const Result<CanonicalResult> canonical = canonicalizeFile(action, hashAlgorithm);
        QVERIFY2(canonical.ok(), qPrintable(canonical.message()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(readTestData(QStringLiteral("rdf/") + result), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        const QJsonObject expected = document.object(); // test060m's is {}: no blank nodes
        QCOMPARE(canonical->issuedLabels.size(), expected.size());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QCOMPARE(canonical->issuedLabels.value(it.key()), it.value().toString());
        }
    }

    void testNegative_data() { addManifestRows(kNegativeTest); }
    void testNegative()
    {
        QFETCH(QString, action);
        QFETCH(QString, hashAlgorithm);
        QElapsedTimer timer;
        timer.start();
        const Result<CanonicalResult> canonical = canonicalizeFile(action, hashAlgorithm);
        qInfo("stopped after %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(canonical.code(), ErrorCode::LimitExceeded);
        QVERIFY2(canonical.message().contains(QLatin1String("10000 steps")), qPrintable(canonical.message()));
        QVERIFY(timer.elapsed() < 10000); // generous: sanitizer builds are slow
    }

    // Published canonical forms of real credentials: shuffled and with new
    // blank node labels, they must canonicalize back to the same bytes.
    void testRealCredentialsRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"clrv2p0-document-canon.nq", "obv3p0-document-canon.nq",
                                 "eddsa-rdfc-2022-canonDocDataInt.nq", "eddsa-rdfc-2022-proofCanonDataInt.nq",
                                 "eddsa-rdfc-2022-employ-canonDocDataInt.nq"}) {
            QTest::newRow(name) << QStringLiteral("rdf/credentials/") + QLatin1String(name);
        }
    }
    void testRealCredentialsRoundTrip()
    {
        QFETCH(QString, file);
        const QByteArray expected = readTestData(file);
        Result<Dataset> dataset = parseNQuads(expected);
        QVERIFY2(dataset.ok(), qPrintable(dataset.message()));
        std::reverse(dataset->begin(), dataset->end());
        std::rotate(dataset->begin(), dataset->begin() + dataset->size() / 3, dataset->end());
        for (Quad &q : *dataset) {
            for (Term *term : {&q.subject, &q.object, &q.graph}) {
                if (term->kind == Term::Kind::BlankNode) {
                    term->value = QStringLiteral("x") + QString::number(qHash(term->value), 16);
                }
            }
        }
        const Result<CanonicalResult> canonical = canonicalize(*dataset);
        QVERIFY2(canonical.ok(), qPrintable(canonical.message()));
        QCOMPARE(canonical->nquads, expected);
    }

    void testPoisonedCliqueStopsQuickly_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("8 nodes") << 8;
        QTest::newRow("12 nodes") << 12;
        QTest::newRow("40 nodes") << 40;
    }
    void testPoisonedCliqueStopsQuickly()
    {
        QFETCH(int, size);
        const Dataset dataset = clique(size);
        QElapsedTimer timer;
        timer.start();
        const Result<CanonicalResult> canonical = canonicalize(dataset);
        qInfo("clique of %d stopped after %lld ms", size, static_cast<long long>(timer.elapsed()));
        QCOMPARE(canonical.code(), ErrorCode::LimitExceeded);
        QVERIFY(timer.elapsed() < 10000);
    }

    // Two copies of a hub with eleven look-alike leaves, reached one by one
    // through distinct paths: many permutations, few recursive calls.
    void testHubOfLookAlikeLeavesStopsQuickly()
    {
        Dataset dataset;
        for (const QString &copy : {QStringLiteral("A"), QStringLiteral("B")}) {
            const Term hub = Term::blank(QStringLiteral("hub") + copy);
            const Term router = Term::blank(QStringLiteral("router") + copy);
            dataset.push_back(quad(hub, QStringLiteral("p"), router));
            for (int i = 0; i < 11; ++i) {
                const Term leaf = Term::blank(QStringLiteral("leaf%1%2").arg(copy).arg(i));
                const Term via = Term::blank(QStringLiteral("via%1%2").arg(copy).arg(i));
                dataset.push_back(quad(hub, QStringLiteral("q"), leaf));
                dataset.push_back(quad(router, QStringLiteral("p%1").arg(i), via));
                dataset.push_back(quad(via, QStringLiteral("r"), leaf));
            }
        }
        QElapsedTimer timer;
        timer.start();
        const Result<CanonicalResult> canonical = canonicalize(dataset);
        qInfo("stopped after %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(canonical.code(), ErrorCode::LimitExceeded);
        QVERIFY(timer.elapsed() < 10000);
    }

    void testRecursionDepthLimit()
    {
        RdfcLimits limits;
        limits.maxNDegreeCalls = 1000000; // so that depth is the limit hit
        const Result<CanonicalResult> deep = canonicalize(ring(100), limits);
        QCOMPARE(deep.code(), ErrorCode::LimitExceeded);
        QVERIFY2(deep.message().contains(QLatin1String("64 levels")), qPrintable(deep.message()));

        const Result<CanonicalResult> shallow = canonicalize(ring(20), limits);
        QVERIFY2(shallow.ok(), qPrintable(shallow.message()));
        QCOMPARE(shallow->issuedLabels.size(), 20);
    }

    void testQuadLimit()
    {
        RdfcLimits limits;
        limits.maxQuads = 5;
        const Dataset dataset = clique(3); // 6 quads
        const Result<CanonicalResult> canonical = canonicalize(dataset, limits);
        QCOMPARE(canonical.code(), ErrorCode::LimitExceeded);
        QVERIFY(canonical.message().contains(QLatin1String("5 quads")));
    }

    void testBlankPredicateIsRejected()
    {
        const Dataset dataset = {{Term::iri(QStringLiteral("urn:s")), Term::blank(QStringLiteral("p")),
                                  Term::iri(QStringLiteral("urn:o")), {}}};
        QCOMPARE(canonicalize(dataset).code(), ErrorCode::InvalidInput);
    }

    void testEmptyDataset()
    {
        const Result<CanonicalResult> canonical = canonicalize({});
        QVERIFY(canonical.ok());
        QVERIFY(canonical->nquads.isEmpty());
        QVERIFY(canonical->issuedLabels.isEmpty());
    }

    void testLabelsAndOrderDoNotMatter()
    {
        Dataset dataset = typicalCredential();
        const Result<CanonicalResult> first = canonicalize(dataset);
        QVERIFY2(first.ok(), qPrintable(first.message()));
        std::reverse(dataset.begin(), dataset.end());
        for (Quad &q : dataset) {
            for (Term *term : {&q.subject, &q.object, &q.graph}) {
                if (term->kind == Term::Kind::BlankNode) {
                    term->value = QStringLiteral("renamed-") + term->value;
                }
            }
        }
        const Result<CanonicalResult> second = canonicalize(dataset);
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QCOMPARE(second->nquads, first->nquads);
        // Canonical output is a fixed point.
        const Result<Dataset> reparsed = parseNQuads(first->nquads);
        QVERIFY2(reparsed.ok(), qPrintable(reparsed.message()));
        const Result<CanonicalResult> third = canonicalize(*reparsed);
        QVERIFY(third.ok());
        QCOMPARE(third->nquads, first->nquads);
    }

    // Not a benchmark (tests/bench has those); prints the figure only. The
    // best batch is printed too, as a busy machine skews the average.
    void testTypicalCredentialIsFast()
    {
        const Dataset dataset = typicalCredential();
        QCOMPARE(dataset.size(), size_t(60));
        const int batches = 10;
        const int rounds = 100;
        qint64 total = 0;
        qint64 best = std::numeric_limits<qint64>::max();
        for (int batch = 0; batch < batches; ++batch) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < rounds; ++i) {
                const Result<CanonicalResult> canonical = canonicalize(dataset);
                QVERIFY(canonical.ok());
            }
            const qint64 elapsed = timer.nsecsElapsed();
            total += elapsed;
            best = std::min(best, elapsed);
        }
        qInfo("canonicalizing a 60-quad credential takes %.1f us on average (best batch %.1f us)",
              double(total) / (batches * rounds) / 1000.0, double(best) / rounds / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestRdfc10)
#include "tst_rdfc10.moc"
