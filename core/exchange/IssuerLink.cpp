#include "exchange/IssuerLink.h"

#include <QCoreApplication>

namespace vitae::exchange {

namespace {

const QStringList &credentialMediaTypes()
{
    static const QStringList types = {
            QStringLiteral("application/vc+ld+json"), QStringLiteral("application/vc"),
            QStringLiteral("application/ld+json"),    QStringLiteral("application/json"),
            QStringLiteral("application/vc+jwt"),     QStringLiteral("application/vc+sd-jwt"),
            QStringLiteral("application/dc+sd-jwt"),  QStringLiteral("application/jwt"),
            QStringLiteral("application/vp+ld+json"), QStringLiteral("application/vp"),
    };
    return types;
}

// Anything JSON or JWT shaped; an empty type is let through and judged by
// the bytes. Web pages and the like are refused by name.
bool isCredentialType(const QString &type)
{
    return type.isEmpty() || credentialMediaTypes().contains(type) || type.endsWith(QLatin1String("+json"))
            || type.endsWith(QLatin1String("+jwt")) || type.endsWith(QLatin1String("+sd-jwt"));
}

} // namespace

Result<CollectedCredentials> collectFromIssuerLink(const QUrl &url, const CollectContext &context)
{
    const QString where = url.toDisplayString();
    if (Status ok = detail::checkAddress(url, context, where); !ok)
        return ok.error();
    if (Status ok = detail::checkCancelled(context); !ok)
        return ok.error();
    Result<net::HttpResponse> answer = detail::send(context, net::HttpRequest::get(url, credentialMediaTypes()));
    if (!answer)
        return answer.error();
    if (!answer->isSuccess()) {
        return makeError(ErrorCode::Network,
                         QCoreApplication::translate("vitae", "The server answered %1 for %2.").arg(answer->status).arg(where));
    }
    if (!isCredentialType(answer->contentType)) {
        const bool page = answer->contentType.startsWith(QLatin1String("text/html"));
        return makeError(ErrorCode::InvalidInput,
                         page ? QCoreApplication::translate("vitae", "%1 answered with a web page (text/html), not a credential.").arg(where)
                              : QCoreApplication::translate("vitae", "%1 answered with %2, not a credential.")
                                        .arg(where, detail::outsideText(answer->contentType, 80)));
    }
    if (answer->body.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1 answered with nothing.").arg(where));
    const QString name = QStringLiteral("issuer link %1").arg(where);
    Result<QList<FoundCredential>> found = credentialsIn(answer->body, name);
    if (!found)
        return found.error();
    CollectedCredentials collected;
    collected.credentials = std::move(*found);
    collected.source = name;
    collected.issuer = url.host();
    return collected;
}

} // namespace vitae::exchange
