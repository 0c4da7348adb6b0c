// JSON-LD 1.1 Node Map Generation (section 7.2). The order in which this
// walks the expanded document fixes the blank node labels toRdf produces.
#include "jsonld/NodeMap_p.h"

namespace vitae::jsonld::detail {

namespace {
const QString kAtId = QStringLiteral("@id");
const QString kAtType = QStringLiteral("@type");
const QString kAtValue = QStringLiteral("@value");
const QString kAtList = QStringLiteral("@list");
const QString kAtIndex = QStringLiteral("@index");
const QString kAtReverse = QStringLiteral("@reverse");
const QString kAtGraph = QStringLiteral("@graph");
const QString kAtIncluded = QStringLiteral("@included");
const QString kAtDefault = QStringLiteral("@default");

struct Subject {
    QString id;             // null: no active subject
    bool reference = false; // the reverse case: a node reference to add
};

void addUnique(PropertyValues &property, const QJsonValue &value)
{
    if (property.seen.contains(value))
        return;
    property.seen.insert(value);
    property.values.push_back(value);
}

class Generator {
public:
    Generator(Processor &p, NodeMap &nodeMap, BlankNodeIssuer &issuer) : m_p(p), m_map(nodeMap), m_issuer(issuer) {}

    void run(const QJsonValue &element, const QString &graphName, const Subject &subject, const QString &property,
             QJsonArray *list)
    {
        DepthGuard guard(m_p, m_p.options.limits.maxDepth * 3, "the expanded document");
        if (element.isArray()) {
            for (const QJsonValue &item : element.toArray())
                run(item, graphName, subject, property, list);
            return;
        }
        QJsonObject object = element.toObject();
        Graph &graph = m_map[graphName];
        if (object.contains(kAtType) && !object.contains(kAtValue)) {
            QJsonArray types;
            for (const QJsonValue &t : object.value(kAtType).toArray()) {
                const QString type = t.toString();
                types.append(isBlankNode(type) ? m_issuer.issue(type) : type);
            }
            object.insert(kAtType, types);
        }
        if (object.contains(kAtValue)) {
            if (list)
                list->append(object);
            else
                addUnique(graph[subject.id].properties[property], object);
            return;
        }
        if (object.contains(kAtList)) {
            QJsonArray items;
            run(object.value(kAtList), graphName, subject, property, &items);
            const QJsonObject listObject{{kAtList, items}};
            if (list)
                list->append(listObject);
            else
                graph[subject.id].properties[property].values.push_back(listObject);
            return;
        }

        QString id;
        if (object.contains(kAtId)) {
            id = object.take(kAtId).toString();
            if (isBlankNode(id))
                id = m_issuer.issue(id);
        } else {
            id = m_issuer.issue();
        }
        NodeRecord &node = graph[id];
        if (subject.reference) {
            addUnique(node.properties[property], QJsonObject{{kAtId, subject.id}});
        } else if (!property.isNull()) {
            const QJsonObject reference{{kAtId, id}};
            if (list)
                list->append(reference);
            else
                addUnique(graph[subject.id].properties[property], reference);
        }
        if (object.contains(kAtType)) {
            for (const QJsonValue &t : object.take(kAtType).toArray()) {
                if (!node.types.contains(t.toString()))
                    node.types.append(t.toString());
            }
        }
        if (object.contains(kAtIndex)) {
            const QString index = object.take(kAtIndex).toString();
            if (node.hasIndex && node.index != index)
                fail(QStringLiteral("conflicting indexes"));
            node.hasIndex = true;
            node.index = index;
        }
        if (object.contains(kAtReverse)) {
            const QJsonObject reverseMap = object.take(kAtReverse).toObject();
            for (auto it = reverseMap.begin(); it != reverseMap.end(); ++it) {
                for (const QJsonValue &value : it.value().toArray())
                    run(value, graphName, Subject{id, true}, it.key(), nullptr);
            }
        }
        if (object.contains(kAtGraph))
            run(object.take(kAtGraph), id, Subject{}, QString(), nullptr);
        if (object.contains(kAtIncluded))
            run(object.take(kAtIncluded), graphName, Subject{}, QString(), nullptr);
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString name = it.key();
            if (isBlankNode(name))
                name = m_issuer.issue(name);
            // The property exists even if all its values are later dropped;
            // std::map keeps `node` valid while the recursion inserts.
            node.properties[name];
            run(it.value(), graphName, Subject{id, false}, name, nullptr);
        }
    }

private:
    Processor &m_p;
    NodeMap &m_map;
    BlankNodeIssuer &m_issuer;
};
} // namespace

QString BlankNodeIssuer::issue(const QString &existing)
{
    if (!existing.isNull()) {
        const auto it = m_issued.constFind(existing);
        if (it != m_issued.constEnd())
            return *it;
    }
    const QString label = QStringLiteral("_:b%1").arg(m_counter++);
    if (!existing.isNull())
        m_issued.insert(existing, label);
    return label;
}

void generateNodeMap(Processor &p, const QJsonArray &expanded, NodeMap &nodeMap, BlankNodeIssuer &issuer)
{
    Generator generator(p, nodeMap, issuer);
    nodeMap[kAtDefault];
    generator.run(expanded, kAtDefault, Subject{}, QString(), nullptr);
}

} // namespace vitae::jsonld::detail
