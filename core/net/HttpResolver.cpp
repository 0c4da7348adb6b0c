#include "net/HttpResolver.h"

#include "net/HttpTransfer_p.h"

#include <QThread>
#include <QCoreApplication>

namespace vitae::net {

using detail::RawResult;
using detail::Transfer;

// Owns the thread and, on it, the network manager. Requests arrive as queued
// calls; callers wait on futures.
class HttpResolver::Worker {
public:
    Worker()
    {
        m_thread.setObjectName(QStringLiteral("vitae-http"));
        m_thread.start();
        m_context.moveToThread(&m_thread);
        // The manager must be created on the thread that will use it.
        QMetaObject::invokeMethod(
                &m_context, [this] { m_manager = new QNetworkAccessManager(&m_context); },
                Qt::BlockingQueuedConnection);
    }

    ~Worker()
    {
        // Deleting the manager deletes every Transfer, which answers its
        // caller with Cancelled.
        QMetaObject::invokeMethod(
                &m_context,
                [this] {
                    delete m_manager;
                    m_manager = nullptr;
                },
                Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    std::future<RawResult> post(const HttpLimits &limits, const HttpRequest &request, bool keepErrorBodies)
    {
        std::promise<RawResult> promise;
        auto future = promise.get_future();
        QMetaObject::invokeMethod(&m_context, [this, limits, request, keepErrorBodies,
                                               promise = std::move(promise)]() mutable {
            if (!m_manager) {
                promise.set_value(makeError(ErrorCode::Cancelled, QCoreApplication::translate("vitae", "Fetching %1 was cancelled.")
                                                                          .arg(request.url.toDisplayString())));
                return;
            }
            auto *transfer = new Transfer(m_manager, limits, request, keepErrorBodies, std::move(promise));
            transfer->start();
        });
        return future;
    }

    [[nodiscard]] bool isWorkerThread() const { return QThread::currentThread() == &m_thread; }

private:
    QThread m_thread;
    QObject m_context;
    QNetworkAccessManager *m_manager = nullptr;
};

HttpResolver::HttpResolver(HttpLimits limits) : m_limits(std::move(limits)), m_worker(std::make_unique<Worker>())
{
    m_limits.timeoutMs = qMax(1, m_limits.timeoutMs);
    m_limits.maxBytes = qMax<qint64>(0, m_limits.maxBytes);
    m_limits.maxRedirects = qMax(0, m_limits.maxRedirects);
}

HttpResolver::~HttpResolver() = default;

Result<FetchedDocument> HttpResolver::fetch(const QUrl &url)
{
    // Checked here, so a refused URL never reaches the network stack.
    if (const Status allowed = checkFetchableUrl(url, m_limits.allowLoopbackHttp); !allowed)
        return allowed.error();
    if (m_worker->isWorkerThread()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("HttpResolver::fetch was called on its own network thread."));
    }
    RawResult raw = m_worker->post(m_limits, HttpRequest::get(url), false).get();
    if (!raw)
        return raw.error();
    const HttpResponse &response = raw->response;
    if (!response.isSuccess()) {
        const QString status = raw->reasonPhrase.isEmpty()
                ? QString::number(response.status)
                : QStringLiteral("%1 %2").arg(response.status).arg(raw->reasonPhrase);
        return makeError(ErrorCode::Network,
                         QCoreApplication::translate("vitae", "The server answered %1 for %2.").arg(status, response.finalUrl.toDisplayString()));
    }
    FetchedDocument doc;
    doc.url = url;
    doc.finalUrl = response.finalUrl;
    doc.body = response.body;
    doc.contentType = response.contentType;
    doc.retrievedAt = raw->retrievedAt;
    doc.expiresAt = raw->expiresAt;
    return doc;
}

Result<HttpResponse> HttpResolver::send(const HttpRequest &request)
{
    if (const Status allowed = checkFetchableUrl(request.url, m_limits.allowLoopbackHttp); !allowed)
        return allowed.error();
    if (request.method != "GET" && request.method != "POST") {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("vitae", "HttpResolver does not send %1 requests.").arg(QString::fromLatin1(request.method)));
    }
    if (m_worker->isWorkerThread()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("HttpResolver::send was called on its own network thread."));
    }
    RawResult raw = m_worker->post(m_limits, request, true).get();
    if (!raw)
        return raw.error();
    return std::move(raw->response);
}

} // namespace vitae::net
