// Requests beyond GET: the exchange protocols (OpenID4VCI, VC-API) POST JSON
// and forms, send bearer tokens and read OAuth error bodies from 4xx answers.
// HttpResolver implements this with the same thread, limits and rules as its
// fetches; tests may substitute their own client.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <atomic>

namespace vitae::net {

struct HttpLimits {
    int timeoutMs = 20000;              // the whole request, redirects and body included
    qint64 maxBytes = 5 * 1024 * 1024;  // any response body
    int maxRedirects = 5;
    bool allowLoopbackHttp = false; // developer option: http://127.0.0.1 only
    // Sent as the Accept header of fetches (HttpRequest::accept overrides it).
    QStringList accept = {QStringLiteral("application/json"), QStringLiteral("application/ld+json")};
};

struct HttpRequest {
    QByteArray method = "GET"; // GET or POST
    QUrl url;
    QByteArray body;           // POST only
    QByteArray contentType;    // of the body, e.g. "application/json"
    QStringList accept;        // empty: HttpLimits::accept
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. {"Authorization", "Bearer ..."}
    // Polled while the request runs; setting it ends the request with
    // ErrorCode::Cancelled within about 100 ms. Must outlive the call.
    const std::atomic<bool> *cancel = nullptr;

    static HttpRequest get(const QUrl &url, const QStringList &accept = {});
    static HttpRequest postJson(const QUrl &url, const QByteArray &json);
    static HttpRequest postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    HttpRequest &withBearer(const QString &token);
};

struct HttpResponse {
    int status = 0;        // 2xx, 4xx or 5xx (redirects are followed)
    QUrl finalUrl;         // after redirects
    QByteArray body;       // also for 4xx/5xx answers (capped like any body)
    QString contentType;   // without parameters, lower case; may be empty

    bool isSuccess() const { return status >= 200 && status < 300; }
};

class HttpClient {
public:
    virtual ~HttpClient() = default;
    // Blocking; call from a worker thread. An answer with any final status is
    // a value (the caller judges 4xx bodies); errors are the transport ones:
    // Network (unreachable, timeout, TLS), LimitExceeded (too large, too
    // many redirects), Unsupported (scheme not allowed), Cancelled.
    virtual Result<HttpResponse> send(const HttpRequest &request) = 0;
    // The scheme rule this client applies (https; http to loopback when
    // allowed), so callers can refuse an address before any request.
    virtual bool allowsLoopbackHttp() const = 0;
};

// The scheme rule: https, or http to a loopback host when allowed.
// InvalidArgument for something that is not a web address, Unsupported for
// a scheme the rule refuses.
Status checkFetchableUrl(const QUrl &url, bool allowLoopbackHttp);

} // namespace vitae::net
