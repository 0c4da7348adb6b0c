#include "net/CancellableResolver.h"

#include <QCoreApplication>

namespace vitae::net {

Result<FetchedDocument> CancellableResolver::fetch(const QUrl &url)
{
    if (m_cancel.load())
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate("vitae", "Fetching %1 was cancelled.").arg(url.toDisplayString()));
    HttpRequest request = HttpRequest::get(url);
    request.cancel = &m_cancel;
    Result<HttpResponse> answer = m_http.send(request);
    if (!answer)
        return answer.error();
    if (!answer->isSuccess())
        return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "The server answered %1 for %2.")
                                                     .arg(answer->status)
                                                     .arg(answer->finalUrl.toDisplayString()));
    FetchedDocument document;
    document.url = url;
    document.finalUrl = answer->finalUrl;
    document.body = std::move(answer->body);
    document.contentType = answer->contentType;
    document.retrievedAt = QDateTime::currentDateTimeUtc();
    return document;
}

} // namespace vitae::net
