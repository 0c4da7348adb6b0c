#include "net/HttpTransfer_p.h"

#include <QHostAddress>
#include <QLocale>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QCoreApplication>

namespace vitae::net {

namespace {

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

} // namespace

Status checkFetchableUrl(const QUrl &url, bool allowLoopbackHttp)
{
    const QString where = url.toDisplayString();
    if (!url.isValid() || url.host().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "%1 is not a web address.").arg(where));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (allowLoopbackHttp && isLoopbackHost(url.host()))
            return {};
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("vitae", "%1 was not fetched because it does not use a secure (https) connection.")
                                 .arg(where));
    }
    return makeError(ErrorCode::Unsupported,
                     QCoreApplication::translate("vitae", "%1 was not fetched: only https addresses can be fetched.").arg(where));
}

HttpRequest HttpRequest::get(const QUrl &url, const QStringList &accept)
{
    HttpRequest request;
    request.url = url;
    request.accept = accept;
    return request;
}

HttpRequest HttpRequest::postJson(const QUrl &url, const QByteArray &json)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.body = json;
    request.contentType = "application/json";
    request.accept = {QStringLiteral("application/json")};
    return request;
}

HttpRequest HttpRequest::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    // application/x-www-form-urlencoded: every reserved character escaped,
    // spaces as %20 (servers accept it; '+' would be ambiguous in codes).
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.body = body;
    request.contentType = "application/x-www-form-urlencoded";
    request.accept = {QStringLiteral("application/json")};
    return request;
}

HttpRequest &HttpRequest::withBearer(const QString &token)
{
    headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
    return *this;
}

namespace detail {

Transfer::Transfer(QNetworkAccessManager *manager, const HttpLimits &limits, HttpRequest request,
                   bool keepErrorBodies, std::promise<RawResult> promise)
    : QObject(manager), m_manager(manager), m_limits(limits), m_request(std::move(request)),
      m_keepErrorBodies(keepErrorBodies), m_promise(std::move(promise))
{
    m_deadline.setSingleShot(true);
    // One deadline for the whole request: a body that drips forever, or a
    // chain of slow redirects, ends here.
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "%1 did not answer within %2 seconds.")
                                                   .arg(m_request.url.toDisplayString())
                                                   .arg(m_limits.timeoutMs / 1000.0)));
    });
}

// A resolver destroyed mid-request still answers the waiting caller.
Transfer::~Transfer()
{
    if (!m_done) {
        m_done = true;
        m_promise.set_value(makeError(ErrorCode::Cancelled,
                                      QCoreApplication::translate("vitae", "Fetching %1 was cancelled.").arg(m_request.url.toDisplayString())));
    }
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
    }
}

void Transfer::start()
{
    if (m_request.cancel) {
        connect(&m_cancelPoll, &QTimer::timeout, this, [this] {
            if (m_request.cancel->load())
                fail(makeError(ErrorCode::Cancelled,
                               QCoreApplication::translate("vitae", "Fetching %1 was cancelled.").arg(m_request.url.toDisplayString())));
        });
        m_cancelPoll.start(100);
    }
    m_deadline.start(m_limits.timeoutMs);
    startHop(m_request.url);
}

void Transfer::startHop(const QUrl &url)
{
    m_current = url;
    m_body.clear();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // No cookies in or out: a request must not carry state from the last one.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    const QStringList accept = m_request.accept.isEmpty() ? m_limits.accept : m_request.accept;
    request.setRawHeader("Accept", accept.join(QStringLiteral(", ")).toLatin1());
    // Setting this ourselves turns off Qt's transparent gzip, so the size
    // cap counts the bytes that arrive and a compressed bomb stays inert.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Vitae"));
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);

    if (m_request.method == "POST") {
        if (!m_request.contentType.isEmpty())
            request.setRawHeader("Content-Type", m_request.contentType);
        m_reply = m_manager->post(request, m_request.body);
    } else {
        m_reply = m_manager->get(request);
    }
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Transfer::checkDeclaredLength);
    connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::readSome);
    connect(m_reply, &QNetworkReply::finished, this, &Transfer::finishHop);
}

// Redirect bodies are always thrown away; error bodies only for fetches.
bool Transfer::keepsBody() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300)
        return true;
    return m_keepErrorBodies && status >= 400;
}

void Transfer::checkDeclaredLength()
{
    if (m_done || !keepsBody())
        return;
    bool ok = false;
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && declared > m_limits.maxBytes)
        fail(tooLarge());
}

void Transfer::readSome()
{
    if (m_done)
        return;
    if (!keepsBody()) {
        m_reply->readAll();
        return;
    }
    m_body += m_reply->read(m_limits.maxBytes + 1 - m_body.size());
    if (m_body.size() > m_limits.maxBytes)
        fail(tooLarge());
}

Error Transfer::tooLarge() const
{
    return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "%1 is larger than the %2 bytes Vitae accepts.")
                                                       .arg(m_current.toDisplayString())
                                                       .arg(m_limits.maxBytes));
}

void Transfer::finishHop()
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
    if (status >= 300 && status < 400)
        return followRedirect(*reply, status);
    const bool success = status >= 200 && status < 300;
    if (status < 200 || status >= 600 || (success && reply->error() != QNetworkReply::NoError)) {
        return fail(makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "The server gave an unexpected answer (%1) for %2.")
                                                          .arg(status)
                                                          .arg(m_current.toDisplayString())));
    }

    readSome();
    if (m_done)
        return;
    RawResponse raw;
    raw.response.status = status;
    raw.response.finalUrl = m_current;
    raw.response.body = std::move(m_body);
    raw.response.contentType = withoutParameters(reply->header(QNetworkRequest::ContentTypeHeader).toString());
    // The phrase is the server's own text, shown to people: keep it short.
    raw.reasonPhrase =
            QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()).trimmed().left(64);
    raw.retrievedAt = QDateTime::currentDateTimeUtc();
    raw.expiresAt = expiryOf(*reply, raw.retrievedAt);
    finish(std::move(raw));
}

void Transfer::followRedirect(const QNetworkReply &reply, int status)
{
    const QByteArray location = reply.rawHeader("Location").trimmed();
    if (location.isEmpty()) {
        return fail(makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "The server answered %1 for %2 but did not say where to go.")
                                                          .arg(status)
                                                          .arg(m_current.toDisplayString())));
    }
    if (++m_redirects > m_limits.maxRedirects) {
        return fail(makeError(ErrorCode::LimitExceeded,
                              QCoreApplication::translate("vitae", "%1 redirected more than %2 times; Vitae stopped following it.")
                                      .arg(m_request.url.toDisplayString())
                                      .arg(m_limits.maxRedirects)));
    }
    const QUrl target = m_current.resolved(QUrl::fromEncoded(location, QUrl::StrictMode));
    if (const Status allowed = checkFetchableUrl(target, m_limits.allowLoopbackHttp); !allowed) {
        return fail(makeError(allowed.code(), QCoreApplication::translate("vitae", "%1 redirected to an address Vitae does not fetch: %2")
                                                      .arg(m_request.url.toDisplayString(), allowed.message())));
    }
    // 307/308 repeat the request as it was; the others turn a POST into a
    // GET without a body (RFC 9110 section 15.4).
    if (status != 307 && status != 308 && m_request.method == "POST") {
        m_request.method = "GET";
        m_request.body.clear();
    }
    startHop(target);
}

Error Transfer::transportError(const QNetworkReply &reply) const
{
    const QString where = m_current.toDisplayString();
    switch (reply.error()) {
    case QNetworkReply::HostNotFoundError:
        return makeError(ErrorCode::Network,
                         QCoreApplication::translate("vitae", "The server of %1 could not be found (are you offline?).").arg(where));
    case QNetworkReply::ConnectionRefusedError:
        return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "The server of %1 refused the connection.").arg(where));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "%1 did not answer in time.").arg(where));
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "A secure connection to %1 could not be established: %2")
                                                     .arg(where, reply.errorString()));
    default:
        return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "%1 could not be fetched: %2").arg(where, reply.errorString()));
    }
}

void Transfer::fail(Error error)
{
    if (m_done)
        return;
    m_done = true;
    m_promise.set_value(std::move(error));
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // emits finished, which sees m_done and cleans up
    deleteLater();
}

void Transfer::finish(RawResponse response)
{
    m_done = true;
    m_promise.set_value(std::move(response));
    deleteLater();
}

} // namespace detail

} // namespace vitae::net
