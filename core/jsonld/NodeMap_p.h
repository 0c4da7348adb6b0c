// The node map of JSON-LD 1.1 Node Map Generation (section 7.2), in native
// containers so that adding a value stays cheap for wide nodes.
#pragma once

#include "jsonld/JsonLd_p.h"

#include <map>
#include <vector>

namespace vitae::jsonld::detail {

// Issues _:b0, _:b1, ... and remembers the label given to each input label.
class BlankNodeIssuer {
public:
    QString issue(const QString &existing = QString());

private:
    QHash<QString, QString> m_issued;
    quint64 m_counter = 0;
};

struct PropertyValues {
    std::vector<QJsonValue> values;
    QSet<QJsonValue> seen; // values added with duplicate suppression
};

struct NodeRecord {
    QStringList types;
    std::map<QString, PropertyValues> properties; // ordered, as toRdf iterates
    bool hasIndex = false;
    QString index;
};

using Graph = std::map<QString, NodeRecord>;
using NodeMap = std::map<QString, Graph>; // "@default" for the default graph

void generateNodeMap(Processor &p, const QJsonArray &expanded, NodeMap &nodeMap, BlankNodeIssuer &issuer);

} // namespace vitae::jsonld::detail
