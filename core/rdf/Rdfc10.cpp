// RDFC-1.0 (https://www.w3.org/TR/rdf-canon/). Blank nodes are interned as
// indexes and every non-blank term is serialized once, so the hashing steps
// only glue prepared bytes together. Step numbers refer to the spec.
#include "rdf/Rdfc10.h"

#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace vitae::rdf {
namespace detail {
// Defined in NQuads.cpp and Rdfc10Helpers.cpp (core/rdf has no private
// header to declare them in).
void appendTerm(QByteArray &out, const Term &term);
std::vector<const Quad *> distinctQuads(const Dataset &dataset);
QByteArray joinSorted(std::vector<QByteArray> &lines);
QByteArray hexDigest(QByteArrayView data, QCryptographicHash::Algorithm algorithm);
// canonicalize() with a choice of hash; the test suite has one SHA-384 test.
Result<CanonicalResult> canonicalizeWithHash(const Dataset &dataset, const RdfcLimits &limits,
                                             QCryptographicHash::Algorithm algorithm);
} // namespace detail

namespace {

constexpr int kNone = -1;
constexpr int kGraph = 3;

// A quad with its non-blank terms serialized once; blank nodes are indexes.
struct PreparedQuad {
    std::array<QByteArray, 4> text; // empty for blank nodes and the default graph
    std::array<int, 4> node{kNone, kNone, kNone, kNone};
};

struct BlankNode {
    QString label;
    std::vector<int> quads; // each quad mentioning the node, once
    QByteArray firstDegreeHash;
    int canonical = kNone;
};

// Issuer of temporary identifiers (_:b0, _:b1, ...): the position in
// `issued` is the number. It is copied per permutation and holds few nodes,
// so a vector beats a hash table.
struct Issuer {
    std::vector<int> issued;

    int find(int node) const
    {
        const auto it = std::find(issued.begin(), issued.end(), node);
        return it == issued.end() ? kNone : static_cast<int>(it - issued.begin());
    }
    int issue(int node)
    {
        const int existing = find(node);
        if (existing != kNone) {
            return existing;
        }
        issued.push_back(node);
        return static_cast<int>(issued.size()) - 1;
    }
};

void appendId(QByteArray &out, const char *prefix, int number)
{
    out += prefix;
    out += QByteArray::number(number);
}

// Appends one N-Quads line, naming blank nodes with `name(index, out)`.
template <typename NameBlank>
void appendLine(QByteArray &out, const PreparedQuad &quad, NameBlank &&name)
{
    for (int i = 0; i < 4; ++i) {
        const bool blank = quad.node[i] != kNone;
        if (!blank && quad.text[i].isEmpty()) {
            continue; // the default graph
        }
        if (i > 0) {
            out += ' ';
        }
        if (blank) {
            name(quad.node[i], out);
        } else {
            out += quad.text[i];
        }
    }
    out += " .\n";
}

class Canonicalizer {
public:
    Canonicalizer(const RdfcLimits &limits, QCryptographicHash::Algorithm algorithm)
        : m_limits(limits), m_algorithm(algorithm)
    {
    }

    Result<CanonicalResult> run(const Dataset &dataset)
    {
        if (static_cast<qsizetype>(dataset.size()) > m_limits.maxQuads) {
            return makeError(ErrorCode::LimitExceeded,
                             QStringLiteral("the dataset has more than %1 quads to canonicalize")
                                 .arg(m_limits.maxQuads));
        }
        if (Status prepared = prepare(dataset); !prepared) {
            return prepared.error();
        }
        if (!issueCanonicalIds()) {
            return *m_error;
        }
        return output();
    }

private:
    // Steps 1-2: drop duplicate quads, intern blank nodes, serialize terms
    // and list each blank node's quads.
    Status prepare(const Dataset &dataset)
    {
        const std::vector<const Quad *> distinct = detail::distinctQuads(dataset);
        QHash<QString, int> nodeIndex;
        m_quads.reserve(distinct.size());
        for (const Quad *quadPointer : distinct) {
            const Quad &quad = *quadPointer;
            if (quad.predicate.kind != Term::Kind::Iri) {
                return makeError(ErrorCode::InvalidInput, QStringLiteral("a quad's predicate must be an IRI"));
            }
            PreparedQuad prepared;
            const std::array<const Term *, 4> terms{&quad.subject, &quad.predicate, &quad.object, &quad.graph};
            for (int i = 0; i < 4; ++i) {
                if (terms[i]->kind == Term::Kind::BlankNode) {
                    auto it = nodeIndex.find(terms[i]->value);
                    if (it == nodeIndex.end()) {
                        it = nodeIndex.insert(terms[i]->value, int(m_nodes.size()));
                        m_nodes.push_back({terms[i]->value, {}, {}, kNone});
                    }
                    prepared.node[i] = it.value();
                    std::vector<int> &quads = m_nodes[it.value()].quads;
                    if (quads.empty() || quads.back() != int(m_quads.size())) {
                        quads.push_back(int(m_quads.size())); // once per quad, as in _:x <p> _:x
                    }
                } else {
                    detail::appendTerm(prepared.text[i], *terms[i]);
                }
            }
            m_quads.push_back(std::move(prepared));
        }
        return {};
    }

    QByteArray hash(QByteArrayView data) const { return detail::hexDigest(data, m_algorithm); }

    // 4.6 Hash First Degree Quads.
    QByteArray hashFirstDegree(int node)
    {
        std::vector<QByteArray> lines;
        lines.reserve(m_nodes[node].quads.size());
        for (int q : m_nodes[node].quads) {
            QByteArray line;
            line.reserve(128);
            appendLine(line, m_quads[q], [node](int other, QByteArray &out) {
                out += other == node ? "_:a" : "_:z";
            });
            lines.push_back(std::move(line));
        }
        return hash(detail::joinSorted(lines));
    }

    // 4.7 Hash Related Blank Node.
    QByteArray hashRelated(int related, const PreparedQuad &quad, char position, const Issuer &issuer)
    {
        QByteArray input;
        input.reserve(quad.text[1].size() + 72);
        input += position;
        if (position != 'g') {
            input += quad.text[1]; // the predicate's "<iri>"
        }
        if (m_nodes[related].canonical != kNone) {
            appendId(input, "_:c14n", m_nodes[related].canonical);
        } else if (const int id = issuer.find(related); id != kNone) {
            appendId(input, "_:b", id);
        } else {
            input += m_nodes[related].firstDegreeHash;
        }
        return hash(input);
    }

    bool limitHit(const QString &message)
    {
        if (!m_error) {
            m_error = makeError(ErrorCode::LimitExceeded, message);
        }
        return true;
    }

    // Every Hash N-Degree Quads call and every permutation tried is a step: a
    // group of k look-alike nodes costs k! permutations even when no
    // recursion is needed, so calls alone would not bound the work.
    bool countStep()
    {
        if (++m_steps > m_limits.maxNDegreeCalls) {
            return limitHit(QStringLiteral("the dataset needs more than %1 steps to canonicalize: "
                                           "it may have been built to stall verifiers")
                                .arg(m_limits.maxNDegreeCalls));
        }
        return false;
    }

    static bool worse(const QByteArray &path, const QByteArray &chosen)
    {
        return !chosen.isEmpty() && path.size() >= chosen.size() && path > chosen;
    }

    // 4.8 Hash N-Degree Quads. `issuer` is updated in place to the issuer
    // the spec returns; std::nullopt once a limit is hit.
    std::optional<QByteArray> hashNDegree(int node, Issuer &issuer, int depth)
    {
        if (countStep()) {
            return std::nullopt;
        }
        if (depth > m_limits.maxRecursionDepth) {
            limitHit(QStringLiteral("the dataset links blank nodes deeper than %1 levels to canonicalize")
                         .arg(m_limits.maxRecursionDepth));
            return std::nullopt;
        }
        // Steps 1-3: related blank nodes keyed by their related hash.
        std::vector<std::pair<QByteArray, int>> related;
        for (int q : m_nodes[node].quads) {
            const PreparedQuad &quad = m_quads[q];
            static constexpr char kPositions[4] = {'s', 'p', 'o', 'g'};
            for (int i : {0, 2, kGraph}) {
                const int other = quad.node[i];
                if (other != kNone && other != node) {
                    related.emplace_back(hashRelated(other, quad, kPositions[i], issuer), other);
                }
            }
        }
        std::sort(related.begin(), related.end());

        // Steps 4-5: for each group in hash order, the smallest path over all
        // permutations of the group.
        QByteArray dataToHash;
        std::vector<int> group;
        std::vector<int> recursion;
        for (size_t start = 0; start < related.size();) {
            size_t end = start;
            group.clear();
            while (end < related.size() && related[end].first == related[start].first) {
                if (group.empty() || group.back() != related[end].second) {
                    group.push_back(related[end].second); // sorted, so duplicates are adjacent
                }
                ++end;
            }
            dataToHash += related[start].first;

            QByteArray chosenPath;
            Issuer chosenIssuer;
            QByteArray path;
            do {
                if (countStep()) {
                    return std::nullopt;
                }
                Issuer copy = issuer;
                path.clear();
                recursion.clear();
                bool skip = false;
                for (int other : group) {
                    if (m_nodes[other].canonical != kNone) {
                        appendId(path, "_:c14n", m_nodes[other].canonical);
                    } else {
                        if (copy.find(other) == kNone) {
                            recursion.push_back(other);
                        }
                        appendId(path, "_:b", copy.issue(other));
                    }
                    if (worse(path, chosenPath)) {
                        skip = true;
                        break;
                    }
                }
                for (size_t r = 0; !skip && r < recursion.size(); ++r) {
                    const int other = recursion[r];
                    std::optional<QByteArray> result = hashNDegree(other, copy, depth + 1);
                    if (!result) {
                        return std::nullopt;
                    }
                    appendId(path, "_:b", copy.issue(other));
                    path += '<';
                    path += *result;
                    path += '>';
                    skip = worse(path, chosenPath);
                }
                if (!skip && (chosenPath.isEmpty() || path < chosenPath)) {
                    chosenPath = path;
                    chosenIssuer = std::move(copy);
                }
            } while (std::next_permutation(group.begin(), group.end()));

            dataToHash += chosenPath;
            issuer = std::move(chosenIssuer);
            start = end;
        }
        return hash(dataToHash);
    }

    // 4.4.3 steps 3-5: first degree hashes, unique ones first, then the
    // N-degree hashes of each shared group.
    bool issueCanonicalIds()
    {
        std::vector<std::pair<QByteArray, int>> byHash;
        byHash.reserve(m_nodes.size());
        for (int n = 0; n < int(m_nodes.size()); ++n) {
            m_nodes[n].firstDegreeHash = hashFirstDegree(n);
            byHash.emplace_back(m_nodes[n].firstDegreeHash, n);
        }
        // Stable, so a group keeps the order in which its nodes were met.
        std::stable_sort(byHash.begin(), byHash.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });

        std::vector<std::pair<size_t, size_t>> sharedGroups;
        for (size_t start = 0; start < byHash.size();) {
            size_t end = start + 1;
            while (end < byHash.size() && byHash[end].first == byHash[start].first) {
                ++end;
            }
            if (end - start == 1) {
                issueCanonical(byHash[start].second);
            } else {
                sharedGroups.emplace_back(start, end);
            }
            start = end;
        }

        for (const auto &[start, end] : sharedGroups) {
            std::vector<std::pair<QByteArray, Issuer>> results;
            for (size_t i = start; i < end; ++i) {
                const int node = byHash[i].second;
                if (m_nodes[node].canonical != kNone) {
                    continue;
                }
                Issuer temporary;
                temporary.issue(node);
                std::optional<QByteArray> result = hashNDegree(node, temporary, 1);
                if (!result) {
                    return false;
                }
                results.emplace_back(std::move(*result), std::move(temporary));
            }
            std::stable_sort(results.begin(), results.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &result : results) {
                for (int node : result.second.issued) {
                    issueCanonical(node);
                }
            }
        }
        return true;
    }

    void issueCanonical(int node)
    {
        if (m_nodes[node].canonical == kNone) {
            m_nodes[node].canonical = m_nextCanonical++;
        }
    }

    // 4.4.3 step 6 and the canonical N-Quads form of the result.
    CanonicalResult output() const
    {
        CanonicalResult result;
        std::vector<QByteArray> lines;
        lines.reserve(m_quads.size());
        for (const PreparedQuad &quad : m_quads) {
            QByteArray line;
            line.reserve(160);
            appendLine(line, quad, [this](int node, QByteArray &out) {
                appendId(out, "_:c14n", m_nodes[node].canonical);
            });
            lines.push_back(std::move(line));
        }
        result.nquads = detail::joinSorted(lines);
        result.issuedLabels.reserve(qsizetype(m_nodes.size()));
        for (const BlankNode &node : m_nodes) {
            result.issuedLabels.insert(node.label, QStringLiteral("c14n%1").arg(node.canonical));
        }
        return result;
    }

    const RdfcLimits &m_limits;
    const QCryptographicHash::Algorithm m_algorithm;
    std::vector<PreparedQuad> m_quads;
    std::vector<BlankNode> m_nodes;
    int m_nextCanonical = 0;
    qint64 m_steps = 0;
    std::optional<Error> m_error;
};

} // namespace

Result<CanonicalResult> detail::canonicalizeWithHash(const Dataset &dataset, const RdfcLimits &limits,
                                                     QCryptographicHash::Algorithm algorithm)
{
    return Canonicalizer(limits, algorithm).run(dataset);
}

Result<CanonicalResult> canonicalize(const Dataset &dataset, const RdfcLimits &limits)
{
    return Canonicalizer(limits, QCryptographicHash::Sha256).run(dataset);
}

} // namespace vitae::rdf
