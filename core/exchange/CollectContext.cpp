// The helpers every collecting flow shares: cancel checks, address rules,
// and turning HTTP answers into JSON or into sentences.
#include "exchange/CollectContext.h"

#include "json/JsonParser.h"

#include <QCoreApplication>

namespace vitae::exchange::detail {

namespace {

// Protocol answers are JSON; a few servers label it loosely.
bool isJsonType(const QString &contentType)
{
    return contentType == QLatin1String("application/json") || contentType.endsWith(QLatin1String("+json"));
}

Result<QJsonObject> parseBody(const net::HttpResponse &response)
{
    return json::parseJsonObject(response.body);
}

} // namespace

Status checkCancelled(const CollectContext &context)
{
    if (context.cancel && context.cancel->load())
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("vitae", "Collecting the credential was cancelled."));
    return {};
}

Status checkAddress(const QUrl &url, const CollectContext &context, const QString &what)
{
    if (!context.http)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "No network client was given to reach %1.").arg(what));
    if (Status allowed = net::checkFetchableUrl(url, context.http->allowsLoopbackHttp()); !allowed)
        return makeError(allowed.code(), QCoreApplication::translate("vitae", "Vitae will not contact %1: %2").arg(what, allowed.message()));
    return {};
}

Result<net::HttpResponse> send(const CollectContext &context, net::HttpRequest request)
{
    if (Status ok = checkCancelled(context); !ok)
        return ok.error();
    request.cancel = context.cancel;
    return context.http->send(request);
}

QString outsideText(const QString &text, int maxLength)
{
    QString clean;
    for (const QChar c : text.left(maxLength))
        clean += (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) ? QLatin1Char(' ') : c;
    if (text.size() > maxLength)
        clean += QStringLiteral("...");
    return clean.trimmed();
}

QString oauthError(const net::HttpResponse &response)
{
    if (response.isSuccess() || !isJsonType(response.contentType))
        return {};
    Result<QJsonObject> body = parseBody(response);
    return body ? outsideText(body->value(QLatin1String("error")).toString(), 64) : QString();
}

Result<QJsonObject> jsonAnswer(const Result<net::HttpResponse> &answer, const QString &what)
{
    if (!answer)
        return makeError(answer.code(), QCoreApplication::translate("vitae", "Vitae could not get %1: %2").arg(what, answer.message()));
    const net::HttpResponse &response = *answer;
    if (!response.isSuccess()) {
        Result<QJsonObject> body = isJsonType(response.contentType) ? parseBody(response) : Result<QJsonObject>(Error{});
        const QString error = body ? outsideText(body->value(QLatin1String("error")).toString(), 64) : QString();
        if (!error.isEmpty()) {
            const QString description = outsideText(body->value(QLatin1String("error_description")).toString());
            return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "The server refused %1 (%2)%3")
                                                         .arg(what, error,
                                                              description.isEmpty() ? QStringLiteral(".")
                                                                                    : QStringLiteral(": %1").arg(description)));
        }
        return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "The server answered %1 when asked for %2.")
                                                     .arg(response.status)
                                                     .arg(what));
    }
    if (!isJsonType(response.contentType)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "The server sent %1 as \"%2\", not as JSON.")
                                 .arg(what, outsideText(response.contentType.isEmpty() ? QStringLiteral("no content type")
                                                                                       : response.contentType, 80)));
    }
    Result<QJsonObject> body = parseBody(response);
    if (!body)
        return makeError(body.code(), QCoreApplication::translate("vitae", "The server sent %1, but it is not a JSON object: %2").arg(what, body.message()));
    return body;
}

} // namespace vitae::exchange::detail
