// Helpers of Rdfc10.cpp that need none of its types.
#include "rdf/Quad.h"

#include "crypto/Sodium.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <utility>

namespace vitae::rdf {
namespace detail { // declared again in Rdfc10.cpp
std::vector<const Quad *> distinctQuads(const Dataset &dataset);
QByteArray joinSorted(std::vector<QByteArray> &lines);
QByteArray hexDigest(QByteArrayView data, QCryptographicHash::Algorithm algorithm);
} // namespace detail

namespace {

size_t hashTerm(const Term &term, size_t seed)
{
    return qHashMulti(seed, int(term.kind), term.value, term.datatype, term.language);
}

} // namespace

// The quads in their original order, each first occurrence only: a dataset
// is a set, and a repeated quad would change its blank nodes' hashes.
// Sorting by a hash keeps full comparisons to equal quads and collisions.
std::vector<const Quad *> detail::distinctQuads(const Dataset &dataset)
{
    std::vector<std::pair<size_t, size_t>> order; // (hash, index)
    order.reserve(dataset.size());
    for (size_t i = 0; i < dataset.size(); ++i) {
        const Quad &q = dataset[i];
        order.emplace_back(hashTerm(q.graph, hashTerm(q.object, hashTerm(q.predicate, hashTerm(q.subject, 0)))), i);
    }
    std::sort(order.begin(), order.end());
    std::vector<bool> duplicate(dataset.size(), false);
    for (size_t i = 1; i < order.size(); ++i) {
        // Ties sort by index, so the first occurrence is the one kept.
        for (size_t j = i; j-- > 0 && order[j].first == order[i].first;) {
            if (!duplicate[order[j].second] && dataset[order[j].second] == dataset[order[i].second]) {
                duplicate[order[i].second] = true;
                break;
            }
        }
    }
    std::vector<const Quad *> distinct;
    distinct.reserve(dataset.size());
    for (size_t i = 0; i < dataset.size(); ++i) {
        if (!duplicate[i]) {
            distinct.push_back(&dataset[i]);
        }
    }
    return distinct;
}

// Sorts lines in code point order (bytewise, as UTF-8 preserves it) and
// concatenates them.
QByteArray detail::joinSorted(std::vector<QByteArray> &lines)
{
    std::sort(lines.begin(), lines.end());
    qsizetype size = 0;
    for (const QByteArray &line : lines) {
        size += line.size();
    }
    QByteArray joined;
    joined.reserve(size);
    for (const QByteArray &line : lines) {
        joined += line;
    }
    return joined;
}

// Lower-case hex, as RDFC-1.0 hashes feed into other hashes as text.
QByteArray detail::hexDigest(QByteArrayView data, QCryptographicHash::Algorithm algorithm)
{
    if (algorithm == QCryptographicHash::Sha256) {
        return crypto::sha256(data).toHex(); // libsodium: no allocation per hash object
    }
    return QCryptographicHash::hash(data, algorithm).toHex();
}

} // namespace vitae::rdf
