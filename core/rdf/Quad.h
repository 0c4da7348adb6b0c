// RDF terms, quads and datasets (RDF 1.1), as produced by JSON-LD toRdf and
// consumed by RDF Dataset Canonicalization.
#pragma once

#include <QString>

#include <vector>

namespace vitae::rdf {

struct Term {
    enum class Kind { Iri, BlankNode, Literal, DefaultGraph };
    Kind kind = Kind::DefaultGraph;
    QString value;     // IRI, blank node label without "_:", or the literal's lexical form
    QString datatype;  // literals: datatype IRI (xsd:string when plain)
    QString language;  // literals: language tag (datatype is rdf:langString)

    static Term iri(const QString &iri) { return {Kind::Iri, iri, {}, {}}; }
    static Term blank(const QString &label) { return {Kind::BlankNode, label, {}, {}}; }
    static Term literal(const QString &value, const QString &datatype, const QString &language = {})
    {
        return {Kind::Literal, value, datatype, language};
    }
    bool operator==(const Term &) const = default;
};

struct Quad {
    Term subject;
    Term predicate;
    Term object;
    Term graph; // Kind::DefaultGraph for the default graph
    bool operator==(const Quad &) const = default;
};

using Dataset = std::vector<Quad>;

inline const QString kXsdString = QStringLiteral("http://www.w3.org/2001/XMLSchema#string");
inline const QString kRdfLangString = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString");

} // namespace vitae::rdf
