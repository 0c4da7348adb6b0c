// Internals shared by the JSON-LD algorithm files: the active context, the
// per-run processor state and the helpers every step needs.
#pragma once

#include "jsonld/JsonLd.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace vitae::jsonld::detail {

// Thrown inside one run and caught at the public API, so that the deeply
// recursive algorithms read like the specification; it never leaves the module.
struct Failure {
    ErrorCode code;
    QString message;
};

[[noreturn]] void fail(const QString &message);
[[noreturn]] void failLimit(const QString &message);

enum Container : quint8 {
    ContainerNone = 0,
    ContainerGraph = 1,
    ContainerId = 2,
    ContainerIndex = 4,
    ContainerLanguage = 8,
    ContainerList = 16,
    ContainerSet = 32,
    ContainerType = 64,
};

struct TermDefinition {
    QString iri;                // null QString: explicitly unmapped (@id: null)
    bool reverse = false;
    bool prefix = false;
    bool isProtected = false;
    quint8 container = ContainerNone;
    QString typeMapping;        // empty: none
    bool hasLanguage = false;   // language mapping present (may be null)
    QString language;           // null QString: @language null
    bool hasDirection = false;
    QString direction;
    QString index;
    QString nest;
    // Scoped context, shared so that its address identifies it in the cache.
    std::shared_ptr<const QJsonValue> context;
    QString contextBase;

    bool sameAs(const TermDefinition &other) const; // ignoring isProtected
};

struct ActiveContext;
using ContextPtr = std::shared_ptr<const ActiveContext>;

struct ActiveContext {
    QHash<QString, TermDefinition> terms;
    bool hasBase = true;
    QString base;
    QString originalBase;
    std::optional<QString> vocab;
    std::optional<QString> language;
    std::optional<QString> direction;
    ContextPtr previous;
    quint64 id = 0; // identifies this exact state for the processed-context cache

    const TermDefinition *term(const QString &name) const
    {
        const auto it = terms.constFind(name);
        return it == terms.constEnd() ? nullptr : &*it;
    }
};

quint64 nextContextId();

// State of one expand()/toRdf() call.
struct Processor {
    const ContextLoader *loader = nullptr;
    JsonLdOptions options;
    bool mode10 = false;
    qsizetype nodes = 0;
    int depth = 0;
    QSet<QString> remoteUrls;

    void countNode()
    {
        if (++nodes > options.limits.maxNodes)
            failLimit(QStringLiteral("the document expands to more than %1 nodes").arg(options.limits.maxNodes));
    }
};

// RAII guard for recursion depth.
class DepthGuard {
public:
    DepthGuard(Processor &p, int limit, const char *what) : m_p(p)
    {
        if (++m_p.depth > limit)
            failLimit(QStringLiteral("%1 nested deeper than %2 levels").arg(QLatin1String(what)).arg(limit));
    }
    ~DepthGuard() { --m_p.depth; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;

private:
    Processor &m_p;
};

// Keywords and IRIs (Iri.cpp).
bool isKeyword(const QString &value);
bool hasKeywordForm(const QString &value);
bool isAbsoluteIri(const QString &value);
// Absolute and free of the characters RDF forbids in an IRI.
bool isWellFormedIri(const QString &iri);
inline bool isBlankNode(const QString &value) { return value.startsWith(QLatin1String("_:")); }
QString resolveIri(const QString &base, const QString &reference);

// Context processing (Context.cpp).
ContextPtr initialContext(const QString &base);
ContextPtr processContext(Processor &p, const ContextPtr &active, const QJsonValue &local, const QString &baseUrl,
                          const QStringList &remoteContexts = {}, bool overrideProtected = false,
                          bool propagate = true, bool validateScoped = true);
// A term's scoped context applied to `active`, cached by the context identities.
ContextPtr applyScopedContext(Processor &p, const ContextPtr &active, const TermDefinition &term,
                              bool overrideProtected, bool propagate);

// A context map being processed: the terms it defines are created on demand
// (TermDefinition.cpp), so IRI expansion inside it sees them in order.
struct LocalDefinitions {
    ActiveContext *result = nullptr;
    const QJsonObject *context = nullptr;
    QHash<QString, bool> defined;
    QString baseUrl;
    bool protectedDefault = false;
    bool overrideProtected = false;
    QStringList remoteContexts;
};
void createTermDefinition(Processor &p, LocalDefinitions &local, const QString &term);

// IRI expansion, creating `local`'s term definitions as needed (Context.cpp).
QString expandIri(Processor &p, const ActiveContext &ctx, const QString &value, bool documentRelative, bool vocab,
                  LocalDefinitions *local = nullptr);

// Expansion (Expansion.cpp, ValueExpansion.cpp).
QJsonArray expandDocument(Processor &p, const QJsonValue &document);
QJsonValue expandElement(Processor &p, const ContextPtr &activeCtx, const QString &activeProperty,
                         const QJsonValue &element, bool fromMap, bool insideList = false);
QJsonValue expandValue(Processor &p, const ActiveContext &ctx, const QString &activeProperty, const QJsonValue &value);
QJsonArray expandLanguageMap(Processor &p, const ActiveContext &ctx, const TermDefinition &def, const QJsonObject &map);
QJsonArray expandIndexMap(Processor &p, const ContextPtr &ctx, const QString &key, const TermDefinition &def,
                          const QJsonObject &map);
// Safe mode: an @id or @type that stays a relative reference cannot become RDF.
void checkResolvable(const Processor &p, const QString &original, const QString &iri);

inline QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined())
        return {};
    return QJsonArray{value};
}

inline void appendAll(QJsonArray &target, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            target.append(item);
    } else {
        target.append(value);
    }
}

// Node map and RDF (NodeMap.cpp, ToRdf.cpp).
rdf::Dataset toDataset(Processor &p, const QJsonArray &expanded);

} // namespace vitae::jsonld::detail
