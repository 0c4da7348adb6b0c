// Fetches and sends over HTTPS with Qt Network on a thread of its own (so
// callers block on a future, never run a nested event loop). Limits: https
// only (plain http only to loopback addresses when allowLoopbackHttp is
// set), at most 5 redirects, one timeout for the whole request, a response
// size cap, TLS errors never ignored.
#pragma once

#include "net/HttpClient.h"
#include "net/Resolver.h"

#include <memory>

namespace vitae::net {

class HttpResolver : public Resolver, public HttpClient {
public:
    explicit HttpResolver(HttpLimits limits = {});
    ~HttpResolver() override;

    // GET; anything but a 2xx answer is an error.
    Result<FetchedDocument> fetch(const QUrl &url) override;
    // GET or POST; 4xx/5xx answers come back with their bodies.
    Result<HttpResponse> send(const HttpRequest &request) override;
    bool allowsLoopbackHttp() const override { return m_limits.allowLoopbackHttp; }

    const HttpLimits &limits() const { return m_limits; }

private:
    class Worker;
    HttpLimits m_limits;
    std::unique_ptr<Worker> m_worker;
};

} // namespace vitae::net
