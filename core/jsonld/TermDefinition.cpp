// JSON-LD 1.1 Create Term Definition (section 4.2 of the Processing
// Algorithms): one entry of a context map becomes a term definition.
#include "jsonld/JsonLd_p.h"

namespace vitae::jsonld::detail {

namespace {
const QString kAtId = QStringLiteral("@id");
const QString kAtType = QStringLiteral("@type");
const QString kAtContext = QStringLiteral("@context");
const QString kAtProtected = QStringLiteral("@protected");
const QString kAtContainer = QStringLiteral("@container");
const QString kAtReverse = QStringLiteral("@reverse");
const QString kAtNest = QStringLiteral("@nest");

bool endsWithGenDelim(const QString &iri)
{
    if (iri.isEmpty())
        return false;
    static const QString delims = QStringLiteral(":/?#[]@");
    return delims.contains(iri.back());
}

quint8 containerFlag(const QString &value)
{
    static const QHash<QString, quint8> flags = {
        {QStringLiteral("@graph"), ContainerGraph}, {QStringLiteral("@id"), ContainerId},
        {QStringLiteral("@index"), ContainerIndex}, {QStringLiteral("@language"), ContainerLanguage},
        {QStringLiteral("@list"), ContainerList},   {QStringLiteral("@set"), ContainerSet},
        {QStringLiteral("@type"), ContainerType},
    };
    return flags.value(value, quint8(ContainerNone));
}

quint8 parseContainer(const Processor &p, const QJsonValue &value)
{
    if (value.isString()) {
        const quint8 flag = containerFlag(value.toString());
        if (flag == ContainerNone || (p.mode10 && (flag & (ContainerGraph | ContainerId | ContainerType))))
            fail(QStringLiteral("invalid container mapping"));
        return flag;
    }
    if (!value.isArray() || p.mode10)
        fail(QStringLiteral("invalid container mapping"));
    quint8 flags = 0;
    int count = 0;
    for (const QJsonValue &item : value.toArray()) {
        const quint8 flag = item.isString() ? containerFlag(item.toString()) : quint8(ContainerNone);
        if (flag == ContainerNone)
            fail(QStringLiteral("invalid container mapping"));
        flags |= flag;
        ++count;
    }
    if (count == 1)
        return flags;
    // Only the combinations 1.1 allows: @graph with @id or @index (and @set),
    // or @set with one of @index, @id, @type, @language.
    const bool graphCombo = (flags & ContainerGraph) && !(flags & ~(ContainerGraph | ContainerId | ContainerIndex | ContainerSet))
        && !((flags & ContainerId) && (flags & ContainerIndex));
    const bool setCombo = (flags & ContainerSet) && !(flags & ContainerList) && !(flags & ContainerGraph) && count == 2;
    if (!graphCombo && !setCombo)
        fail(QStringLiteral("invalid container mapping"));
    return flags;
}

} // namespace

void createTermDefinition(Processor &p, LocalDefinitions &local, const QString &term);
void parseIndexMapping(Processor &p, LocalDefinitions &local, const QJsonObject &value, TermDefinition &def);

// The value of an entry (or null) in a context definition, as a map.
QJsonObject termValueAsObject(const QJsonValue &raw, bool &simpleTerm)
{
    simpleTerm = false;
    if (raw.isNull())
        return QJsonObject{{kAtId, QJsonValue::Null}};
    if (raw.isString()) {
        simpleTerm = true;
        return QJsonObject{{kAtId, raw}};
    }
    if (!raw.isObject())
        fail(QStringLiteral("invalid term definition"));
    return raw.toObject();
}

void parseIndexMapping(Processor &p, LocalDefinitions &local, const QJsonObject &value, TermDefinition &def)
{
    if (value.contains(QStringLiteral("@index"))) {
        const QJsonValue index = value.value(QStringLiteral("@index"));
        if (p.mode10 || !(def.container & ContainerIndex) || !index.isString())
            fail(QStringLiteral("invalid term definition"));
        const QString expanded = expandIri(p, *local.result, index.toString(), false, true, &local);
        if (isKeyword(index.toString()) || !isAbsoluteIri(expanded))
            fail(QStringLiteral("invalid term definition"));
        def.index = index.toString();
    }
}

void createTermDefinition(Processor &p, LocalDefinitions &local, const QString &term)
{
    const auto seen = local.defined.constFind(term);
    if (seen != local.defined.constEnd()) {
        if (*seen)
            return;
        fail(QStringLiteral("cyclic IRI mapping"));
    }
    if (term.isEmpty())
        fail(QStringLiteral("invalid term definition"));
    local.defined.insert(term, false);
    ActiveContext &result = *local.result;
    const QJsonValue raw = local.context->value(term);

    if (term == kAtType && !p.mode10) {
        const QJsonObject object = raw.toObject();
        bool ok = raw.isObject() && !object.isEmpty();
        for (auto it = object.begin(); ok && it != object.end(); ++it) {
            if (it.key() == kAtContainer)
                ok = it.value() == QJsonValue(QStringLiteral("@set"));
            else if (it.key() != kAtProtected)
                ok = false;
        }
        if (!ok)
            fail(QStringLiteral("keyword redefinition: @type"));
    } else if (isKeyword(term)) {
        fail(QStringLiteral("keyword redefinition: %1").arg(term));
    } else if (hasKeywordForm(term)) {
        if (p.options.safeMode)
            fail(QStringLiteral("undefined term %1").arg(term));
        return; // reserved for future keywords: ignored, as the spec says
    }

    std::optional<TermDefinition> previous;
    if (const TermDefinition *old = result.term(term)) {
        previous = *old;
        result.terms.remove(term);
    }

    bool simpleTerm = false;
    const QJsonObject value = termValueAsObject(raw, simpleTerm);
    TermDefinition def;

    if (value.contains(kAtProtected)) {
        if (p.mode10)
            fail(QStringLiteral("invalid term definition"));
        const QJsonValue prot = value.value(kAtProtected);
        if (!prot.isBool())
            fail(QStringLiteral("invalid @protected value"));
        def.isProtected = prot.toBool();
    } else {
        def.isProtected = local.protectedDefault;
    }

    if (value.contains(kAtType)) {
        const QJsonValue type = value.value(kAtType);
        if (!type.isString())
            fail(QStringLiteral("invalid type mapping"));
        const QString expanded = expandIri(p, result, type.toString(), false, true, &local);
        const bool keywordType = expanded == QLatin1String("@id") || expanded == QLatin1String("@vocab")
            || (!p.mode10 && (expanded == QLatin1String("@json") || expanded == QLatin1String("@none")));
        if (!keywordType && (expanded.isNull() || !isAbsoluteIri(expanded) || isBlankNode(expanded)))
            fail(QStringLiteral("invalid type mapping"));
        def.typeMapping = expanded;
    }

    if (value.contains(kAtReverse)) {
        if (value.contains(kAtId) || value.contains(kAtNest))
            fail(QStringLiteral("invalid reverse property"));
        const QJsonValue reverse = value.value(kAtReverse);
        if (!reverse.isString())
            fail(QStringLiteral("invalid IRI mapping"));
        if (hasKeywordForm(reverse.toString()) && !isKeyword(reverse.toString()))
            return;
        def.iri = expandIri(p, result, reverse.toString(), false, true, &local);
        if (def.iri.isNull() || !def.iri.contains(QLatin1Char(':')))
            fail(QStringLiteral("invalid IRI mapping"));
        if (value.contains(kAtContainer)) {
            const QJsonValue c = value.value(kAtContainer);
            if (!c.isNull()) {
                const quint8 flag = c.isString() ? containerFlag(c.toString()) : quint8(ContainerNone);
                if (flag != ContainerSet && flag != ContainerIndex)
                    fail(QStringLiteral("invalid reverse property"));
                def.container = flag;
            }
        }
        parseIndexMapping(p, local, value, def);
        def.reverse = true;
        result.terms.insert(term, def);
        local.defined.insert(term, true);
        return;
    }

    const QJsonValue idValue = value.value(kAtId);
    const qsizetype colon = term.indexOf(QLatin1Char(':'), 1);
    if (value.contains(kAtId) && idValue != QJsonValue(term)) {
        if (idValue.isNull()) {
            def.iri = QString(); // explicitly unmapped
        } else {
            if (!idValue.isString())
                fail(QStringLiteral("invalid IRI mapping"));
            const QString id = idValue.toString();
            if (!isKeyword(id) && hasKeywordForm(id))
                return;
            def.iri = expandIri(p, result, id, false, true, &local);
            if (def.iri.isNull() || (!isKeyword(def.iri) && !def.iri.contains(QLatin1Char(':'))))
                fail(QStringLiteral("invalid IRI mapping"));
            if (def.iri == kAtContext)
                fail(QStringLiteral("invalid keyword alias"));
            const bool looksLikeIri = (colon > 0 && colon < term.size() - 1) || term.contains(QLatin1Char('/'));
            if (looksLikeIri) {
                local.defined.insert(term, true);
                if (expandIri(p, result, term, false, true, &local) != def.iri)
                    fail(QStringLiteral("invalid IRI mapping"));
            }
            if (!term.contains(QLatin1Char(':')) && !term.contains(QLatin1Char('/')) && simpleTerm
                && (endsWithGenDelim(def.iri) || isBlankNode(def.iri)))
                def.prefix = true;
        }
    } else if (colon > 0) {
        const QString prefix = term.left(colon);
        const QString suffix = term.mid(colon + 1);
        if (local.context->contains(prefix))
            createTermDefinition(p, local, prefix);
        const TermDefinition *prefixDef = result.term(prefix);
        if (prefixDef && !prefixDef->iri.isNull())
            def.iri = prefixDef->iri + suffix;
        else
            def.iri = term;
    } else if (term.contains(QLatin1Char('/'))) {
        def.iri = expandIri(p, result, term, false, true);
        if (!isAbsoluteIri(def.iri))
            fail(QStringLiteral("invalid IRI mapping"));
    } else if (term == kAtType) {
        def.iri = kAtType;
    } else if (result.vocab) {
        def.iri = *result.vocab + term;
    } else {
        fail(QStringLiteral("invalid IRI mapping"));
    }

    if (value.contains(kAtContainer)) {
        def.container = parseContainer(p, value.value(kAtContainer));
        if (def.container & ContainerType) {
            if (def.typeMapping.isEmpty())
                def.typeMapping = kAtId;
            if (def.typeMapping != QLatin1String("@id") && def.typeMapping != QLatin1String("@vocab"))
                fail(QStringLiteral("invalid type mapping"));
        }
    }

    parseIndexMapping(p, local, value, def);

    if (value.contains(kAtContext)) {
        if (p.mode10)
            fail(QStringLiteral("invalid term definition"));
        auto scoped = std::make_shared<const QJsonValue>(value.value(kAtContext));
        try {
            auto snapshot = std::make_shared<ActiveContext>(result);
            snapshot->id = nextContextId();
            processContext(p, snapshot, *scoped, local.baseUrl, local.remoteContexts, true, true, false);
        } catch (const Failure &failure) {
            if (failure.code == ErrorCode::LimitExceeded || failure.message.startsWith(QLatin1String("unknown context"))
                || failure.message.startsWith(QLatin1String("context loop")))
                throw;
            fail(QStringLiteral("invalid scoped context: %1").arg(failure.message));
        }
        def.context = std::move(scoped);
        def.contextBase = local.baseUrl;
    }

    if (value.contains(QStringLiteral("@language")) && !value.contains(kAtType)) {
        const QJsonValue language = value.value(QStringLiteral("@language"));
        if (!language.isNull() && !language.isString())
            fail(QStringLiteral("invalid language mapping"));
        def.hasLanguage = true;
        def.language = language.isNull() ? QString() : language.toString();
    }

    if (value.contains(QStringLiteral("@direction")) && !value.contains(kAtType)) {
        const QJsonValue direction = value.value(QStringLiteral("@direction"));
        if (!direction.isNull() && direction != QJsonValue(QStringLiteral("ltr"))
            && direction != QJsonValue(QStringLiteral("rtl")))
            fail(QStringLiteral("invalid base direction"));
        def.hasDirection = true;
        def.direction = direction.isNull() ? QString() : direction.toString();
    }

    if (value.contains(kAtNest)) {
        const QJsonValue nest = value.value(kAtNest);
        if (p.mode10)
            fail(QStringLiteral("invalid term definition"));
        if (!nest.isString() || (isKeyword(nest.toString()) && nest.toString() != kAtNest))
            fail(QStringLiteral("invalid @nest value"));
        def.nest = nest.toString();
    }

    if (value.contains(QStringLiteral("@prefix"))) {
        if (p.mode10 || term.contains(QLatin1Char(':')) || term.contains(QLatin1Char('/')))
            fail(QStringLiteral("invalid term definition"));
        const QJsonValue prefix = value.value(QStringLiteral("@prefix"));
        if (!prefix.isBool())
            fail(QStringLiteral("invalid @prefix value"));
        def.prefix = prefix.toBool();
        if (def.prefix && isKeyword(def.iri))
            fail(QStringLiteral("invalid term definition"));
    }

    static const QSet<QString> allowed = {
        kAtId, kAtReverse, kAtContainer, kAtContext, QStringLiteral("@direction"), QStringLiteral("@index"),
        QStringLiteral("@language"), kAtNest, QStringLiteral("@prefix"), kAtProtected, kAtType,
    };
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!allowed.contains(it.key()))
            fail(QStringLiteral("invalid term definition"));
    }

    if (!local.overrideProtected && previous && previous->isProtected) {
        if (!def.sameAs(*previous))
            fail(QStringLiteral("protected term redefinition: %1").arg(term));
        def = *previous;
    }
    result.terms.insert(term, def);
    local.defined.insert(term, true);
}

bool TermDefinition::sameAs(const TermDefinition &o) const
{
    const bool sameContext = (!context && !o.context) || (context && o.context && *context == *o.context);
    return iri == o.iri && iri.isNull() == o.iri.isNull() && reverse == o.reverse && prefix == o.prefix
        && container == o.container && typeMapping == o.typeMapping && hasLanguage == o.hasLanguage
        && language == o.language && language.isNull() == o.language.isNull() && hasDirection == o.hasDirection
        && direction == o.direction && index == o.index && nest == o.nest && sameContext;
}

} // namespace vitae::jsonld::detail
