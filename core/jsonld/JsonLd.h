// JSON-LD 1.1 expansion and deserialization to RDF (toRdf), for what
// credential contexts and real credentials use. Written to the W3C JSON-LD
// 1.1 Processing Algorithms; checked against the W3C test suite.
#pragma once

#include "common/Result.h"
#include "jsonld/ContextLoader.h"
#include "rdf/Quad.h"

#include <QJsonArray>
#include <QJsonValue>

namespace vitae::jsonld {

struct JsonLdLimits {
    int maxContextDepth = 32;        // nested/imported/remote contexts in one chain
    int maxRemoteContexts = 64;      // distinct context documents per expansion
    int maxDepth = 64;               // nesting of the document
    qsizetype maxQuads = 100000;     // toRdf output
    qsizetype maxNodes = 200000;     // values visited while expanding
};

struct JsonLdOptions {
    const ContextLoader *loader = nullptr;  // null: BuiltinContexts::instance()
    // Safe mode: a term or a type that no context defines makes expansion
    // fail with "undefined term <name>" (instead of being silently dropped),
    // as do relative IRIs that cannot be resolved. Verification uses it.
    bool safeMode = false;
    QString base;                           // document base IRI, may be empty
    QString processingMode = QStringLiteral("json-ld-1.1");
    JsonLdLimits limits;
};

// Errors are InvalidInput with the JSON-LD error name and detail, e.g.
// "unknown context https://example.org/ctx", "undefined term foo",
// "invalid @id value", "context loop detected at <url>"; limits give
// LimitExceeded.
Result<QJsonArray> expand(const QJsonValue &document, const JsonLdOptions &options = {});

// Expands and deserializes to an RDF dataset (blank node labels as produced
// by the Node Map Generation algorithm: _:b0, _:b1, ...). Numbers and
// booleans become xsd:integer / xsd:double / xsd:boolean literals in their
// canonical lexical forms; @json literals are JCS-canonicalized rdf:JSON.
Result<rdf::Dataset> toRdf(const QJsonValue &document, const JsonLdOptions &options = {});

} // namespace vitae::jsonld
