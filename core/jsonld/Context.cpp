// JSON-LD 1.1 Context Processing (section 4.1 of the Processing Algorithms)
// and IRI Expansion (5.2), which creates term definitions on demand while a
// context is being processed.
#include "jsonld/ContextCache_p.h"
#include "jsonld/JsonLd_p.h"

#include <atomic>

namespace vitae::jsonld::detail {

namespace {
const QString kAtContext = QStringLiteral("@context");
const QString kAtProtected = QStringLiteral("@protected");

// Steps 5.5 to 5.13 for one context map.
void processContextMap(Processor &p, ActiveContext &result, QJsonObject context, const QString &baseUrl,
                       const QStringList &remoteContexts, bool overrideProtected)
{
    if (context.contains(QStringLiteral("@version"))) {
        if (context.value(QStringLiteral("@version")) != QJsonValue(1.1))
            fail(QStringLiteral("invalid @version value"));
        if (p.mode10)
            fail(QStringLiteral("processing mode conflict"));
    }
    if (context.contains(QStringLiteral("@import"))) {
        if (p.mode10)
            fail(QStringLiteral("invalid context entry"));
        const QJsonValue import = context.value(QStringLiteral("@import"));
        if (!import.isString())
            fail(QStringLiteral("invalid @import value"));
        const QString url = baseUrl.isEmpty() ? import.toString() : resolveIri(baseUrl, import.toString());
        const QJsonValue imported = loadRemoteContext(p, url).value(kAtContext);
        if (!imported.isObject())
            fail(QStringLiteral("invalid remote context"));
        const QJsonObject importedMap = imported.toObject();
        if (importedMap.contains(QStringLiteral("@import")))
            fail(QStringLiteral("invalid context entry"));
        QJsonObject merged = importedMap;
        for (auto it = context.begin(); it != context.end(); ++it)
            merged.insert(it.key(), it.value());
        context = merged;
    }
    if (context.contains(QStringLiteral("@base")) && remoteContexts.isEmpty()) {
        const QJsonValue base = context.value(QStringLiteral("@base"));
        if (base.isNull()) {
            result.hasBase = false;
            result.base.clear();
        } else if (!base.isString()) {
            fail(QStringLiteral("invalid base IRI"));
        } else if (isAbsoluteIri(base.toString())) {
            result.hasBase = true;
            result.base = base.toString();
        } else if (result.hasBase && !result.base.isEmpty()) {
            result.base = resolveIri(result.base, base.toString());
        } else {
            fail(QStringLiteral("invalid base IRI"));
        }
    }
    if (context.contains(QStringLiteral("@vocab"))) {
        const QJsonValue vocab = context.value(QStringLiteral("@vocab"));
        if (vocab.isNull()) {
            result.vocab.reset();
        } else if (!vocab.isString()) {
            fail(QStringLiteral("invalid vocab mapping"));
        } else {
            const QString expanded = expandIri(p, result, vocab.toString(), true, true);
            if (expanded.isNull() || (p.mode10 && !isAbsoluteIri(expanded) && !isBlankNode(expanded)))
                fail(QStringLiteral("invalid vocab mapping"));
            result.vocab = expanded;
        }
    }
    if (context.contains(QStringLiteral("@language"))) {
        const QJsonValue language = context.value(QStringLiteral("@language"));
        if (language.isNull())
            result.language.reset();
        else if (language.isString())
            result.language = language.toString();
        else
            fail(QStringLiteral("invalid default language"));
    }
    if (context.contains(QStringLiteral("@direction"))) {
        if (p.mode10)
            fail(QStringLiteral("invalid context entry"));
        const QJsonValue direction = context.value(QStringLiteral("@direction"));
        if (direction.isNull())
            result.direction.reset();
        else if (direction == QJsonValue(QStringLiteral("ltr")) || direction == QJsonValue(QStringLiteral("rtl")))
            result.direction = direction.toString();
        else
            fail(QStringLiteral("invalid base direction"));
    }
    if (context.contains(QStringLiteral("@propagate"))) {
        if (p.mode10)
            fail(QStringLiteral("invalid context entry"));
        if (!context.value(QStringLiteral("@propagate")).isBool())
            fail(QStringLiteral("invalid @propagate value"));
    }
    bool protectedDefault = false;
    if (context.contains(kAtProtected)) {
        if (!context.value(kAtProtected).isBool())
            fail(QStringLiteral("invalid @protected value"));
        protectedDefault = context.value(kAtProtected).toBool();
    }

    LocalDefinitions local;
    local.result = &result;
    local.context = &context;
    local.baseUrl = baseUrl;
    local.protectedDefault = protectedDefault;
    local.overrideProtected = overrideProtected;
    local.remoteContexts = remoteContexts;
    static const QSet<QString> skipped = {
        QStringLiteral("@base"),     QStringLiteral("@direction"), QStringLiteral("@import"),
        QStringLiteral("@language"), QStringLiteral("@propagate"), kAtProtected,
        QStringLiteral("@version"),  QStringLiteral("@vocab"),
    };
    for (auto it = context.begin(); it != context.end(); ++it) {
        if (!skipped.contains(it.key()))
            createTermDefinition(p, local, it.key());
    }
}
} // namespace

quint64 nextContextId()
{
    static std::atomic<quint64> counter{1};
    return counter.fetch_add(1, std::memory_order_relaxed);
}

ContextPtr initialContext(const QString &base)
{
    auto ctx = std::make_shared<ActiveContext>();
    ctx->base = base;
    ctx->originalBase = base;
    ctx->hasBase = !base.isEmpty();
    ctx->id = contextIdForBase(base);
    return ctx;
}

ContextPtr processContext(Processor &p, const ContextPtr &active, const QJsonValue &localValue, const QString &baseUrl,
                          const QStringList &remoteContexts, bool overrideProtected, bool propagate,
                          bool validateScoped)
{
    DepthGuard guard(p, p.options.limits.maxContextDepth + p.options.limits.maxDepth, "contexts");
    if (localValue.isObject()) {
        const QJsonValue prop = localValue.toObject().value(QStringLiteral("@propagate"));
        if (!prop.isUndefined()) {
            if (!prop.isBool())
                fail(QStringLiteral("invalid @propagate value"));
            propagate = prop.toBool();
        }
    }
    ContextPtr current = active;
    if (!propagate && !current->previous) {
        auto copy = std::make_shared<ActiveContext>(*current);
        copy->previous = active;
        copy->id = nextContextId();
        current = copy;
    }
    const QJsonArray items = localValue.isArray() ? localValue.toArray() : QJsonArray{localValue};
    for (const QJsonValue &item : items) {
        if (item.isNull()) {
            if (!overrideProtected) {
                for (const TermDefinition &def : current->terms) {
                    if (def.isProtected)
                        fail(QStringLiteral("invalid context nullification"));
                }
            }
            auto fresh = std::make_shared<ActiveContext>(*initialContext(active->originalBase));
            if (!propagate)
                fresh->previous = current;
            fresh->id = nextContextId();
            current = fresh;
            continue;
        }
        if (item.isString()) {
            QString url = item.toString();
            if (!isAbsoluteIri(url)) {
                if (baseUrl.isEmpty())
                    fail(QStringLiteral("loading document failed: %1").arg(url));
                url = resolveIri(baseUrl, url);
            }
            if (!validateScoped && remoteContexts.contains(url))
                continue;
            if (remoteContexts.contains(url))
                fail(QStringLiteral("context loop detected at %1").arg(url));
            if (remoteContexts.size() >= p.options.limits.maxContextDepth)
                failLimit(QStringLiteral("context chain deeper than %1 at %2").arg(p.options.limits.maxContextDepth).arg(url));
            current = processRemoteContext(p, current, url, remoteContexts, validateScoped);
            continue;
        }
        if (!item.isObject())
            fail(QStringLiteral("invalid local context"));
        auto result = std::make_shared<ActiveContext>(*current);
        processContextMap(p, *result, item.toObject(), baseUrl, remoteContexts, overrideProtected);
        result->id = nextContextId();
        current = result;
    }
    return current;
}

QString expandIri(Processor &p, const ActiveContext &ctx, const QString &value, bool documentRelative, bool vocab,
                  LocalDefinitions *local)
{
    if (value.isNull() || isKeyword(value))
        return value;
    if (hasKeywordForm(value))
        return QString();
    const ActiveContext &c = local ? *local->result : ctx;
    if (local && local->context->contains(value) && !local->defined.value(value))
        createTermDefinition(p, *local, value);
    if (const TermDefinition *def = c.term(value)) {
        if (isKeyword(def->iri) || vocab)
            return def->iri;
    }
    const qsizetype colon = value.indexOf(QLatin1Char(':'), 1);
    if (colon > 0) {
        const QStringView prefix = QStringView(value).left(colon);
        const QStringView suffix = QStringView(value).mid(colon + 1);
        if (prefix == QLatin1String("_") || suffix.startsWith(QLatin1String("//")))
            return value;
        if (local && local->context->contains(prefix.toString()) && !local->defined.value(prefix.toString()))
            createTermDefinition(p, *local, prefix.toString());
        if (const TermDefinition *def = c.term(prefix.toString()); def && !def->iri.isNull() && def->prefix)
            return def->iri + suffix.toString();
        if (isAbsoluteIri(value))
            return value;
    }
    if (vocab && c.vocab)
        return *c.vocab + value;
    if (documentRelative && c.hasBase && !c.base.isEmpty())
        return resolveIri(c.base, value);
    return value;
}

} // namespace vitae::jsonld::detail
