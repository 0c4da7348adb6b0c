// A Resolver over HttpResolver::send() that stops when a flag is set: a
// fetch waiting on a silent server ends within about 100 ms instead of at
// the timeout (HttpResolver::fetch has no cancel of its own). Used where
// the learner can cancel work that verifies online.
#pragma once

#include "net/HttpResolver.h"
#include "net/Resolver.h"

#include <atomic>

namespace vitae::net {

class CancellableResolver : public Resolver {
public:
    CancellableResolver(HttpResolver &http, const std::atomic<bool> &cancel) : m_http(http), m_cancel(cancel) {}

    // Errors: Cancelled once the flag is set; Network for an answer that is
    // not a success; what HttpResolver::send gives otherwise.
    Result<FetchedDocument> fetch(const QUrl &url) override;

private:
    HttpResolver &m_http;
    const std::atomic<bool> &m_cancel;
};

} // namespace vitae::net
