// W3C RDF Dataset Canonicalization (RDFC-1.0) with SHA-256.
#pragma once

#include "common/Result.h"
#include "rdf/Quad.h"

#include <QByteArray>
#include <QHash>

namespace vitae::rdf {

struct RdfcLimits {
    qsizetype maxQuads = 100000;
    // Guard against poisoned datasets: the total number of calls of the
    // Hash N-Degree Quads algorithm allowed for one dataset.
    qint64 maxNDegreeCalls = 10000;
    int maxRecursionDepth = 64;
};

struct CanonicalResult {
    QByteArray nquads;                     // sorted canonical N-Quads
    QHash<QString, QString> issuedLabels;  // input blank node label -> c14nN
};

// Errors: LimitExceeded naming the limit ("the dataset needs more than
// 10000 steps to canonicalize: it may have been built to stall verifiers").
Result<CanonicalResult> canonicalize(const Dataset &dataset, const RdfcLimits &limits = {});

} // namespace vitae::rdf
