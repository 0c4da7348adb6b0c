// An in-memory cache in front of another resolver. A document is served from
// the cache until its expiry (or `defaultLifetime` when it gave none); errors
// are not cached. Thread-safe.
#pragma once

#include "net/Resolver.h"

#include <QHash>
#include <QMutex>

#include <functional>
#include <memory>

namespace vitae::net {

class CachingResolver : public Resolver {
public:
    explicit CachingResolver(std::shared_ptr<Resolver> inner, qint64 defaultLifetimeSeconds = 3600,
                             qsizetype maxEntries = 512);
    Result<FetchedDocument> fetch(const QUrl &url) override;

    // The clock, injectable for tests.
    void setClock(std::function<QDateTime()> now);
    void clear();

private:
    std::shared_ptr<Resolver> m_inner;
    qint64 m_defaultLifetime;
    qsizetype m_maxEntries;
    std::function<QDateTime()> m_now;
    QMutex m_mutex;
    QHash<QUrl, FetchedDocument> m_entries;
};

} // namespace vitae::net
