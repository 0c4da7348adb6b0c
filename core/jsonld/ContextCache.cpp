// Verifying a credential applies the same few remote and scoped contexts
// every time, to the same active contexts. Each processed active context has
// an id; (input id, context identity, flags) -> output is cached here, so a
// warm expansion only looks contexts up. Entries are immutable and shared
// between threads; the map itself sits behind a mutex.
#include "jsonld/ContextCache_p.h"

#include <QMutex>
#include <QMutexLocker>

namespace vitae::jsonld::detail {

namespace {
struct CacheEntry {
    ContextPtr result;
    QJsonObject document;                    // remote: what the loader served
    std::shared_ptr<const QJsonValue> keep;  // scoped: keeps the address unique
};

struct ContextCache {
    QMutex mutex;
    QHash<QString, CacheEntry> entries;
    QHash<QString, quint64> baseIds;
};

constexpr qsizetype kMaxEntries = 4096;

ContextCache &cache()
{
    static ContextCache instance;
    return instance;
}

QString remoteKey(const Processor &p, quint64 id, const QString &url, bool validateScoped)
{
    return QStringLiteral("r%1|%2|%3%4|%5")
        .arg(quintptr(p.loader))
        .arg(id)
        .arg(validateScoped ? 1 : 0)
        .arg(p.mode10 ? 1 : 0)
        .arg(url);
}

void store(const QString &key, CacheEntry entry)
{
    ContextCache &c = cache();
    QMutexLocker lock(&c.mutex);
    if (c.entries.size() >= kMaxEntries)
        c.entries.clear(); // crude but bounded; the working set is tiny
    c.entries.insert(key, std::move(entry));
}
} // namespace

quint64 contextIdForBase(const QString &base)
{
    ContextCache &c = cache();
    QMutexLocker lock(&c.mutex);
    auto it = c.baseIds.find(base);
    if (it == c.baseIds.end()) {
        if (c.baseIds.size() >= kMaxEntries)
            c.baseIds.clear();
        it = c.baseIds.insert(base, nextContextId());
    }
    return *it;
}

QJsonObject loadRemoteContext(Processor &p, const QString &url)
{
    p.remoteUrls.insert(url);
    if (p.remoteUrls.size() > p.options.limits.maxRemoteContexts)
        failLimit(QStringLiteral("more than %1 remote contexts").arg(p.options.limits.maxRemoteContexts));
    Result<QJsonValue> document = p.loader->load(url);
    if (!document)
        fail(document.message().isEmpty() ? QStringLiteral("unknown context %1").arg(url) : document.message());
    if (!document->isObject() || !document->toObject().contains(QStringLiteral("@context")))
        fail(QStringLiteral("invalid remote context: %1").arg(url));
    return document->toObject();
}

ContextPtr processRemoteContext(Processor &p, const ContextPtr &current, const QString &url,
                                const QStringList &remoteContexts, bool validateScoped)
{
    const QJsonObject document = loadRemoteContext(p, url);
    const QString key = remoteKey(p, current->id, url, validateScoped);
    {
        ContextCache &c = cache();
        QMutexLocker lock(&c.mutex);
        const auto it = c.entries.constFind(key);
        // Same served document (a learner may have replaced it): reuse.
        if (it != c.entries.constEnd() && it->document == document)
            return it->result;
    }
    QStringList chain = remoteContexts;
    chain.append(url);
    ContextPtr result = processContext(p, current, document.value(QStringLiteral("@context")), url, chain, false,
                                       true, validateScoped);
    store(key, CacheEntry{result, document, nullptr});
    return result;
}

ContextPtr applyScopedContext(Processor &p, const ContextPtr &active, const TermDefinition &term,
                              bool overrideProtected, bool propagate)
{
    const QString key = QStringLiteral("s%1|%2|%3|%4%5%6")
                            .arg(quintptr(p.loader))
                            .arg(active->id)
                            .arg(quintptr(term.context.get()))
                            .arg(overrideProtected ? 1 : 0)
                            .arg(propagate ? 1 : 0)
                            .arg(p.mode10 ? 1 : 0);
    {
        ContextCache &c = cache();
        QMutexLocker lock(&c.mutex);
        const auto it = c.entries.constFind(key);
        if (it != c.entries.constEnd() && it->keep == term.context)
            return it->result;
    }
    ContextPtr result = processContext(p, active, *term.context, term.contextBase, {}, overrideProtected, propagate);
    store(key, CacheEntry{result, {}, term.context});
    return result;
}

} // namespace vitae::jsonld::detail
