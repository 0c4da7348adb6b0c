#include "net/CachingResolver.h"

#include <QMutexLocker>
#include <QCoreApplication>

namespace vitae::net {

namespace {
QUrl cacheKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment);
}
} // namespace

CachingResolver::CachingResolver(std::shared_ptr<Resolver> inner, qint64 defaultLifetimeSeconds,
                                 qsizetype maxEntries)
    : m_inner(std::move(inner)),
      m_defaultLifetime(qMax<qint64>(0, defaultLifetimeSeconds)),
      m_maxEntries(qMax<qsizetype>(1, maxEntries)),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void CachingResolver::setClock(std::function<QDateTime()> now)
{
    QMutexLocker lock(&m_mutex);
    m_now = std::move(now);
}

void CachingResolver::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

Result<FetchedDocument> CachingResolver::fetch(const QUrl &url)
{
    const QUrl key = cacheKey(url);
    {
        QMutexLocker lock(&m_mutex);
        const QDateTime now = m_now();
        if (const auto it = m_entries.constFind(key); it != m_entries.constEnd()) {
            if (now < it->expiresAt) {
                FetchedDocument hit = it.value();
                hit.url = url;
                return hit;
            }
            m_entries.erase(it);
        }
    }

    // The lock is not held while fetching: a slow server must not block
    // lookups of other URLs. Two threads may then fetch the same URL at once,
    // which costs a request but gives the same answer.
    if (!m_inner) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("vitae", "Nothing is set up to provide %1.").arg(url.toDisplayString()));
    }
    auto result = m_inner->fetch(url);
    if (!result)
        return result; // errors are never cached: the next try may succeed

    QMutexLocker lock(&m_mutex);
    const QDateTime now = m_now();
    FetchedDocument &doc = result.value();
    // The copy we keep (and hand out) carries the expiry the cache applies.
    if (!doc.expiresAt.isValid())
        doc.expiresAt = now.addSecs(m_defaultLifetime);
    if (doc.expiresAt <= now)
        return result; // no-store, max-age=0 or already stale

    if (m_entries.size() >= m_maxEntries && !m_entries.contains(key)) {
        // Drop what has expired; if that is not enough, drop the entry that
        // would expire first.
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = it->expiresAt <= now ? m_entries.erase(it) : std::next(it);
        if (m_entries.size() >= m_maxEntries) {
            auto victim = m_entries.begin();
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
                if (it->expiresAt < victim->expiresAt)
                    victim = it;
            }
            m_entries.erase(victim);
        }
    }
    m_entries.insert(key, doc);
    return result;
}

} // namespace vitae::net
