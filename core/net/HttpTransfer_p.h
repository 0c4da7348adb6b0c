// One HTTP request on the network thread, redirects included: the part of
// HttpResolver that talks to Qt Network. Private to core/net.
#pragma once

#include "net/HttpClient.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <future>

namespace vitae::net::detail {

// What a finished request gives back, before the caller's rules apply.
struct RawResponse {
    HttpResponse response;
    QString reasonPhrase;  // the server's own, shortened
    QDateTime retrievedAt; // UTC
    QDateTime expiresAt;   // from Cache-Control / Expires; invalid if none
};

using RawResult = Result<RawResponse>;

// Lives on the worker thread as a child of the network manager, so deleting
// the manager cancels it (the waiting caller then gets Cancelled).
class Transfer : public QObject {
public:
    // keepErrorBodies: read 4xx/5xx bodies too (send); fetches drop them.
    Transfer(QNetworkAccessManager *manager, const HttpLimits &limits, HttpRequest request, bool keepErrorBodies,
             std::promise<RawResult> promise);
    ~Transfer() override;

    void start();

private:
    void startHop(const QUrl &url);
    bool keepsBody() const;
    void checkDeclaredLength();
    void readSome();
    Error tooLarge() const;
    void finishHop();
    void followRedirect(const QNetworkReply &reply, int status);
    Error transportError(const QNetworkReply &reply) const;
    void fail(Error error);
    void finish(RawResponse response);

    QNetworkAccessManager *m_manager;
    HttpLimits m_limits;
    HttpRequest m_request;
    bool m_keepErrorBodies;
    QUrl m_current;
    std::promise<RawResult> m_promise;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer m_deadline;
    QTimer m_cancelPoll;
    int m_redirects = 0;
    bool m_done = false;
};

} // namespace vitae::net::detail
