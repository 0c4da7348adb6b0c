#include "qr/CborLd.h"

#include "jsonld/ContextLoader.h"
#include "qr/CborLdCodecs_p.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

// The reading rules follow the CBOR-LD format as the cborld 4.x encoder
// writes it, since the term ids only match when both sides count the same
// way: each context's keys are taken in sorted order, the first time a term
// name is seen it gets the next even id (from 100), and contexts are met in
// the order of a walk through the document (embedded contexts, then
// type-scoped contexts by sorted type, then properties by sorted term, a
// property's scoped context just before its value).

namespace vitae::qr {

namespace {

using namespace cborld;

// Term ids the format fixes for JSON-LD keywords. An odd id means the same
// term with an array value.
const std::pair<const char *, qint64> kKeywordIds[] = {
    {"@context", 0}, {"@type", 2}, {"@id", 4}, {"@value", 6}, {"@direction", 8},
    {"@graph", 10}, {"@included", 12}, {"@index", 14}, {"@json", 16}, {"@language", 18},
    {"@list", 20}, {"@nest", 22}, {"@reverse", 24}, {"@base", 26}, {"@container", 28},
    {"@default", 30}, {"@embed", 32}, {"@explicit", 34}, {"@none", 36}, {"@omitDefault", 38},
    {"@prefix", 40}, {"@preserve", 42}, {"@protected", 44}, {"@requireAll", 46}, {"@set", 48},
    {"@version", 50}, {"@vocab", 52},
};
constexpr qint64 kFirstTermId = 100;
constexpr qint64 kContextId = 0;
constexpr qint64 kContextsId = 1;

const QString kTypeId = QStringLiteral("@id");
const QString kTypeVocab = QStringLiteral("@vocab");
const QString kTypeMultibase = QStringLiteral("https://w3id.org/security#multibase");
const QString kTypeXsdDate = QStringLiteral("http://www.w3.org/2001/XMLSchema#date");
const QString kTypeXsdDateTime = QStringLiteral("http://www.w3.org/2001/XMLSchema#dateTime");

bool isKeyword(const QString &term)
{
    for (const auto &[name, id] : kKeywordIds) {
        if (term == QLatin1String(name))
            return true;
    }
    return false;
}

// JavaScript truthiness, which decides what the encoder skipped.
bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0 && !std::isnan(value.toDouble());
    case QJsonValue::String:
        return !value.toString().isEmpty();
    default:
        return true;
    }
}

bool isTruthy(const QCborValue &value)
{
    if (value.isUndefined() || value.isNull() || value.isFalse())
        return false;
    if (value.isInteger())
        return value.toInteger() != 0;
    if (value.isDouble())
        return value.toDouble() != 0 && !std::isnan(value.toDouble());
    if (value.isString())
        return !value.toString().isEmpty();
    return true;
}

void addUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

// What is in effect at one point of the walk.
struct ActiveContext {
    QStringList idAliases;   // terms standing for @id
    QStringList typeAliases; // terms standing for @type
    QHash<QString, QJsonValue> scoped; // term -> its scoped context
    QHash<QString, QJsonValue> terms;  // term -> its definition
};

struct ContextEntry {
    QJsonObject context; // with any @import merged in
    ActiveContext active;
};

using ContextStack = std::vector<ActiveContext>;

class Decompressor {
public:
    Decompressor(const jsonld::ContextLoader &loader, const CborLdLimits &limits)
        : m_loader(loader), m_limits(limits)
    {
        for (const auto &[name, id] : kKeywordIds) {
            m_termToId.insert(QLatin1String(name), id);
            m_idToTerm.insert(id, QLatin1String(name));
        }
    }

    QJsonValue run(const QCborValue &top)
    {
        if (top.isMap())
            return document(top.toMap());
        if (!top.isArray())
            damaged(QStringLiteral("it does not hold a JSON-LD document."));
        QJsonArray documents;
        for (const QCborValue &item : top.toArray()) {
            if (!item.isMap())
                damaged(QStringLiteral("it does not hold a JSON-LD document."));
            documents.append(document(item.toMap()));
        }
        return documents;
    }

    // Plain CBOR to JSON, for uncompressed documents and inline contexts.
    QJsonValue plain(const QCborValue &value, int depth)
    {
        countValue();
        if (depth > m_limits.maxDepth)
            throw Failure{makeError(ErrorCode::LimitExceeded,
                                    QStringLiteral("it nests deeper than %1 levels.").arg(m_limits.maxDepth))};
        if (value.isInteger())
            return QJsonValue(value.toInteger());
        if (value.isDouble()) {
            if (!std::isfinite(value.toDouble()))
                damaged(QStringLiteral("it holds a number JSON cannot hold."));
            return value.toDouble();
        }
        if (value.isString())
            return value.toString();
        if (value.isBool())
            return value.toBool();
        if (value.isNull())
            return QJsonValue::Null;
        if (value.isArray()) {
            QJsonArray out;
            for (const QCborValue &item : value.toArray())
                out.append(plain(item, depth + 1));
            return out;
        }
        if (value.isMap()) {
            QJsonObject out;
            const QCborMap map = value.toMap();
            for (auto it = map.begin(); it != map.end(); ++it) {
                if (!it.key().isString())
                    damaged(QStringLiteral("it has an object key that is not text."));
                out.insert(it.key().toString(), plain(it.value(), depth + 1));
            }
            return out;
        }
        damaged(QStringLiteral("it holds a value of a kind JSON does not have."));
    }

private:
    QJsonObject document(const QCborMap &map)
    {
        QJsonObject obj;
        ContextStack stack;
        transform(obj, map, stack, 0);
        return obj;
    }

    void countValue()
    {
        if (++m_values > m_limits.maxValues)
            throw Failure{makeError(ErrorCode::LimitExceeded,
                                    QStringLiteral("it holds more than %1 values.").arg(m_limits.maxValues))};
    }

    // ---- contexts -------------------------------------------------------

    QJsonValue decodeContextValue(const QCborValue &value)
    {
        if (!isNumber(value))
            return plain(value, 1);
        if (const auto id = wholeNumber(value)) {
            if (const auto url = registeredContext(*id))
                return *url;
        }
        unsupported(QStringLiteral("it names a context by the number %1, which is not in the CBOR-LD registry Vitae knows.")
                        .arg(toNumber(value)));
    }

    QJsonObject loadContext(const QString &url)
    {
        const Result<QJsonValue> document = m_loader.load(url);
        if (!document)
            unsupported(QStringLiteral("it uses the JSON-LD context %1, which Vitae does not have.").arg(url));
        const QJsonValue context = document->toObject().value(QLatin1String("@context"));
        if (!context.isObject())
            unsupported(QStringLiteral("it uses the JSON-LD context %1, whose form CBOR-LD cannot count terms in.").arg(url));
        return context.toObject();
    }

    const ContextEntry &entryFor(const QJsonValue &context)
    {
        QString key;
        if (context.isString())
            key = context.toString();
        else if (context.isObject())
            key = QString::fromUtf8(QJsonDocument(context.toObject()).toJson(QJsonDocument::Compact));
        else
            damaged(QStringLiteral("it has a context that is neither a URL nor an object."));
        const auto found = m_contexts.constFind(key);
        if (found != m_contexts.constEnd())
            return *found;
        if (m_contexts.size() >= m_limits.maxContexts)
            throw Failure{makeError(ErrorCode::LimitExceeded,
                                    QStringLiteral("it uses more than %1 contexts.").arg(m_limits.maxContexts))};
        ContextEntry entry = addContext(context.isString() ? loadContext(key) : context.toObject());
        return *m_contexts.insert(key, std::move(entry));
    }

    ContextEntry addContext(QJsonObject context)
    {
        const QJsonValue import = context.value(QLatin1String("@import"));
        if (isTruthy(import)) {
            if (!import.isString())
                damaged(QStringLiteral("it has a context whose @import is not a URL."));
            QJsonObject merged = entryFor(import).context;
            for (auto it = context.begin(); it != context.end(); ++it)
                merged.insert(it.key(), it.value());
            context = merged;
        }

        ContextEntry entry;
        entry.context = context;
        QStringList keys = context.keys();
        std::sort(keys.begin(), keys.end()); // UTF-16 order, as the encoder sorts
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue definition = context.value(key);
            if (!isTruthy(definition))
                continue;
            // Only these two alias spellings count, as in the encoder.
            const QJsonValue aliasOf = definition.isObject() ? definition.toObject().value(QLatin1String("id")) : definition;
            if (aliasOf.isString() && aliasOf.toString() == QLatin1String("@id"))
                addUnique(entry.active.idAliases, key);
            else if (aliasOf.isString() && aliasOf.toString() == QLatin1String("@type"))
                addUnique(entry.active.typeAliases, key);
            if (isKeyword(key))
                continue;
            if (!m_termToId.contains(key)) {
                m_termToId.insert(key, m_nextTermId);
                m_idToTerm.insert(m_nextTermId, key);
                m_nextTermId += 2;
            }
            entry.active.terms.insert(key, definition);
            if (definition.isObject()) {
                const QJsonValue scoped = definition.toObject().value(QLatin1String("@context"));
                if (isTruthy(scoped))
                    entry.active.scoped.insert(key, scoped);
            }
        }
        return entry;
    }

    // Pushes each of `contexts` on the stack, each inheriting what the one
    // below defined and it did not redefine or clear.
    void applyContexts(ContextStack &stack, const QJsonValue &contexts)
    {
        if (!isTruthy(contexts))
            return;
        const QJsonArray list = contexts.isArray() ? contexts.toArray() : QJsonArray{contexts};
        for (const QJsonValue &context : list) {
            ActiveContext next = entryFor(context).active;
            if (!stack.empty()) {
                const ActiveContext &below = stack.back();
                const auto cleared = [&](const QString &key) {
                    return context.isObject() && context.toObject().contains(key) && context.toObject().value(key).isNull();
                };
                for (const QString &alias : below.idAliases) {
                    if (!cleared(alias) && !next.terms.contains(alias))
                        addUnique(next.idAliases, alias);
                }
                for (const QString &alias : below.typeAliases) {
                    if (!cleared(alias) && !next.terms.contains(alias))
                        addUnique(next.typeAliases, alias);
                }
                for (auto it = below.scoped.begin(); it != below.scoped.end(); ++it) {
                    if (!cleared(it.key()) && !next.scoped.contains(it.key()))
                        next.scoped.insert(it.key(), it.value());
                }
                for (auto it = below.terms.begin(); it != below.terms.end(); ++it) {
                    if (!cleared(it.key()) && !next.terms.contains(it.key()))
                        next.terms.insert(it.key(), it.value());
                }
            }
            stack.push_back(std::move(next));
        }
    }

    static ActiveContext top(const ContextStack &stack)
    {
        return stack.empty() ? ActiveContext{} : stack.back();
    }

    // ---- value codecs ---------------------------------------------------

    std::optional<QJsonValue> decodeVocabTerm(const QCborValue &value) const
    {
        if (value.isArray()) {
            if (const auto uri = decodeUri(value))
                return *uri;
            return std::nullopt;
        }
        if (const auto id = wholeNumber(value)) {
            const auto term = m_idToTerm.constFind(*id);
            if (term != m_idToTerm.constEnd())
                return *term;
        }
        return std::nullopt;
    }

    std::optional<QJsonValue> decodeTyped(const QString &type, const QCborValue &value) const
    {
        if (type == kTypeId) {
            if (const auto uri = decodeUri(value))
                return *uri;
            return std::nullopt;
        }
        if (type == kTypeVocab)
            return decodeVocabTerm(value);
        const auto text = [](std::optional<QString> decoded) {
            return decoded ? std::optional<QJsonValue>(*decoded) : std::nullopt;
        };
        if (type == kTypeMultibase)
            return text(decodeMultibase(value));
        if (type == kTypeXsdDate)
            return text(decodeXsdDate(value));
        if (type == kTypeXsdDateTime)
            return text(decodeXsdDateTime(value));
        return std::nullopt;
    }

    // The type a term's definition gives its values, with a prefix:suffix
    // form expanded against the terms in effect.
    static QString termType(const ActiveContext &active, const QJsonValue &definition)
    {
        if (!definition.isObject())
            return {};
        const QJsonValue type = definition.toObject().value(QLatin1String("@type"));
        if (!isTruthy(type))
            return {};
        if (!type.isString())
            damaged(QStringLiteral("one of its contexts gives a term a type that is not text."));
        const QString text = type.toString();
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString prefix = colon < 0 ? text : text.left(colon);
        const QString suffix = colon < 0 ? QString() : text.mid(colon + 1);
        const auto prefixDefinition = active.terms.constFind(prefix);
        if (prefixDefinition == active.terms.constEnd())
            return text;
        if (prefixDefinition->isString())
            return prefixDefinition->toString() + suffix;
        const QJsonValue prefixId = prefixDefinition->toObject().value(QLatin1String("@id"));
        if (!prefixDefinition->isObject() || !prefixId.isString())
            damaged(QStringLiteral("one of its contexts defines a prefix in a form JSON-LD does not allow."));
        return prefixId.toString() + suffix;
    }

    QJsonValue scalarOrFail(const QCborValue &value, const QString &term)
    {
        if (value.isArray() || value.isMap())
            unsupported(QStringLiteral("its \"%1\" value uses an encoding this reader does not know.").arg(term));
        return plain(value, 0);
    }

    QJsonValue decodeType(const QCborValue &value, const QString &term)
    {
        if (const auto decoded = decodeVocabTerm(value))
            return *decoded;
        return scalarOrFail(value, term);
    }

    QJsonValue decodeTypes(const QCborValue &value, bool list, const QString &term)
    {
        if (!list)
            return decodeType(value, term);
        QJsonArray types;
        for (const QCborValue &item : value.toArray())
            types.append(decodeType(item, term));
        return types;
    }

    // ---- the walk -------------------------------------------------------

    struct Entry {
        QString term;
        bool plural = false;
        QJsonValue definition;
        QCborValue value;
    };

    void transform(QJsonObject &obj, const QCborMap &map, ContextStack &stack, int depth)
    {
        if (depth > m_limits.maxDepth)
            throw Failure{makeError(ErrorCode::LimitExceeded,
                                    QStringLiteral("it nests deeper than %1 levels.").arg(m_limits.maxDepth))};
        countValue();

        // Embedded contexts, which stay on the caller's stack for the
        // objects after this one, as the encoder leaves them.
        const QCborValue context = map.value(kContextId);
        const QCborValue contexts = map.value(kContextsId);
        if (isTruthy(context) && isTruthy(contexts))
            damaged(QStringLiteral("it gives one object both a single and a list of contexts."));
        if (isTruthy(context)) {
            obj.insert(QLatin1String("@context"), decodeContextValue(context));
        } else if (isTruthy(contexts)) {
            if (!contexts.isArray())
                damaged(QStringLiteral("its list of contexts is not a list."));
            QJsonArray urls;
            for (const QCborValue &item : contexts.toArray())
                urls.append(decodeContextValue(item));
            obj.insert(QLatin1String("@context"), urls);
        }
        applyContexts(stack, obj.value(QLatin1String("@context")));
        ActiveContext active = top(stack);
        ContextStack childStack = stack; // properties do not inherit type-scoped contexts

        // Types first: they choose the type-scoped contexts.
        const QStringList typeTerms = QStringList{QStringLiteral("@type")} + active.typeAliases;
        for (const QString &term : typeTerms) {
            const qint64 id = m_termToId.value(term, -1);
            if (id < 0)
                continue;
            QCborValue value = map.value(id);
            if (value.isUndefined())
                value = map.value(id + 1);
            if (value.isUndefined())
                continue;
            obj.insert(term, decodeTypes(value, value.isArray(), term));
        }
        const size_t typeScopedBase = stack.size();
        applyTypeScopedContexts(obj, stack, active);
        active = top(stack);

        std::vector<Entry> entries;
        QSet<qint64> seen;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const std::optional<qint64> key = it.key().isInteger() ? std::optional<qint64>(it.key().toInteger()) : std::nullopt;
            if (!key)
                damaged(QStringLiteral("it has an object key that is not a term number."));
            if (seen.contains(*key))
                damaged(QStringLiteral("it repeats the term number %1 in one object.").arg(*key));
            seen.insert(*key);
            if (*key == kContextId || *key == kContextsId)
                continue;
            const bool plural = (*key & 1) == 1;
            const auto term = m_idToTerm.constFind(plural ? *key - 1 : *key);
            if (term == m_idToTerm.constEnd())
                damaged(QStringLiteral("it uses the term number %1, which none of its contexts defines.").arg(*key));
            const QJsonValue definition = active.terms.value(*term, QJsonValue::Undefined);
            if (definition.isUndefined() && !isKeyword(*term))
                damaged(QStringLiteral("it uses the term \"%1\" where no context in effect defines it.").arg(*term));
            entries.push_back(Entry{*term, plural, definition, it.value()});
        }
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.term < b.term; });

        for (const Entry &entry : entries) {
            if (entry.term == QLatin1String("@id") || active.idAliases.contains(entry.term)) {
                const auto uri = decodeUri(entry.value);
                obj.insert(entry.term, uri ? QJsonValue(*uri) : scalarOrFail(entry.value, entry.term));
                continue;
            }
            if (entry.term == QLatin1String("@type") || active.typeAliases.contains(entry.term)) {
                if (entry.plural && !entry.value.isArray())
                    damaged(QStringLiteral("its \"%1\" value should be a list and is not.").arg(entry.term));
                obj.insert(entry.term, decodeTypes(entry.value, entry.plural, entry.term));
                continue;
            }

            // A property-scoped context applies to this property's values
            // and, unlike type-scoped ones, to everything below them.
            ContextStack *valueStack = &childStack;
            ContextStack propertyStack;
            std::optional<ActiveContext> propertyActive;
            const size_t propertyBase = stack.size();
            const auto scoped = active.scoped.constFind(entry.term);
            if (scoped != active.scoped.constEnd()) {
                applyContexts(stack, *scoped);
                propertyActive = top(stack);
                propertyStack = stack;
                valueStack = &propertyStack;
            }
            const QString type = termType(propertyActive ? *propertyActive : active, entry.definition);

            if (entry.plural && !entry.value.isArray())
                damaged(QStringLiteral("its \"%1\" value should be a list and is not.").arg(entry.term));
            const QCborArray values = entry.plural ? entry.value.toArray() : QCborArray{entry.value};
            QJsonArray decoded;
            for (const QCborValue &value : values) {
                countValue();
                if (value.isNull()) {
                    decoded.append(QJsonValue::Null);
                } else if (const auto typed = decodeTyped(type, value)) {
                    decoded.append(*typed);
                } else if (value.isArray()) {
                    QJsonArray children;
                    for (const QCborValue &item : value.toArray()) {
                        if (!item.isMap())
                            damaged(QStringLiteral("its \"%1\" value holds a list item that is not an object.").arg(entry.term));
                        QJsonObject child;
                        transform(child, item.toMap(), *valueStack, depth + 1);
                        children.append(child);
                    }
                    decoded.append(children);
                } else if (value.isMap()) {
                    QJsonObject child;
                    transform(child, value.toMap(), *valueStack, depth + 1);
                    decoded.append(child);
                } else if (value.isByteArray()) {
                    unsupported(QStringLiteral("its \"%1\" value uses an encoding this reader does not know.").arg(entry.term));
                } else {
                    decoded.append(plain(value, depth + 1));
                }
            }
            if (propertyActive)
                stack.resize(propertyBase);
            obj.insert(entry.term, entry.plural ? QJsonValue(decoded) : decoded.at(0));
        }
        stack.resize(typeScopedBase);
    }

    void applyTypeScopedContexts(const QJsonObject &obj, ContextStack &stack, const ActiveContext &active)
    {
        QStringList types;
        const QStringList typeTerms = QStringList{QStringLiteral("@type")} + active.typeAliases;
        for (const QString &term : typeTerms) {
            const QJsonValue value = obj.value(term);
            const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const QJsonValue &type : list) {
                if (type.isString())
                    addUnique(types, type.toString());
            }
        }
        std::sort(types.begin(), types.end());
        QHash<QString, QJsonValue> scoped = active.scoped;
        for (const QString &type : std::as_const(types)) {
            const auto contexts = scoped.constFind(type);
            if (contexts == scoped.constEnd())
                continue;
            applyContexts(stack, *contexts);
            scoped = stack.back().scoped;
        }
    }

    const jsonld::ContextLoader &m_loader;
    const CborLdLimits m_limits;
    QHash<QString, qint64> m_termToId;
    QHash<qint64, QString> m_idToTerm;
    qint64 m_nextTermId = kFirstTermId;
    QHash<QString, ContextEntry> m_contexts; // by URL, or by the JSON text of an inline context
    qsizetype m_values = 0;
};

} // namespace

Result<QJsonValue> decodeCborLd(QByteArrayView bytes, const jsonld::ContextLoader &contexts, const CborLdLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("it is larger than %1 bytes.").arg(limits.maxBytes));
    // CBOR tag 0x05xx in its two-byte form: 0xd9 0x05, then the mode.
    if (bytes.size() < 3 || uchar(bytes[0]) != 0xd9)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("it does not start with the CBOR-LD tag."));
    if (uchar(bytes[1]) != 0x05)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("it starts with a CBOR tag of a CBOR-LD version this reader does not know."));
    const uchar mode = uchar(bytes[2]);
    if (mode != 0 && mode != 1)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("it uses CBOR-LD compression mode %1, which this reader does not know.").arg(mode));

    QCborStreamReader reader(bytes.sliced(3).toByteArray());
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("its CBOR data is broken (%1).").arg(reader.lastError().toString()));
    if (reader.currentOffset() != bytes.size() - 3)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("it has bytes after its CBOR data."));

    try {
        Decompressor decompressor(contexts, limits);
        if (mode == 0)
            return decompressor.plain(value, 0);
        return decompressor.run(value);
    } catch (const cborld::Failure &failure) {
        return failure.error;
    }
}

} // namespace vitae::qr
