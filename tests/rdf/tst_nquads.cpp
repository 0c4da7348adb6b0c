#include "rdf/NQuads.h"

#include "TestSupport.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace vitae;
using namespace vitae::rdf;

Q_DECLARE_METATYPE(vitae::rdf::Term)

namespace {

const Term kSubject = Term::iri(QStringLiteral("urn:ex:s"));
const Term kPredicate = Term::iri(QStringLiteral("urn:ex:p"));

Quad withObject(const Term &object)
{
    return Quad{kSubject, kPredicate, object, {}};
}

} // namespace

class TestNQuads : public QObject {
    Q_OBJECT
private slots:
    void testSerializesTerms_data()
    {
        QTest::addColumn<Term>("object");
        QTest::addColumn<QByteArray>("line");
        const auto plain = [](const QString &text) { return Term::literal(text, kXsdString); };
        QTest::newRow("iri") << Term::iri(QStringLiteral("urn:ex:o")) << QByteArray("<urn:ex:s> <urn:ex:p> <urn:ex:o> .\n");
        QTest::newRow("blank") << Term::blank(QStringLiteral("b0")) << QByteArray("<urn:ex:s> <urn:ex:p> _:b0 .\n");
        QTest::newRow("plain") << plain(QStringLiteral("hi")) << QByteArray("<urn:ex:s> <urn:ex:p> \"hi\" .\n");
        QTest::newRow("no datatype") << Term::literal(QStringLiteral("hi"), {})
                                     << QByteArray("<urn:ex:s> <urn:ex:p> \"hi\" .\n");
        QTest::newRow("typed") << Term::literal(QStringLiteral("1"), QStringLiteral("http://www.w3.org/2001/XMLSchema#integer"))
                               << QByteArray("<urn:ex:s> <urn:ex:p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
        QTest::newRow("language") << Term::literal(QStringLiteral("chat"), kRdfLangString, QStringLiteral("fr-BE"))
                                  << QByteArray("<urn:ex:s> <urn:ex:p> \"chat\"@fr-BE .\n");
        QTest::newRow("echar") << plain(QStringLiteral("\"\\\n\r\t\b\f'"))
                               << QByteArray("<urn:ex:s> <urn:ex:p> \"\\\"\\\\\\n\\r\\t\\b\\f'\" .\n");
        QTest::newRow("controls") << plain(QString(QChar(0)) + QChar(0x1f) + QChar(0x0b) + QChar(0x7f))
                                  << QByteArray("<urn:ex:s> <urn:ex:p> \"\\u0000\\u001F\\u000B\\u007F\" .\n");
        QTest::newRow("utf-8") << plain(QStringLiteral("\u00e9\u221e\U0001F303\u0080"))
                               << QByteArray("<urn:ex:s> <urn:ex:p> \"\xc3\xa9\xe2\x88\x9e\xf0\x9f\x8c\x83\xc2\x80\" .\n");
        QTest::newRow("hostile iri") << Term::iri(QStringLiteral("urn:a> <urn:b"))
                                     << QByteArray("<urn:ex:s> <urn:ex:p> <urn:a\\u003E\\u0020\\u003Curn:b> .\n");
    }
    void testSerializesTerms()
    {
        QFETCH(Term, object);
        QFETCH(QByteArray, line);
        QCOMPARE(toNQuad(withObject(object)), line);
    }

    void testSerializesGraphs()
    {
        Quad quad = withObject(Term::blank(QStringLiteral("o")));
        quad.graph = Term::iri(QStringLiteral("urn:ex:g"));
        QCOMPARE(toNQuad(quad), QByteArray("<urn:ex:s> <urn:ex:p> _:o <urn:ex:g> .\n"));
        quad.graph = Term::blank(QStringLiteral("g"));
        QCOMPARE(toNQuads({quad, withObject(Term::blank(QStringLiteral("o")))}),
                 QByteArray("<urn:ex:s> <urn:ex:p> _:o _:g .\n<urn:ex:s> <urn:ex:p> _:o .\n"));
    }

    void testParsesTerms()
    {
        const QByteArray text = "# a comment\n"
                                "\n"
                                "<urn:ex:s> <urn:ex:p> \"a\\u0041\\U0001F303\\t\"@en-GB <urn:ex:g> . # trailing\r\n"
                                "_:x.y\t<urn:ex:p>  \"1\"^^<urn:ex:\\u0074ype> _:g.\n"
                                "   \n"
                                "<urn:ex:s> <urn:ex:p> _:o";
        const Result<Dataset> parsed = parseNQuads(text + " .");
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed->size(), size_t(3));
        const Quad &first = parsed->at(0);
        QCOMPARE(first.object, Term::literal(QStringLiteral("aA\U0001F303\t"), kRdfLangString, QStringLiteral("en-GB")));
        QCOMPARE(first.graph, Term::iri(QStringLiteral("urn:ex:g")));
        const Quad &second = parsed->at(1);
        QCOMPARE(second.subject, Term::blank(QStringLiteral("x.y")));
        QCOMPARE(second.object, Term::literal(QStringLiteral("1"), QStringLiteral("urn:ex:type")));
        QCOMPARE(second.graph, Term::blank(QStringLiteral("g")));
        QCOMPARE(parsed->at(2).object, Term::blank(QStringLiteral("o")));
        QCOMPARE(parsed->at(2).graph.kind, Term::Kind::DefaultGraph);
        QCOMPARE(parsed->at(2).subject, kSubject);
    }

    void testPlainLiteralsGetXsdString()
    {
        const Result<Dataset> parsed = parseNQuads("<urn:ex:s> <urn:ex:p> \"x\" .\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->front().object.datatype, kXsdString);
    }

    void testRoundTripsEscapes()
    {
        QString every;
        for (char16_t c = 0; c < 0x100; ++c) {
            every += QChar(c);
        }
        every += QStringLiteral("\u221e\U0001F303\uFFFD");
        const Dataset dataset = {withObject(Term::literal(every, kXsdString)),
                                 withObject(Term::literal(every, kRdfLangString, QStringLiteral("en"))),
                                 withObject(Term::literal(every, QStringLiteral("urn:ex:\u221e"))),
                                 withObject(Term::iri(QStringLiteral("urn:a> <urn:b {}|^`\\\""))),
                                 {Term::blank(QStringLiteral("s")), kPredicate, kSubject, Term::blank(QStringLiteral("g"))}};
        const QByteArray text = toNQuads(dataset);
        const Result<Dataset> parsed = parseNQuads(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(*parsed, dataset);
        QCOMPARE(toNQuads(*parsed), text);
    }

    // Every expected output of the RDFC-1.0 suite is canonical N-Quads:
    // parsing and writing it again must give the same bytes.
    void testRoundTripsSuiteOutputs()
    {
        const QDir folder(test::testDataPath(QStringLiteral("rdf/rdfc10")));
        const QStringList files = folder.entryList({QStringLiteral("*-rdfc10.nq")}, QDir::Files);
        QVERIFY(files.size() >= 60);
        for (const QString &file : files) {
            const QByteArray text = test::readTestData(QStringLiteral("rdf/rdfc10/") + file);
            const Result<Dataset> parsed = parseNQuads(text);
            QVERIFY2(parsed.ok(), qPrintable(file + QLatin1String(": ") + parsed.message()));
            QCOMPARE(toNQuads(*parsed), text);
        }
    }

    void testParsesEverySuiteInput()
    {
        const QDir folder(test::testDataPath(QStringLiteral("rdf/rdfc10")));
        size_t quads = 0; // test001 is empty on purpose
        for (const QString &file : folder.entryList({QStringLiteral("*-in.nq")}, QDir::Files)) {
            const Result<Dataset> parsed = parseNQuads(test::readTestData(QStringLiteral("rdf/rdfc10/") + file));
            QVERIFY2(parsed.ok(), qPrintable(file + QLatin1String(": ") + parsed.message()));
            quads += parsed->size();
        }
        QVERIFY(quads > 500);
    }

    void testRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        const QByteArray good = "<urn:ex:s> <urn:ex:p> <urn:ex:o> .\n";
        QTest::newRow("no dot") << QByteArray("<urn:ex:s> <urn:ex:p> <urn:ex:o>\n") << "line 1,";
        QTest::newRow("second line") << good + "<urn:ex:s> <urn:ex:p> .\n" << "line 2,";
        QTest::newRow("crlf lines") << QByteArray("# c\r\n") + good + "<urn:ex:s> \"lit\" <urn:ex:o> .\r\n" << "line 3,";
        QTest::newRow("literal subject") << QByteArray("\"s\" <urn:ex:p> <urn:ex:o> .") << "line 1,";
        QTest::newRow("blank predicate") << QByteArray("<urn:ex:s> _:p <urn:ex:o> .") << "line 1,";
        QTest::newRow("relative iri") << QByteArray("<s> <urn:ex:p> <urn:ex:o> .") << "relative IRI";
        QTest::newRow("space in iri") << QByteArray("<urn:ex:a b> <urn:ex:p> <urn:ex:o> .") << "not allowed in an IRI";
        QTest::newRow("unterminated iri") << QByteArray("<urn:ex:s") << "unterminated IRI";
        QTest::newRow("unterminated literal") << QByteArray("<urn:ex:s> <urn:ex:p> \"abc .") << "unterminated";
        QTest::newRow("bad echar") << QByteArray("<urn:ex:s> <urn:ex:p> \"\\q\" .") << "unknown escape";
        QTest::newRow("echar in iri") << QByteArray("<urn:ex:\\n> <urn:ex:p> <urn:ex:o> .") << "only \\u";
        QTest::newRow("short uchar") << QByteArray("<urn:ex:s> <urn:ex:p> \"\\u12\" .") << "hex digit";
        QTest::newRow("surrogate uchar") << QByteArray("<urn:ex:s> <urn:ex:p> \"\\uD800\" .") << "Unicode scalar";
        QTest::newRow("too big uchar") << QByteArray("<urn:ex:s> <urn:ex:p> \"\\U00110000\" .") << "Unicode scalar";
        QTest::newRow("bad language") << QByteArray("<urn:ex:s> <urn:ex:p> \"a\"@ .") << "language tag";
        QTest::newRow("bad language end") << QByteArray("<urn:ex:s> <urn:ex:p> \"a\"@en- .") << "language tag";
        QTest::newRow("empty blank") << QByteArray("_: <urn:ex:p> <urn:ex:o> .") << "blank node label";
        QTest::newRow("trailing text") << QByteArray("<urn:ex:s> <urn:ex:p> <urn:ex:o> . x") << "after '.'";
        QTest::newRow("five terms") << QByteArray("<urn:ex:s> <urn:ex:p> <urn:ex:o> <urn:ex:g> <urn:ex:h> .")
                                    << "expected '.'";
        QTest::newRow("bad utf-8") << good + "<urn:ex:s> <urn:ex:p> \"\xc3\x28\" .\n" << "line 2: not valid UTF-8";
        QTest::newRow("overlong utf-8") << QByteArray("<urn:ex:s> <urn:ex:p> \"\xc0\xaf\" .") << "not valid UTF-8";
    }
    void testRejectsBadInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        const Result<Dataset> parsed = parseNQuads(text);
        QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
        QVERIFY2(parsed.message().contains(where), qPrintable(parsed.message()));
    }

    // Parser robustness (the sanitizer build catches memory errors): flipped
    // bytes either fail cleanly or give quads that write and read back.
    void testSurvivesMutatedInput()
    {
        const QByteArray seed = test::readTestData(QStringLiteral("rdf/rdfc10/test060-in.nq"))
                                + test::readTestData(QStringLiteral("rdf/rdfc10/test022-in.nq"));
        QRandomGenerator random(20240601); // fixed, so failures reproduce
        const char interesting[] = {'\\', '"', '<', '>', '_', ':', '.', '@', '^', '#', '\n', '\r', ' ', 'u', '\x80', '\xff'};
        for (int round = 0; round < 2000; ++round) {
            QByteArray text = seed;
            for (int flips = random.bounded(1, 4); flips > 0; --flips) {
                const auto at = random.bounded(text.size());
                text[at] = random.bounded(2) ? interesting[random.bounded(int(sizeof interesting))]
                                             : char(random.bounded(256));
            }
            const Result<Dataset> parsed = parseNQuads(text);
            if (!parsed) {
                QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
                QVERIFY(parsed.message().startsWith(QLatin1String("line ")));
                continue;
            }
            const Result<Dataset> again = parseNQuads(toNQuads(*parsed));
            QVERIFY2(again.ok(), qPrintable(again.message()));
            QCOMPARE(*again, *parsed);
        }
    }

    void testEmptyInput()
    {
        const Result<Dataset> parsed = parseNQuads("");
        QVERIFY(parsed.ok());
        QVERIFY(parsed->empty());
        QCOMPARE(toNQuads({}), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestNQuads)
#include "tst_nquads.moc"
