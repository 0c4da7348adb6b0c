// N-Quads in the canonical form that RDFC-1.0 hashes and outputs: one quad
// per line ending in "\n", single spaces, IRIs in <>, xsd:string datatypes
// omitted, language tags after '@', and literal and IRI escaping exactly as
// the canonical N-Quads rules say (the RDFC-1.0 test suite checks them).
#pragma once

#include "common/Result.h"
#include "rdf/Quad.h"

#include <QByteArray>

namespace vitae::rdf {

// One quad as a canonical N-Quads line, "\n" included.
QByteArray toNQuad(const Quad &quad);
QByteArray toNQuads(const Dataset &dataset);

// Parses N-Quads (for tests and the RDFC test suite inputs). Errors are
// InvalidInput with the line number.
Result<Dataset> parseNQuads(QByteArrayView text);

} // namespace vitae::rdf
