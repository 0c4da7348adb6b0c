// JSON-LD 1.1 Deserialize JSON-LD to RDF (section 8.1) with Object to RDF
// (8.2) and List to RDF (8.3). rdfDirection is null: @direction is dropped.
#include "jsonld/NodeMap_p.h"

#include "json/Es6Number.h"
#include "json/Jcs.h"

#include <cmath>
#include <optional>

namespace vitae::jsonld::detail {

namespace {
const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kXsd = QStringLiteral("http://www.w3.org/2001/XMLSchema#");
const QString kAtId = QStringLiteral("@id");
const QString kAtList = QStringLiteral("@list");
const QString kAtValue = QStringLiteral("@value");
const QString kAtType = QStringLiteral("@type");
const QString kAtLanguage = QStringLiteral("@language");

bool isWellFormedNode(const QString &id)
{
    return isBlankNode(id) ? id.size() > 2 : isWellFormedIri(id);
}

bool isWellFormedLanguage(const QString &tag)
{
    const QStringList parts = tag.split(QLatin1Char('-'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty() || part.size() > 8)
            return false;
        for (const QChar c : part) {
            const ushort u = c.unicode();
            const bool letter = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
            if (!letter && !(i > 0 && u >= '0' && u <= '9'))
                return false;
        }
    }
    return true;
}

rdf::Term nodeTerm(const QString &id)
{
    return isBlankNode(id) ? rdf::Term::blank(id.mid(2)) : rdf::Term::iri(id);
}

// The XSD canonical double form the JSON-LD toRdf tests expect: one digit,
// a point, the significant digits of a %.15E rendering, "E", the exponent.
QString canonicalDouble(double value)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.15E", value);
    QString text = QString::fromLatin1(buffer);
    const qsizetype e = text.indexOf(QLatin1Char('E'));
    QString mantissa = text.left(e);
    while (mantissa.endsWith(QLatin1Char('0')) && !mantissa.endsWith(QLatin1String(".0")))
        mantissa.chop(1);
    const int exponent = text.mid(e + 1).toInt();
    return mantissa + QLatin1Char('E') + QString::number(exponent);
}

class Serializer {
public:
    Serializer(Processor &p, BlankNodeIssuer &issuer, rdf::Dataset &out) : m_p(p), m_issuer(issuer), m_out(out) {}

    // What toRdf silently leaves out is an error in safe mode.
    bool usable(bool wellFormed, const QString &what)
    {
        if (!wellFormed && m_p.options.safeMode)
            fail(QStringLiteral("undefined term %1").arg(what));
        return wellFormed;
    }

    void addQuad(rdf::Quad quad)
    {
        if (qsizetype(m_out.size()) >= m_p.options.limits.maxQuads)
            failLimit(QStringLiteral("the document produces more than %1 quads").arg(m_p.options.limits.maxQuads));
        m_out.push_back(std::move(quad));
    }

    std::optional<rdf::Term> objectToRdf(const QJsonObject &item, std::vector<rdf::Quad> &listTriples,
                                         const rdf::Term &graph)
    {
        if (item.contains(kAtList))
            return listToRdf(item.value(kAtList).toArray(), listTriples, graph);
        if (!item.contains(kAtValue)) {
            const QString id = item.value(kAtId).toString();
            if (!usable(isWellFormedNode(id), id))
                return std::nullopt;
            return nodeTerm(id);
        }
        const QJsonValue value = item.value(kAtValue);
        QString datatype = item.value(kAtType).toString();
        if (item.contains(kAtType) && datatype != QLatin1String("@json") && !usable(isWellFormedIri(datatype), datatype))
            return std::nullopt;
        const QString language = item.value(kAtLanguage).toString();
        if (item.contains(kAtLanguage) && !usable(isWellFormedLanguage(language), language))
            return std::nullopt;
        QString lexical;
        if (datatype == QLatin1String("@json")) {
            Result<QByteArray> canonical = json::canonicalize(value);
            if (!canonical)
                fail(QStringLiteral("invalid JSON literal: %1").arg(canonical.message()));
            lexical = QString::fromUtf8(*canonical);
            datatype = kRdf + QStringLiteral("JSON");
        } else if (value.isBool()) {
            lexical = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            if (datatype.isEmpty())
                datatype = kXsd + QStringLiteral("boolean");
        } else if (value.isDouble()) {
            const double number = value.toDouble();
            const bool fractional = std::floor(number) != number;
            if (fractional || std::fabs(number) >= 1e21 || datatype == kXsd + QStringLiteral("double")) {
                lexical = canonicalDouble(number);
                if (datatype.isEmpty())
                    datatype = kXsd + QStringLiteral("double");
            } else {
                lexical = QString::fromLatin1(json::es6NumberToString(number));
                if (datatype.isEmpty())
                    datatype = kXsd + QStringLiteral("integer");
            }
        } else {
            lexical = value.toString();
            if (datatype.isEmpty())
                datatype = item.contains(kAtLanguage) ? rdf::kRdfLangString : rdf::kXsdString;
        }
        return rdf::Term::literal(lexical, datatype, item.contains(kAtLanguage) ? language : QString());
    }

    rdf::Term listToRdf(const QJsonArray &list, std::vector<rdf::Quad> &listTriples, const rdf::Term &graph)
    {
        if (list.isEmpty())
            return rdf::Term::iri(kRdf + QStringLiteral("nil"));
        DepthGuard guard(m_p, m_p.options.limits.maxDepth * 3, "lists");
        std::vector<QString> nodes;
        nodes.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i)
            nodes.push_back(m_issuer.issue());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const rdf::Term subject = nodeTerm(nodes[i]);
            if (const auto object = objectToRdf(list.at(i).toObject(), listTriples, graph))
                listTriples.push_back({subject, rdf::Term::iri(kRdf + QStringLiteral("first")), *object, graph});
            const rdf::Term rest = i + 1 < list.size() ? nodeTerm(nodes[i + 1]) : rdf::Term::iri(kRdf + QStringLiteral("nil"));
            listTriples.push_back({subject, rdf::Term::iri(kRdf + QStringLiteral("rest")), rest, graph});
            if (qsizetype(listTriples.size() + m_out.size()) > m_p.options.limits.maxQuads)
                failLimit(QStringLiteral("the document produces more than %1 quads").arg(m_p.options.limits.maxQuads));
        }
        return nodeTerm(nodes.front());
    }

    void run(const NodeMap &nodeMap)
    {
        const rdf::Term rdfType = rdf::Term::iri(kRdf + QStringLiteral("type"));
        for (const auto &[graphName, graph] : nodeMap) {
            const bool isDefault = graphName == QLatin1String("@default");
            if (!isDefault && !usable(isWellFormedNode(graphName), graphName))
                continue;
            const rdf::Term graphTerm = isDefault ? rdf::Term{} : nodeTerm(graphName);
            for (const auto &[subject, node] : graph) {
                if (!usable(isWellFormedNode(subject), subject))
                    continue;
                const rdf::Term subjectTerm = nodeTerm(subject);
                for (const QString &type : node.types) {
                    if (usable(isWellFormedNode(type), type))
                        addQuad({subjectTerm, rdfType, nodeTerm(type), graphTerm});
                }
                for (const auto &[property, values] : node.properties) {
                    if (isKeyword(property) || !usable(!isBlankNode(property) && isWellFormedIri(property), property))
                        continue;
                    const rdf::Term predicate = rdf::Term::iri(property);
                    for (const QJsonValue &item : values.values) {
                        std::vector<rdf::Quad> listTriples;
                        if (const auto object = objectToRdf(item.toObject(), listTriples, graphTerm))
                            addQuad({subjectTerm, predicate, *object, graphTerm});
                        for (rdf::Quad &quad : listTriples)
                            addQuad(std::move(quad));
                    }
                }
            }
        }
    }

private:
    Processor &m_p;
    BlankNodeIssuer &m_issuer;
    rdf::Dataset &m_out;
};
} // namespace

rdf::Dataset toDataset(Processor &p, const QJsonArray &expanded)
{
    NodeMap nodeMap;
    BlankNodeIssuer issuer;
    generateNodeMap(p, expanded, nodeMap, issuer);
    rdf::Dataset dataset;
    Serializer serializer(p, issuer, dataset);
    serializer.run(nodeMap);
    return dataset;
}

} // namespace vitae::jsonld::detail
