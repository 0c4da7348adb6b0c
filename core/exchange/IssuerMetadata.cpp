#include "exchange/IssuerMetadata.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace vitae::exchange {

namespace {

constexpr int kMaxConfigurations = 200;

QString withoutTrailingSlash(const QUrl &url)
{
    QString text = url.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

Result<QUrl> endpointOf(const QJsonObject &object, const QString &key, const CollectContext &context, bool required)
{
    const QString value = object.value(key).toString();
    if (value.isEmpty()) {
        if (required)
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The issuer's metadata has no %1.").arg(key));
        return QUrl();
    }
    const QUrl url(value, QUrl::StrictMode);
    if (Status ok = detail::checkAddress(url, context, QStringLiteral("the issuer's %1").arg(key)); !ok)
        return ok.error();
    return url;
}

// GET a JSON document, trying each address in turn while the server says
// 404 (the well-known forms differ between drafts).
Result<QJsonObject> getFirstJson(const QList<QUrl> &urls, const CollectContext &context, const QString &what)
{
    Result<QJsonObject> last = makeError(ErrorCode::NotFound, what);
    for (const QUrl &url : urls) {
        if (Status ok = detail::checkCancelled(context); !ok)
            return ok.error();
        if (Status ok = detail::checkAddress(url, context, what); !ok)
            return ok.error();
        Result<net::HttpResponse> answer = detail::send(context, net::HttpRequest::get(url, {QStringLiteral("application/json")}));
        if (answer && answer->status == 404) {
            last = detail::jsonAnswer(answer, QStringLiteral("%1 (%2)").arg(what, url.toDisplayString()));
            continue;
        }
        return detail::jsonAnswer(answer, what);
    }
    return last;
}

Result<QUrl> tokenEndpoint(const CredentialOffer &offer, const QJsonObject &metadata, const CollectContext &context)
{
    // Draft issuers sometimes put it in their own metadata.
    if (metadata.contains(QLatin1String("token_endpoint")))
        return endpointOf(metadata, QStringLiteral("token_endpoint"), context, true);
    QUrl server = offer.authorizationServer;
    const QJsonArray servers = metadata.value(QLatin1String("authorization_servers")).toArray();
    if (server.isEmpty() && !servers.isEmpty())
        server = QUrl(servers.first().toString(), QUrl::StrictMode);
    if (server.isEmpty())
        server = offer.issuer; // the issuer is its own authorization server
    const QString what = QStringLiteral("the authorization server's metadata");
    Result<QJsonObject> asMetadata = getFirstJson(
            {wellKnownUrl(server, QStringLiteral("oauth-authorization-server")),
             QUrl(withoutTrailingSlash(server) + QStringLiteral("/.well-known/openid-configuration"))},
            context, what);
    if (!asMetadata)
        return asMetadata.error();
    return endpointOf(*asMetadata, QStringLiteral("token_endpoint"), context, true);
}

} // namespace

QUrl wellKnownUrl(const QUrl &base, const QString &name)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(QStringLiteral("/.well-known/") + name + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Result<IssuerMetadata> fetchIssuerMetadata(const CredentialOffer &offer, const CollectContext &context)
{
    const QString what = QStringLiteral("the issuer's metadata");
    QList<QUrl> candidates{wellKnownUrl(offer.issuer, QStringLiteral("openid-credential-issuer"))};
    const QUrl appended(withoutTrailingSlash(offer.issuer) + QStringLiteral("/.well-known/openid-credential-issuer"));
    if (appended != candidates.first())
        candidates.append(appended);
    Result<QJsonObject> metadata = getFirstJson(candidates, context, what);
    if (!metadata)
        return metadata.error();

    IssuerMetadata out;
    out.issuer = offer.issuer;
    // Metadata for another issuer could steer Vitae to someone else's endpoints.
    if (withoutTrailingSlash(QUrl(metadata->value(QLatin1String("credential_issuer")).toString())) != withoutTrailingSlash(offer.issuer)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "The issuer's metadata describes another issuer (%1) than the offer (%2).")
                                 .arg(detail::outsideText(metadata->value(QLatin1String("credential_issuer")).toString(), 100),
                                      offer.issuer.toDisplayString()));
    }
    Result<QUrl> credential = endpointOf(*metadata, QStringLiteral("credential_endpoint"), context, true);
    if (!credential)
        return credential.error();
    out.credentialEndpoint = *credential;
    Result<QUrl> nonce = endpointOf(*metadata, QStringLiteral("nonce_endpoint"), context, false);
    if (!nonce)
        return nonce.error();
    out.nonceEndpoint = *nonce;

    const QJsonObject configurations = metadata->value(QLatin1String("credential_configurations_supported")).toObject();
    if (configurations.size() > kMaxConfigurations)
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "The issuer's metadata describes too many credentials."));
    for (auto it = configurations.begin(); it != configurations.end(); ++it)
        if (it.value().isObject())
            out.configurations.insert(it.key(), it.value().toObject());
    const QJsonArray display = metadata->value(QLatin1String("display")).toArray();
    if (!display.isEmpty())
        out.name = detail::outsideText(display.first().toObject().value(QLatin1String("name")).toString(), 100);

    if (Status ok = detail::checkCancelled(context); !ok)
        return ok.error();
    Result<QUrl> token = tokenEndpoint(offer, *metadata, context);
    if (!token)
        return token.error();
    out.tokenEndpoint = *token;
    return out;
}

} // namespace vitae::exchange
