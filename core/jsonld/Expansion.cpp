// JSON-LD 1.1 Expansion (section 5.1): the recursion over the document.
#include "jsonld/JsonLd_p.h"

namespace vitae::jsonld::detail {

namespace {
const QString kAtValue = QStringLiteral("@value");
const QString kAtType = QStringLiteral("@type");
const QString kAtId = QStringLiteral("@id");
const QString kAtList = QStringLiteral("@list");
const QString kAtSet = QStringLiteral("@set");
const QString kAtGraph = QStringLiteral("@graph");
const QString kAtIndex = QStringLiteral("@index");
const QString kAtLanguage = QStringLiteral("@language");
const QString kAtDirection = QStringLiteral("@direction");
const QString kAtReverse = QStringLiteral("@reverse");
const QString kAtIncluded = QStringLiteral("@included");
const QString kAtContext = QStringLiteral("@context");
const QString kAtJson = QStringLiteral("@json");

void addValues(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    QJsonArray values = object.take(key).toArray();
    appendAll(values, value);
    object.insert(key, values);
}

bool isValueOrList(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return value.isObject() && (o.contains(kAtValue) || o.contains(kAtList));
}

bool isNodeObject(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return value.isObject() && !o.contains(kAtValue) && !o.contains(kAtList) && !o.contains(kAtSet);
}

// Step 13 (and 14 for @nest) of the Expansion Algorithm.
void expandEntries(Processor &p, const ContextPtr &ctx, const ContextPtr &typeScoped, const QString &activeProperty,
                   const QJsonObject &element, QJsonObject &result, const QString &inputType)
{
    QStringList nests;
    for (auto it = element.begin(); it != element.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == kAtContext)
            continue;
        const QString property = expandIri(p, *ctx, key, false, true);
        const bool keyword = isKeyword(property);
        if (property.isNull() || (!keyword && !property.contains(QLatin1Char(':')))) {
            if (p.options.safeMode)
                fail(QStringLiteral("undefined term %1").arg(key));
            continue;
        }
        if (keyword) {
            if (activeProperty == kAtReverse)
                fail(QStringLiteral("invalid reverse property map"));
            if (result.contains(property) && property != kAtIncluded && (property != kAtType || p.mode10))
                fail(QStringLiteral("colliding keywords: %1").arg(property));
            QJsonValue expanded;
            if (property == kAtId) {
                if (!value.isString())
                    fail(QStringLiteral("invalid @id value"));
                const QString id = expandIri(p, *ctx, value.toString(), true, false);
                checkResolvable(p, value.toString(), id);
                // An @id with the form of a keyword expands to null, kept as such.
                result.insert(kAtId, id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(id));
                continue;
            } else if (property == kAtType) {
                bool ok = value.isString() || value.isArray();
                for (const QJsonValue &t : asArray(value))
                    ok = ok && t.isString();
                if (!ok)
                    fail(QStringLiteral("invalid type value"));
                QJsonArray types;
                for (const QJsonValue &t : asArray(value)) {
                    const QString iri = expandIri(p, *typeScoped, t.toString(), true, true);
                    checkResolvable(p, t.toString(), iri);
                    types.append(iri);
                }
                expanded = value.isString() ? types.first() : QJsonValue(types);
                if (result.contains(kAtType)) {
                    QJsonArray merged = asArray(result.value(kAtType));
                    appendAll(merged, expanded);
                    expanded = merged;
                }
            } else if (property == kAtGraph) {
                expanded = asArray(expandElement(p, ctx, kAtGraph, value, false));
            } else if (property == kAtIncluded) {
                if (p.mode10)
                    continue;
                const QJsonArray included = asArray(expandElement(p, ctx, QString(), value, false));
                for (const QJsonValue &node : included) {
                    if (!isNodeObject(node))
                        fail(QStringLiteral("invalid @included value"));
                }
                QJsonArray merged = result.value(kAtIncluded).toArray();
                appendAll(merged, included);
                expanded = merged;
            } else if (property == kAtValue) {
                if (inputType == kAtJson) {
                    if (p.mode10)
                        fail(QStringLiteral("invalid value object value"));
                    result.insert(kAtValue, value);
                    continue;
                }
                if (value.isObject() || value.isArray())
                    fail(QStringLiteral("invalid value object value"));
                result.insert(kAtValue, value);
                continue;
            } else if (property == kAtLanguage) {
                if (!value.isString())
                    fail(QStringLiteral("invalid language-tagged string"));
                expanded = value;
            } else if (property == kAtDirection) {
                if (p.mode10)
                    continue;
                if (value != QJsonValue(QStringLiteral("ltr")) && value != QJsonValue(QStringLiteral("rtl")))
                    fail(QStringLiteral("invalid base direction"));
                expanded = value;
            } else if (property == kAtIndex) {
                if (!value.isString())
                    fail(QStringLiteral("invalid @index value"));
                expanded = value;
            } else if (property == kAtList) {
                if (activeProperty.isNull() || activeProperty == kAtGraph)
                    continue;
                expanded = asArray(expandElement(p, ctx, activeProperty, value, false, true));
            } else if (property == kAtSet) {
                expanded = expandElement(p, ctx, activeProperty, value, false);
            } else if (property == kAtReverse) {
                if (!value.isObject())
                    fail(QStringLiteral("invalid @reverse value"));
                const QJsonObject reversed = expandElement(p, ctx, kAtReverse, value, false).toObject();
                if (reversed.contains(kAtReverse)) {
                    const QJsonObject doubly = reversed.value(kAtReverse).toObject();
                    for (auto r = doubly.begin(); r != doubly.end(); ++r)
                        addValues(result, r.key(), r.value());
                }
                if (reversed.size() > (reversed.contains(kAtReverse) ? 1 : 0)) {
                    QJsonObject reverseMap = result.take(kAtReverse).toObject();
                    for (auto r = reversed.begin(); r != reversed.end(); ++r) {
                        if (r.key() == kAtReverse)
                            continue;
                        for (const QJsonValue &item : asArray(r.value())) {
                            if (isValueOrList(item))
                                fail(QStringLiteral("invalid reverse property value"));
                            addValues(reverseMap, r.key(), item);
                        }
                    }
                    result.insert(kAtReverse, reverseMap);
                }
                continue;
            } else if (property == QLatin1String("@nest")) {
                nests.append(key);
                continue;
            } else {
                continue; // framing keywords have no meaning here
            }
            if (!expanded.isNull() && !expanded.isUndefined())
                result.insert(property, expanded);
            continue;
        }

        const TermDefinition *def = ctx->term(key);
        const quint8 container = def ? def->container : quint8(ContainerNone);
        QJsonValue expanded;
        if (def && def->typeMapping == kAtJson) {
            expanded = QJsonObject{{kAtValue, value}, {kAtType, kAtJson}};
        } else if ((container & ContainerLanguage) && value.isObject()) {
            expanded = expandLanguageMap(p, *ctx, *def, value.toObject());
        } else if ((container & (ContainerIndex | ContainerType | ContainerId)) && value.isObject()) {
            expanded = expandIndexMap(p, ctx, key, *def, value.toObject());
        } else {
            expanded = expandElement(p, ctx, key, value, false);
        }
        if (expanded.isNull() || expanded.isUndefined())
            continue;
        if ((container & ContainerList) && !(expanded.isObject() && expanded.toObject().contains(kAtList)))
            expanded = QJsonObject{{kAtList, asArray(expanded)}};
        if ((container & ContainerGraph) && !(container & (ContainerId | ContainerIndex))) {
            QJsonArray graphs;
            for (const QJsonValue &item : asArray(expanded))
                graphs.append(QJsonObject{{kAtGraph, asArray(item)}});
            expanded = graphs;
        }
        if (def && def->reverse) {
            QJsonObject reverseMap = result.take(kAtReverse).toObject();
            for (const QJsonValue &item : asArray(expanded)) {
                if (isValueOrList(item))
                    fail(QStringLiteral("invalid reverse property value"));
                addValues(reverseMap, property, item);
            }
            result.insert(kAtReverse, reverseMap);
        } else {
            addValues(result, property, expanded);
        }
    }

    for (const QString &nestKey : nests) {
        for (const QJsonValue &nested : asArray(element.value(nestKey))) {
            if (!nested.isObject())
                fail(QStringLiteral("invalid @nest value"));
            const QJsonObject nestedObject = nested.toObject();
            for (auto it = nestedObject.begin(); it != nestedObject.end(); ++it) {
                if (expandIri(p, *ctx, it.key(), false, true) == kAtValue)
                    fail(QStringLiteral("invalid @nest value"));
            }
            // Steps 3 and 8 again: the nesting key's own scoped context applies.
            const TermDefinition *nestDef = ctx->term(nestKey);
            const ContextPtr nestCtx = nestDef && nestDef->context ? applyScopedContext(p, ctx, *nestDef, true, true) : ctx;
            expandEntries(p, nestCtx, typeScoped, nestKey, nestedObject, result, inputType);
        }
    }
}

// Steps 15 to 19: validate and simplify the expanded map.
QJsonValue finishObject(QJsonObject result, const QString &activeProperty)
{
    if (result.contains(kAtValue)) {
        static const QSet<QString> allowed = {kAtDirection, kAtIndex, kAtLanguage, kAtType, kAtValue};
        for (auto it = result.begin(); it != result.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(QStringLiteral("invalid value object"));
        }
        if (result.contains(kAtType) && (result.contains(kAtLanguage) || result.contains(kAtDirection)))
            fail(QStringLiteral("invalid value object"));
        const QJsonValue type = result.value(kAtType);
        const QJsonValue value = result.value(kAtValue);
        if (type == QJsonValue(kAtJson))
            return result;
        if (value.isNull())
            return QJsonValue::Null;
        if (!value.isString() && result.contains(kAtLanguage))
            fail(QStringLiteral("invalid language-tagged value"));
        if (result.contains(kAtType) && (!type.isString() || !isWellFormedIri(type.toString())))
            fail(QStringLiteral("invalid typed value"));
    } else if (result.contains(kAtType) && !result.value(kAtType).isArray()) {
        result.insert(kAtType, QJsonArray{result.value(kAtType)});
    } else if (result.contains(kAtSet) || result.contains(kAtList)) {
        if (result.size() > 2 || (result.size() == 2 && !result.contains(kAtIndex)))
            fail(QStringLiteral("invalid set or list object"));
        if (result.contains(kAtSet))
            return result.value(kAtSet);
    }
    if (result.size() == 1 && result.contains(kAtLanguage))
        return QJsonValue::Null;
    if (activeProperty.isNull() || activeProperty == kAtGraph) {
        if (result.isEmpty() || result.contains(kAtValue) || result.contains(kAtList))
            return QJsonValue::Null;
        if (result.size() == 1 && result.contains(kAtId))
            return QJsonValue::Null;
    }
    return result;
}

} // namespace

QJsonValue expandElement(Processor &p, const ContextPtr &activeCtx, const QString &activeProperty,
                         const QJsonValue &element, bool fromMap, bool insideList)
{
    if (element.isNull() || element.isUndefined())
        return QJsonValue::Null;
    DepthGuard guard(p, p.options.limits.maxDepth, "the document");
    p.countNode();
    const TermDefinition *propertyDef = activeProperty.isNull() ? nullptr : activeCtx->term(activeProperty);

    if (!element.isArray() && !element.isObject()) {
        if (activeProperty.isNull() || activeProperty == kAtGraph)
            return QJsonValue::Null; // free-floating scalar
        ContextPtr ctx = activeCtx;
        if (propertyDef && propertyDef->context)
            ctx = applyScopedContext(p, ctx, *propertyDef, true, true);
        return expandValue(p, *ctx, activeProperty, element);
    }

    if (element.isArray()) {
        QJsonArray result;
        const bool listContainer = insideList || (propertyDef && (propertyDef->container & ContainerList));
        for (const QJsonValue &item : element.toArray()) {
            QJsonValue expanded = expandElement(p, activeCtx, activeProperty, item, fromMap);
            if (listContainer && expanded.isArray())
                expanded = QJsonObject{{kAtList, expanded}};
            if (expanded.isArray())
                appendAll(result, expanded);
            else if (!expanded.isNull())
                result.append(expanded);
        }
        return result;
    }

    const QJsonObject object = element.toObject();
    ContextPtr ctx = activeCtx;
    if (ctx->previous && !fromMap) {
        bool keep = false;
        for (auto it = object.begin(); it != object.end() && !keep; ++it) {
            const QString property = expandIri(p, *ctx, it.key(), false, true);
            keep = property == kAtValue || (object.size() == 1 && property == kAtId);
        }
        if (!keep)
            ctx = ctx->previous;
    }
    if (propertyDef && propertyDef->context)
        ctx = applyScopedContext(p, ctx, *propertyDef, true, true);
    if (object.contains(kAtContext))
        ctx = processContext(p, ctx, object.value(kAtContext), p.options.base);

    const ContextPtr typeScoped = ctx;
    QString inputType;
    bool typeSeen = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (expandIri(p, *typeScoped, it.key(), false, true) != kAtType)
            continue;
        QStringList terms;
        for (const QJsonValue &t : asArray(it.value())) {
            if (t.isString())
                terms.append(t.toString());
        }
        if (!typeSeen && !terms.isEmpty()) {
            const QJsonArray values = asArray(it.value());
            if (values.last().isString())
                inputType = expandIri(p, *typeScoped, values.last().toString(), true, true);
        }
        typeSeen = true;
        terms.sort();
        for (const QString &term : terms) {
            const TermDefinition *def = typeScoped->term(term);
            if (def && def->context)
                ctx = applyScopedContext(p, ctx, *def, false, false);
        }
    }

    QJsonObject result;
    expandEntries(p, ctx, typeScoped, activeProperty, object, result, inputType);
    return finishObject(result, activeProperty);
}

QJsonArray expandDocument(Processor &p, const QJsonValue &document)
{
    const ContextPtr ctx = initialContext(p.options.base);
    QJsonValue expanded = expandElement(p, ctx, QString(), document, false);
    if (expanded.isObject()) {
        const QJsonObject o = expanded.toObject();
        if (o.size() == 1 && o.contains(kAtGraph))
            expanded = o.value(kAtGraph);
    }
    if (expanded.isNull() || expanded.isUndefined())
        return {};
    return asArray(expanded);
}

} // namespace vitae::jsonld::detail
