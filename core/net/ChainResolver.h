// Asks resolvers in order: the first that does not answer NotFound wins.
// Typical chain: file mappings, then the cache-wrapped network.
#pragma once

#include "net/Resolver.h"

#include <memory>
#include <vector>

namespace vitae::net {

class ChainResolver : public Resolver {
public:
    void append(std::shared_ptr<Resolver> resolver);
    Result<FetchedDocument> fetch(const QUrl &url) override;

private:
    std::vector<std::shared_ptr<Resolver>> m_resolvers;
};

} // namespace vitae::net
