// JSON-LD 1.1 Value Expansion (section 5.3) and the expansion of language,
// index, id and type maps (steps 13.7 and 13.8 of the Expansion Algorithm).
#include "jsonld/JsonLd_p.h"

namespace vitae::jsonld::detail {

namespace {
const QString kAtValue = QStringLiteral("@value");
const QString kAtType = QStringLiteral("@type");
const QString kAtId = QStringLiteral("@id");
const QString kAtGraph = QStringLiteral("@graph");
const QString kAtIndex = QStringLiteral("@index");
const QString kAtLanguage = QStringLiteral("@language");
const QString kAtDirection = QStringLiteral("@direction");
const QString kAtContext = QStringLiteral("@context");
const QString kAtNone = QStringLiteral("@none");

bool isGraphObject(const QJsonObject &o)
{
    if (!o.contains(kAtGraph))
        return false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        if (k != kAtGraph && k != kAtId && k != kAtIndex && k != kAtContext)
            return false;
    }
    return true;
}
} // namespace

// Safe mode: an @id or @type that stays a relative reference cannot become RDF.
void checkResolvable(const Processor &p, const QString &original, const QString &iri)
{
    if (p.options.safeMode && !isAbsoluteIri(iri) && !isBlankNode(iri))
        fail(QStringLiteral("undefined term %1").arg(original));
}

QJsonValue expandValue(Processor &p, const ActiveContext &ctx, const QString &activeProperty, const QJsonValue &value)
{
    const TermDefinition *def = activeProperty.isNull() ? nullptr : ctx.term(activeProperty);
    if (def && value.isString()) {
        if (def->typeMapping == kAtId) {
            const QString iri = expandIri(p, ctx, value.toString(), true, false);
            checkResolvable(p, value.toString(), iri);
            return QJsonObject{{kAtId, iri}};
        }
        if (def->typeMapping == QLatin1String("@vocab")) {
            const QString iri = expandIri(p, ctx, value.toString(), true, true);
            checkResolvable(p, value.toString(), iri);
            return QJsonObject{{kAtId, iri}};
        }
    }
    QJsonObject result{{kAtValue, value}};
    if (def && !def->typeMapping.isEmpty() && def->typeMapping != kAtId && def->typeMapping != QLatin1String("@vocab")
        && def->typeMapping != kAtNone) {
        result.insert(kAtType, def->typeMapping);
    } else if (value.isString()) {
        const bool termLanguage = def && def->hasLanguage;
        const QString language = termLanguage ? def->language : ctx.language.value_or(QString());
        const bool termDirection = def && def->hasDirection;
        const QString direction = termDirection ? def->direction : ctx.direction.value_or(QString());
        if (!language.isNull())
            result.insert(kAtLanguage, language);
        if (!direction.isNull())
            result.insert(kAtDirection, direction);
    }
    return result;
}

QJsonArray expandLanguageMap(Processor &p, const ActiveContext &ctx, const TermDefinition &def, const QJsonObject &map)
{
    QJsonArray out;
    QString direction = ctx.direction.value_or(QString());
    if (def.hasDirection)
        direction = def.direction;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const bool none = it.key() == kAtNone || expandIri(p, ctx, it.key(), false, true) == kAtNone;
        for (const QJsonValue &item : asArray(it.value())) {
            if (item.isNull())
                continue;
            if (!item.isString())
                fail(QStringLiteral("invalid language map value"));
            QJsonObject v{{kAtValue, item}};
            if (!none)
                v.insert(kAtLanguage, it.key());
            if (!direction.isNull())
                v.insert(kAtDirection, direction);
            out.append(v);
        }
    }
    return out;
}

QJsonArray expandIndexMap(Processor &p, const ContextPtr &ctx, const QString &key, const TermDefinition &def,
                          const QJsonObject &map)
{
    QJsonArray out;
    const quint8 container = def.container;
    const QString indexKey = def.index.isEmpty() ? kAtIndex : def.index;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString &index = it.key();
        ContextPtr mapCtx = ctx;
        if (container & (ContainerId | ContainerType))
            mapCtx = ctx->previous ? ctx->previous : ctx;
        if (container & ContainerType) {
            const TermDefinition *indexDef = mapCtx->term(index);
            if (indexDef && indexDef->context)
                mapCtx = applyScopedContext(p, mapCtx, *indexDef, false, true);
        }
        const QString expandedIndex = expandIri(p, *ctx, index, false, true);
        const QJsonArray items = asArray(expandElement(p, mapCtx, key, asArray(it.value()), true));
        for (QJsonValue itemValue : items) {
            QJsonObject item = itemValue.toObject();
            if ((container & ContainerGraph) && !isGraphObject(item))
                item = QJsonObject{{kAtGraph, QJsonArray{item}}};
            if ((container & ContainerIndex) && indexKey != kAtIndex && expandedIndex != kAtNone) {
                const QJsonValue reExpanded = expandValue(p, *ctx, indexKey, index);
                const QString expandedIndexKey = expandIri(p, *ctx, indexKey, false, true);
                QJsonArray values{reExpanded};
                appendAll(values, item.value(expandedIndexKey).isUndefined() ? QJsonArray() : item.value(expandedIndexKey));
                item.insert(expandedIndexKey, values);
                if (item.contains(kAtValue))
                    fail(QStringLiteral("invalid value object"));
            } else if ((container & ContainerIndex) && !item.contains(kAtIndex) && expandedIndex != kAtNone) {
                item.insert(kAtIndex, index);
            } else if ((container & ContainerId) && !item.contains(kAtId) && expandedIndex != kAtNone) {
                const QString id = expandIri(p, *ctx, index, true, false);
                checkResolvable(p, index, id);
                item.insert(kAtId, id);
            } else if ((container & ContainerType) && expandedIndex != kAtNone) {
                QJsonArray types{expandedIndex};
                if (item.contains(kAtType))
                    appendAll(types, item.value(kAtType));
                item.insert(kAtType, types);
            }
            out.append(item);
        }
    }
    return out;
}

} // namespace vitae::jsonld::detail
