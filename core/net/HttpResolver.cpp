#include "net/HttpResolver.h"

#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <future>

namespace vitae::net {

namespace {

using FetchResult = Result<FetchedDocument>;

// Qt's internal read buffer: small, so a huge body is never buffered ahead of
// our own size check.
constexpr qint64 kReadBufferBytes = 64LL * 1024;
// Far-future max-age values are clamped to keep date arithmetic sane.
constexpr qint64 kMaxLifetimeSeconds = 366LL * 24 * 3600;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// The scheme rule, applied to the first URL and to every redirect target.
Status checkUrl(const QUrl &url, const HttpLimits &limits)
{
    const QString where = url.toDisplayString();
    if (!url.isValid() || url.host().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not a web address.").arg(where));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (limits.allowLoopbackHttp && isLoopbackHost(url.host()))
            return {};
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("%1 was not fetched because it does not use a secure (https) connection.")
                                 .arg(where));
    }
    return makeError(ErrorCode::Unsupported,
                     QStringLiteral("%1 was not fetched: only https addresses can be fetched.").arg(where));
}

QString withoutParameters(const QString &contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

// Cache-Control max-age wins over Expires (RFC 9111 section 5.3).
QDateTime expiryOf(const QNetworkReply &reply, const QDateTime &retrievedAt)
{
    const QString cacheControl = QString::fromLatin1(reply.rawHeader("Cache-Control")).toLower();
    for (const QString &part : cacheControl.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString directive = part.trimmed();
        if (directive == QLatin1String("no-store") || directive == QLatin1String("no-cache"))
            return retrievedAt;
        if (directive.startsWith(QLatin1String("max-age="))) {
            QString value = directive.sliced(8);
            if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                value = value.sliced(1, value.size() - 2);
            bool ok = false;
            const qint64 seconds = value.toLongLong(&ok);
            if (ok && seconds >= 0)
                return retrievedAt.addSecs(qMin(seconds, kMaxLifetimeSeconds));
        }
    }
    const QByteArray expires = reply.rawHeader("Expires").trimmed();
    if (!expires.isEmpty()) {
        // IMF-fixdate, the only form RFC 9110 lets servers send.
        QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(expires),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!when.isValid())
            return retrievedAt; // an invalid Expires means "already expired"
        when.setTimeSpec(Qt::UTC);
        return qMin(when, retrievedAt.addSecs(kMaxLifetimeSeconds));
    }
    return QDateTime();
}

QString statusText(int status, const QByteArray &reason)
{
    // The phrase is the server's own text, shown to people: keep it short.
    const QString phrase = QString::fromLatin1(reason).trimmed().left(64);
    return phrase.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(phrase);
}

// One fetch, redirects included. Lives on the worker thread as a child of
// the network manager, so deleting the manager cancels it.
class Transfer : public QObject {
public:
    Transfer(QNetworkAccessManager *manager, const HttpLimits &limits, const QUrl &url,
             std::promise<FetchResult> promise)
        : QObject(manager), m_manager(manager), m_limits(limits), m_url(url), m_promise(std::move(promise))
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            fail(makeError(ErrorCode::Network, QStringLiteral("%1 did not answer within %2 seconds.")
                                                       .arg(m_url.toDisplayString())
                                                       .arg(m_limits.timeoutMs / 1000.0)));
        });
    }

    // A resolver destroyed mid-fetch still answers the waiting caller.
    ~Transfer() override
    {
        if (!m_done) {
            m_done = true;
            m_promise.set_value(makeError(ErrorCode::Cancelled,
                                          QStringLiteral("Fetching %1 was cancelled.").arg(m_url.toDisplayString())));
        }
        if (m_reply) {
            m_reply->disconnect(this);
            if (m_reply->isRunning())
                m_reply->abort();
        }
    }

    void start()
    {
        m_deadline.start(m_limits.timeoutMs);
        get(m_url);
    }

private:
    void get(const QUrl &url)
    {
        m_current = url;
        m_body.clear();
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        // No cookies in or out: a fetch must not carry state from the last one.
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setRawHeader("Accept", m_limits.accept.join(QStringLiteral(", ")).toLatin1());
        // Setting this ourselves turns off Qt's transparent gzip, so the size
        // cap counts the bytes that arrive and a compressed bomb stays inert.
        request.setRawHeader("Accept-Encoding", "identity");
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Vitae"));

        m_reply = m_manager->get(request);
        m_reply->setReadBufferSize(kReadBufferBytes);
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &Transfer::checkDeclaredLength);
        connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::readSome);
        connect(m_reply, &QNetworkReply::finished, this, &Transfer::finishHop);
    }

    // Only a 2xx body is kept; redirect and error bodies are thrown away.
    [[nodiscard]] bool isSuccess() const
    {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return status >= 200 && status < 300;
    }

    void checkDeclaredLength()
    {
        if (m_done || !isSuccess())
            return;
        bool ok = false;
        const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && declared > m_limits.maxBytes)
            fail(tooLarge());
    }

    void readSome()
    {
        if (m_done)
            return;
        if (!isSuccess()) {
            m_reply->readAll();
            return;
        }
        m_body += m_reply->read(m_limits.maxBytes + 1 - m_body.size());
        if (m_body.size() > m_limits.maxBytes)
            fail(tooLarge());
    }

    [[nodiscard]] Error tooLarge() const
    {
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("%1 is larger than the %2 bytes Vitae accepts.")
                                                           .arg(m_current.toDisplayString())
                                                           .arg(m_limits.maxBytes));
    }

    void finishHop()
    {
        // m_reply stays set (it is no longer running) until the next hop
        // replaces it; the QPointer clears itself once Qt deletes it.
        QNetworkReply *reply = m_reply;
        reply->deleteLater();
        if (m_done)
            return;

        const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!statusAttribute.isValid())
            return fail(transportError(*reply));

        const int status = statusAttribute.toInt();
        if (status >= 400) {
            return fail(makeError(ErrorCode::Network,
                                  QStringLiteral("The server answered %1 for %2.")
                                          .arg(statusText(status, reply->attribute(
                                                                  QNetworkRequest::HttpReasonPhraseAttribute)
                                                                                  .toByteArray()),
                                               m_current.toDisplayString())));
        }
        if (status >= 300 && status < 400)
            return followRedirect(*reply, status);
        if (status < 200 || status >= 300 || reply->error() != QNetworkReply::NoError) {
            return fail(makeError(ErrorCode::Network, QStringLiteral("The server gave an unexpected answer (%1) for %2.")
                                                              .arg(status)
                                                              .arg(m_current.toDisplayString())));
        }

        readSome();
        if (m_done)
            return;
        FetchedDocument doc;
        doc.url = m_url;
        doc.finalUrl = m_current;
        doc.body = std::move(m_body);
        doc.contentType = withoutParameters(reply->header(QNetworkRequest::ContentTypeHeader).toString());
        doc.retrievedAt = QDateTime::currentDateTimeUtc();
        doc.expiresAt = expiryOf(*reply, doc.retrievedAt);
        finish(std::move(doc));
    }

    void followRedirect(const QNetworkReply &reply, int status)
    {
        const QByteArray location = reply.rawHeader("Location").trimmed();
        if (location.isEmpty()) {
            return fail(makeError(ErrorCode::Network,
                                  QStringLiteral("The server answered %1 for %2 but did not say where to go.")
                                          .arg(status)
                                          .arg(m_current.toDisplayString())));
        }
        if (++m_redirects > m_limits.maxRedirects) {
            return fail(makeError(ErrorCode::LimitExceeded,
                                  QStringLiteral("%1 redirected more than %2 times; Vitae stopped following it.")
                                          .arg(m_url.toDisplayString())
                                          .arg(m_limits.maxRedirects)));
        }
        const QUrl target = m_current.resolved(QUrl::fromEncoded(location, QUrl::StrictMode));
        if (const Status allowed = checkUrl(target, m_limits); !allowed) {
            return fail(makeError(allowed.code(), QStringLiteral("%1 redirected to an address Vitae does not fetch: %2")
                                                          .arg(m_url.toDisplayString(), allowed.message())));
        }
        get(target);
    }

    [[nodiscard]] Error transportError(const QNetworkReply &reply) const
    {
        const QString where = m_current.toDisplayString();
        switch (reply.error()) {
        case QNetworkReply::HostNotFoundError:
            return makeError(ErrorCode::Network,
                             QStringLiteral("The server of %1 could not be found (are you offline?).").arg(where));
        case QNetworkReply::ConnectionRefusedError:
            return makeError(ErrorCode::Network, QStringLiteral("The server of %1 refused the connection.").arg(where));
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return makeError(ErrorCode::Network, QStringLiteral("%1 did not answer in time.").arg(where));
        case QNetworkReply::SslHandshakeFailedError:
            return makeError(ErrorCode::Network,
                             QStringLiteral("A secure connection to %1 could not be established: %2")
                                     .arg(where, reply.errorString()));
        default:
            return makeError(ErrorCode::Network,
                             QStringLiteral("%1 could not be fetched: %2").arg(where, reply.errorString()));
        }
    }

    void fail(Error error)
    {
        if (m_done)
            return;
        m_done = true;
        m_promise.set_value(std::move(error));
        if (m_reply && m_reply->isRunning())
            m_reply->abort(); // emits finished, which sees m_done and cleans up
        deleteLater();
    }

    void finish(FetchedDocument doc)
    {
        m_done = true;
        m_promise.set_value(std::move(doc));
        deleteLater();
    }

    QNetworkAccessManager *m_manager;
    HttpLimits m_limits;
    QUrl m_url;
    QUrl m_current;
    std::promise<FetchResult> m_promise;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer m_deadline;
    int m_redirects = 0;
    bool m_done = false;
};

} // namespace

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

    std::future<FetchResult> post(const HttpLimits &limits, const QUrl &url)
    {
        std::promise<FetchResult> promise;
        auto future = promise.get_future();
        QMetaObject::invokeMethod(&m_context, [this, limits, url, promise = std::move(promise)]() mutable {
            if (!m_manager) {
                promise.set_value(makeError(ErrorCode::Cancelled, QStringLiteral("Fetching %1 was cancelled.")
                                                                          .arg(url.toDisplayString())));
                return;
            }
            auto *transfer = new Transfer(m_manager, limits, url, std::move(promise));
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
    if (const Status allowed = checkUrl(url, m_limits); !allowed)
        return allowed.error();
    if (m_worker->isWorkerThread()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("HttpResolver::fetch was called on its own network thread."));
    }
    return m_worker->post(m_limits, url).get();
}

} // namespace vitae::net
