// Shared by the JSON-LD test suites: a context loader that serves the W3C
// test files by URL, manifest reading, JSON comparison as the suite's
// runners do it, and a small test-only N-Quads writer/reader with a
// blank-node isomorphism check.
#pragma once

#include "jsonld/ContextLoader.h"
#include "jsonld/JsonLd.h"
#include "rdf/Quad.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace vitae::test {

inline const QString kSuiteBase = QStringLiteral("https://w3c.github.io/json-ld-api/tests/");

// Serves tests/data/jsonld/<path> for <kSuiteBase><path>; nothing else.
class SuiteLoader : public jsonld::ContextLoader {
public:
    Result<QJsonValue> load(const QString &url) const override;
};

struct SuiteTest {
    QString id;        // "#t0001"
    bool positive = true;
    bool syntaxOnly = false;
    QString input;     // path relative to tests/data/jsonld
    QString expect;    // expected output path, or the expected error code
    QJsonObject option;
};

QList<SuiteTest> readManifest(const QString &name);
Result<QJsonValue> readSuiteJson(const QString &relativePath);
// The manifest entry `id` of `manifest` (read once per manifest).
SuiteTest suiteTest(const QString &manifest, const QString &id);
// A test's input document, with `options` set as the test asks (loader, base,
// processing mode) and its expandContext applied.
Result<QJsonValue> prepareSuiteInput(const SuiteTest &test, jsonld::JsonLdOptions &options);

// Arrays compare as multisets except @list values, like the suite runners.
bool jsonLdEquals(const QJsonValue &a, const QJsonValue &b, bool ordered = false);

QByteArray nquadsLine(const rdf::Quad &quad);
Result<rdf::Dataset> parseNQuadsForTest(const QByteArray &text);
// True when the datasets are equal up to a renaming of blank nodes.
bool isomorphic(const rdf::Dataset &a, const rdf::Dataset &b);

// Does the error message from our processor stand for the suite's code?
bool errorMatches(const QString &message, const QString &expectedCode);

} // namespace vitae::test
