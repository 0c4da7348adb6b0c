#include "JsonLdSuite.h"

#include "TestSupport.h"
#include "json/JsonParser.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>

namespace vitae::test {

Result<QJsonValue> readSuiteJson(const QString &relativePath)
{
    QFile file(testDataPath(QStringLiteral("jsonld/") + relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("missing %1").arg(relativePath));
    json::JsonLimits limits;
    limits.maxDepth = json::JsonLimits::kMaxSupportedDepth;
    return json::parseJson(file.readAll(), limits);
}

Result<QJsonValue> SuiteLoader::load(const QString &url) const
{
    if (url.startsWith(kSuiteBase)) {
        Result<QJsonValue> document = readSuiteJson(url.mid(kSuiteBase.size()));
        if (document)
            return document;
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("unknown context %1").arg(url));
}

QList<SuiteTest> readManifest(const QString &name)
{
    QList<SuiteTest> tests;
    const QJsonObject manifest = readSuiteJson(name).value().toObject();
    for (const QJsonValue &entry : manifest.value(QStringLiteral("sequence")).toArray()) {
        const QJsonObject o = entry.toObject();
        SuiteTest test;
        test.id = o.value(QStringLiteral("@id")).toString();
        const QJsonArray types = o.value(QStringLiteral("@type")).toArray();
        test.positive = !types.contains(QStringLiteral("jld:NegativeEvaluationTest"));
        test.syntaxOnly = types.contains(QStringLiteral("jld:PositiveSyntaxTest"));
        test.input = o.value(QStringLiteral("input")).toString();
        test.expect = test.positive ? o.value(QStringLiteral("expect")).toString()
                                    : o.value(QStringLiteral("expectErrorCode")).toString();
        test.option = o.value(QStringLiteral("option")).toObject();
        tests.append(test);
    }
    return tests;
}

bool jsonLdEquals(const QJsonValue &a, const QJsonValue &b, bool ordered)
{
    if (a.type() != b.type())
        return false;
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!jsonLdEquals(it.value(), y.value(it.key()), it.key() == QLatin1String("@list")))
                return false;
        }
        return true;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        if (ordered) {
            for (qsizetype i = 0; i < x.size(); ++i) {
                if (!jsonLdEquals(x.at(i), y.at(i)))
                    return false;
            }
            return true;
        }
        QList<bool> used(y.size(), false);
        for (const QJsonValue &item : x) {
            bool found = false;
            for (qsizetype j = 0; j < y.size() && !found; ++j) {
                if (!used[j] && jsonLdEquals(item, y.at(j))) {
                    used[j] = true;
                    found = true;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }
    return a == b;
}

namespace {
QByteArray escapeLiteral(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    return out;
}

QByteArray termText(const rdf::Term &t)
{
    switch (t.kind) {
    case rdf::Term::Kind::Iri:
        return '<' + t.value.toUtf8() + '>';
    case rdf::Term::Kind::BlankNode:
        return "_:" + t.value.toUtf8();
    case rdf::Term::Kind::Literal: {
        QByteArray out = '"' + escapeLiteral(t.value) + '"';
        if (!t.language.isEmpty())
            out += '@' + t.language.toUtf8();
        else if (t.datatype != rdf::kXsdString)
            out += "^^<" + t.datatype.toUtf8() + '>';
        return out;
    }
    case rdf::Term::Kind::DefaultGraph:
        break;
    }
    return {};
}

// Reads one term at `pos` of a line; false when the line is malformed.
bool readTerm(const QString &line, qsizetype &pos, rdf::Term &term)
{
    while (pos < line.size() && line.at(pos).isSpace())
        ++pos;
    if (pos >= line.size())
        return false;
    const QChar c = line.at(pos);
    if (c == QLatin1Char('<')) {
        const qsizetype end = line.indexOf(QLatin1Char('>'), pos);
        if (end < 0)
            return false;
        term = rdf::Term::iri(line.mid(pos + 1, end - pos - 1));
        pos = end + 1;
        return true;
    }
    if (c == QLatin1Char('_')) {
        qsizetype end = pos + 2;
        while (end < line.size() && !line.at(end).isSpace())
            ++end;
        term = rdf::Term::blank(line.mid(pos + 2, end - pos - 2));
        pos = end;
        return true;
    }
    if (c != QLatin1Char('"'))
        return false;
    QString value;
    ++pos;
    while (pos < line.size() && line.at(pos) != QLatin1Char('"')) {
        QChar ch = line.at(pos++);
        if (ch != QLatin1Char('\\')) {
            value += ch;
            continue;
        }
        const QChar e = line.at(pos++);
        switch (e.unicode()) {
        case 't': value += QLatin1Char('\t'); break;
        case 'b': value += QLatin1Char('\b'); break;
        case 'n': value += QLatin1Char('\n'); break;
        case 'r': value += QLatin1Char('\r'); break;
        case 'f': value += QLatin1Char('\f'); break;
        case 'u':
        case 'U': {
            const int len = e == QLatin1Char('u') ? 4 : 8;
            const char32_t code = line.mid(pos, len).toUInt(nullptr, 16);
            value += QString::fromUcs4(&code, 1);
            pos += len;
            break;
        }
        default: value += e;
        }
    }
    ++pos;
    term = rdf::Term::literal(value, rdf::kXsdString);
    if (pos < line.size() && line.at(pos) == QLatin1Char('@')) {
        qsizetype end = pos + 1;
        while (end < line.size() && !line.at(end).isSpace())
            ++end;
        term.language = line.mid(pos + 1, end - pos - 1);
        term.datatype = rdf::kRdfLangString;
        pos = end;
    } else if (line.mid(pos, 3) == QLatin1String("^^<")) {
        const qsizetype end = line.indexOf(QLatin1Char('>'), pos);
        term.datatype = line.mid(pos + 3, end - pos - 3);
        pos = end + 1;
    }
    return true;
}

QList<QString> blankNodes(const rdf::Dataset &d)
{
    QSet<QString> set;
    for (const rdf::Quad &q : d) {
        for (const rdf::Term *t : {&q.subject, &q.object, &q.graph}) {
            if (t->kind == rdf::Term::Kind::BlankNode)
                set.insert(t->value);
        }
    }
    return set.values();
}

QByteArray lineWith(const rdf::Quad &quad, const QHash<QString, QString> &names)
{
    rdf::Quad q = quad;
    for (rdf::Term *t : {&q.subject, &q.object, &q.graph}) {
        if (t->kind == rdf::Term::Kind::BlankNode)
            t->value = names.value(t->value, QStringLiteral("?"));
    }
    return nquadsLine(q);
}

QByteArray signature(const rdf::Dataset &d, const QString &node)
{
    QByteArrayList lines;
    for (const rdf::Quad &q : d) {
        bool touches = false;
        rdf::Quad c = q;
        for (rdf::Term *t : {&c.subject, &c.object, &c.graph}) {
            if (t->kind == rdf::Term::Kind::BlankNode) {
                touches = touches || t->value == node;
                t->value = t->value == node ? QStringLiteral("self") : QStringLiteral("other");
            }
        }
        if (touches)
            lines.append(nquadsLine(c));
    }
    std::sort(lines.begin(), lines.end());
    return lines.join();
}
} // namespace

QByteArray nquadsLine(const rdf::Quad &quad)
{
    QByteArray line = termText(quad.subject) + ' ' + termText(quad.predicate) + ' ' + termText(quad.object);
    if (quad.graph.kind != rdf::Term::Kind::DefaultGraph)
        line += ' ' + termText(quad.graph);
    return line + " .\n";
}

Result<rdf::Dataset> parseNQuadsForTest(const QByteArray &text)
{
    rdf::Dataset dataset;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rdf::Quad quad;
        qsizetype pos = 0;
        if (!readTerm(line, pos, quad.subject) || !readTerm(line, pos, quad.predicate)
            || !readTerm(line, pos, quad.object))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("bad N-Quads line %1").arg(number));
        while (pos < line.size() && line.at(pos).isSpace())
            ++pos;
        if (pos < line.size() && line.at(pos) != QLatin1Char('.')) {
            if (!readTerm(line, pos, quad.graph))
                return makeError(ErrorCode::InvalidInput, QStringLiteral("bad graph on line %1").arg(number));
        }
        dataset.push_back(quad);
    }
    return dataset;
}

bool isomorphic(const rdf::Dataset &a, const rdf::Dataset &b)
{
    auto lines = [](const rdf::Dataset &d, const QHash<QString, QString> *names) {
        QByteArrayList out;
        for (const rdf::Quad &q : d)
            out.append(names ? lineWith(q, *names) : nquadsLine(q));
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    };
    if (lines(a, nullptr) == lines(b, nullptr))
        return true;
    const QList<QString> na = blankNodes(a);
    const QList<QString> nb = blankNodes(b);
    if (na.size() != nb.size() || na.isEmpty())
        return false;
    QHash<QString, QByteArray> sigB;
    for (const QString &n : nb)
        sigB.insert(n, signature(b, n));
    QHash<QString, QString> identityB;
    for (const QString &n : nb)
        identityB.insert(n, n);
    const QByteArrayList target = lines(b, &identityB);
    QHash<QString, QString> mapping;
    QSet<QString> usedB;
    QHash<QString, QByteArray> sigA;
    for (const QString &n : na)
        sigA.insert(n, signature(a, n));
    long budget = 200000; // plenty for the suite's small graphs
    std::function<bool(qsizetype)> assign = [&](qsizetype i) -> bool {
        if (--budget < 0)
            return false;
        if (i == na.size())
            return lines(a, &mapping) == target;
        for (const QString &candidate : nb) {
            if (usedB.contains(candidate) || sigB.value(candidate) != sigA.value(na.at(i)))
                continue;
            mapping.insert(na.at(i), candidate);
            usedB.insert(candidate);
            if (assign(i + 1))
                return true;
            usedB.remove(candidate);
            mapping.remove(na.at(i));
        }
        return false;
    };
    return assign(0);
}

bool errorMatches(const QString &message, const QString &expectedCode)
{
    if (message.startsWith(expectedCode))
        return true;
    // Our names for the same conditions.
    static const QHash<QString, QStringList> aliases = {
        {QStringLiteral("loading remote context failed"), {QStringLiteral("unknown context")}},
        {QStringLiteral("loading document failed"), {QStringLiteral("unknown context")}},
        {QStringLiteral("recursive context inclusion"),
         {QStringLiteral("context loop detected"), QStringLiteral("context chain deeper")}},
        {QStringLiteral("context overflow"), {QStringLiteral("context loop detected"), QStringLiteral("context chain deeper")}},
    };
    for (const QString &alias : aliases.value(expectedCode)) {
        if (message.startsWith(alias))
            return true;
    }
    return false;
}

SuiteTest suiteTest(const QString &manifest, const QString &id)
{
    static QHash<QString, QList<SuiteTest>> manifests;
    if (!manifests.contains(manifest))
        manifests.insert(manifest, readManifest(manifest));
    for (const SuiteTest &test : manifests.value(manifest))
        if (test.id == id)
            return test;
    return {};
}

Result<QJsonValue> prepareSuiteInput(const SuiteTest &test, jsonld::JsonLdOptions &options)
{
    static const SuiteLoader loader;
    options.loader = &loader;
    options.base = test.option.value(QStringLiteral("base")).toString(kSuiteBase + test.input);
    options.processingMode = test.option.value(QStringLiteral("processingMode")).toString(QStringLiteral("json-ld-1.1"));
    Result<QJsonValue> input = readSuiteJson(test.input);
    if (!input || !test.option.contains(QStringLiteral("expandContext")) || !input->isObject())
        return input;
    // The suite's expandContext option: a context applied before the document's.
    QJsonValue context = readSuiteJson(test.option.value(QStringLiteral("expandContext")).toString()).value();
    if (context.isObject() && context.toObject().contains(QStringLiteral("@context")))
        context = context.toObject().value(QStringLiteral("@context"));
    QJsonObject object = input->toObject();
    QJsonArray contexts{context};
    if (object.contains(QStringLiteral("@context")))
        contexts.append(object.value(QStringLiteral("@context")));
    object.insert(QStringLiteral("@context"), contexts);
    return QJsonValue(object);
}

} // namespace vitae::test
