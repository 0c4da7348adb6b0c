#include "net/ChainResolver.h"

#include <QCoreApplication>

namespace vitae::net {

void ChainResolver::append(std::shared_ptr<Resolver> resolver)
{
    if (resolver)
        m_resolvers.push_back(std::move(resolver));
}

Result<FetchedDocument> ChainResolver::fetch(const QUrl &url)
{
    // Only "I have no entry" passes the question on: a network failure or a
    // size cap from an earlier resolver is an answer, not a miss.
    for (const auto &resolver : m_resolvers) {
        auto result = resolver->fetch(url);
        if (result.code() != ErrorCode::NotFound)
            return result;
    }
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("vitae", "Nothing is set up to provide %1.").arg(url.toDisplayString()));
}

} // namespace vitae::net
