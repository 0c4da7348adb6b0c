// Fetches over HTTPS with Qt Network on a thread of its own (so callers block
// on a future, never run a nested event loop). Limits: https only (plain
// http only to loopback addresses when allowLoopbackHttp is set), at most 5
// redirects, a timeout, a response size cap, TLS errors never ignored.
#pragma once

#include "net/Resolver.h"

#include <QStringList>

#include <memory>

namespace vitae::net {

struct HttpLimits {
    int timeoutMs = 20000;
    qint64 maxBytes = 5 * 1024 * 1024;
    int maxRedirects = 5;
    bool allowLoopbackHttp = false; // developer option: http://127.0.0.1 only
    // Sent as the Accept header.
    QStringList accept = {QStringLiteral("application/json"), QStringLiteral("application/ld+json")};
};

class HttpResolver : public Resolver {
public:
    explicit HttpResolver(HttpLimits limits = {});
    ~HttpResolver() override;

    Result<FetchedDocument> fetch(const QUrl &url) override;

private:
    class Worker;
    HttpLimits m_limits;
    std::unique_ptr<Worker> m_worker;
};

} // namespace vitae::net
