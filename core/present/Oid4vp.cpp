#include "present/Oid4vp.h"

#include "exchange/CollectContext.h"
#include "jose/Jws.h"
#include "json/JsonParser.h"
#include "present/HolderKey.h"
#include "sign/Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>

namespace vitae::present {

namespace {

using exchange::detail::outsideText;

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// Parameters of the request: from the link's query (by value) or from the
// request object's claims (by reference). JSON-valued ones may arrive as
// strings (in a URL) or as objects (in a JWT).
struct Parameters {
    QJsonObject values;
    QString text(const char *name) const { return values.value(QLatin1String(name)).toString(); }
    Result<QJsonObject> object(const char *name) const
    {
        const QJsonValue value = values.value(QLatin1String(name));
        if (value.isObject())
            return value.toObject();
        if (value.isUndefined())
            return QJsonObject();
        return json::parseJsonObject(value.toString().toUtf8());
    }
};

Parameters fromQuery(const QUrlQuery &query)
{
    Parameters parameters;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        parameters.values.insert(key, value);
    return parameters;
}

// A request object names its signer in client_id; Vitae checks signers
// that are DIDs it can resolve offline (decentralized_identifier:did:key /
// did:jwk) and says plainly when it cannot check one.
Status checkRequestObject(const jose::Jws &jws, const QString &clientId, VerifierRequest &request)
{
    const QString alg = jws.alg();
    const QString prefix = clientId.section(QLatin1Char(':'), 0, 0);
    if (prefix == QLatin1String("decentralized_identifier")) {
        const QString did = clientId.section(QLatin1Char(':'), 1);
        QString kid = jws.header.value(QLatin1String("kid")).toString();
        if (kid.startsWith(QLatin1Char('#')))
            kid = did + kid;
        if (didOfMethod(kid) != did)
            return invalid(QCoreApplication::translate("vitae", "The request was signed by a key that does not belong to %1.").arg(outsideText(did)));
        Result<jose::PublicKey> key = holderPublicKey(kid);
        if (!key)
            return makeError(key.code(), QCoreApplication::translate("vitae", "The verifier's identity could not be checked: %1").arg(key.message()));
        if (Status verified = jose::verifyJws(jws, *key); !verified)
            return invalid(QCoreApplication::translate("vitae", "The request's signature is not valid: %1").arg(verified.message()));
        request.identity = QCoreApplication::translate("vitae", "The request is signed by %1.").arg(did);
        request.identityChecked = true;
        return {};
    }
    if (alg == QLatin1String("none")) {
        if (prefix != QLatin1String("redirect_uri"))
            return invalid(QCoreApplication::translate("vitae", "The request is not signed, yet its verifier claims an identity that must sign."));
        request.identity = QCoreApplication::translate("vitae", "The request is not signed; it answers to %1.").arg(outsideText(clientId.section(QLatin1Char(':'), 1)));
        return {};
    }
    request.identity = QCoreApplication::translate("vitae", "The request is signed, but Vitae cannot check a verifier identified by \"%1\".")
                               .arg(outsideText(prefix));
    return {};
}

Result<Parameters> fetchRequestObject(const Parameters &link, net::HttpClient &http, VerifierRequest &request)
{
    const QUrl uri(link.text("request_uri"));
    if (Status ok = net::checkFetchableUrl(uri, http.allowsLoopbackHttp()); !ok)
        return ok.error();
    net::HttpRequest get = link.text("request_uri_method") == QLatin1String("post")
            ? net::HttpRequest::postForm(uri, {})
            : net::HttpRequest::get(uri, {QStringLiteral("application/oauth-authz-req+jwt")});
    if (link.text("request_uri_method") == QLatin1String("post"))
        get.accept = QStringList{QStringLiteral("application/oauth-authz-req+jwt")};
    Result<net::HttpResponse> response = http.send(get);
    if (!response)
        return response.error();
    if (!response->isSuccess())
        return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "The verifier did not give its request (HTTP %1).").arg(response->status));
    Result<jose::Jws> jws = jose::parseCompactJws(response->body.trimmed());
    if (!jws)
        return invalid(QCoreApplication::translate("vitae", "The verifier's request object is not a valid JWT: %1").arg(jws.message()));
    const QString clientId = jws->payload.value(QLatin1String("client_id")).toString();
    if (!link.text("client_id").isEmpty() && clientId != link.text("client_id"))
        return invalid(QCoreApplication::translate("vitae", "The request object names another verifier than the link does."));
    if (Status ok = checkRequestObject(*jws, clientId, request); !ok)
        return ok.error();
    return Parameters{jws->payload};
}

} // namespace

Result<VerifierRequest> readVerifierRequest(const exchange::Link &link, net::HttpClient &http)
{
    if (link.kind != exchange::LinkKind::PresentationRequest)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "This is not a presentation request."));
    VerifierRequest request;
    Parameters parameters = fromQuery(link.query);
    if (!parameters.text("request_uri").isEmpty()) {
        Result<Parameters> fetched = fetchRequestObject(parameters, http, request);
        if (!fetched)
            return fetched.error();
        parameters = *fetched;
    } else if (!parameters.text("request").isEmpty()) {
        Result<jose::Jws> jws = jose::parseCompactJws(parameters.text("request").toLatin1());
        if (!jws)
            return invalid(QCoreApplication::translate("vitae", "The verifier's request object is not a valid JWT: %1").arg(jws.message()));
        if (Status ok = checkRequestObject(*jws, jws->payload.value(QLatin1String("client_id")).toString(), request); !ok)
            return ok.error();
        parameters = Parameters{jws->payload};
    } else {
        if (!parameters.text("client_id").startsWith(QLatin1String("redirect_uri:")))
            return invalid(QCoreApplication::translate("vitae", "A request passed in the link itself must come from a redirect_uri: verifier."));
        request.identity = QCoreApplication::translate("vitae", "The request is not signed; it answers to %1.")
                                   .arg(outsideText(parameters.text("client_id").mid(13)));
    }

    request.clientId = parameters.text("client_id");
    request.nonce = parameters.text("nonce");
    request.state = parameters.text("state");
    if (request.clientId.isEmpty() || request.nonce.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The verifier's request lacks its client_id or nonce."));
    if (parameters.text("response_type") != QLatin1String("vp_token"))
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "The verifier asks for \"%1\"; Vitae answers vp_token requests.")
                                                         .arg(outsideText(parameters.text("response_type"), 40)));
    if (parameters.text("response_mode") != QLatin1String("direct_post"))
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "The verifier wants the answer by \"%1\"; Vitae answers with direct_post.")
                                                         .arg(outsideText(parameters.text("response_mode"), 40)));
    request.responseUri = QUrl(parameters.text("response_uri"), QUrl::StrictMode);
    if (Status ok = net::checkFetchableUrl(request.responseUri, http.allowsLoopbackHttp()); !ok)
        return ok.error();
    if (request.clientId.startsWith(QLatin1String("redirect_uri:")) && request.clientId.mid(13) != request.responseUri.toString())
        return invalid(QCoreApplication::translate("vitae", "The request would send your answer somewhere other than the verifier it names."));

    if (parameters.values.contains(QLatin1String("presentation_definition"))
        || parameters.values.contains(QLatin1String("presentation_definition_uri")))
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "The verifier asks with a Presentation Exchange definition; "
                                                                "Vitae answers requests written in DCQL."));
    Result<QJsonObject> dcql = parameters.object("dcql_query");
    if (!dcql || dcql->isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The verifier's request says nothing about what it wants (no dcql_query)."));
    Result<DcqlQuery> query = parseDcql(*dcql);
    if (!query)
        return query.error();
    request.query = *query;
    Result<QJsonObject> metadata = parameters.object("client_metadata");
    const QString name = metadata ? metadata->value(QLatin1String("client_name")).toString() : QString();
    request.verifierName = name.isEmpty() ? request.responseUri.host() : outsideText(name, 80);
    return request;
}

Result<VerifierAnswer> answerVerifier(const VerifierRequest &request, const QList<DcqlMatch> &matches,
                                      const QList<PresentItem> &held, const crypto::Ed25519KeyPair &holderKey,
                                      const QString &holderDid)
{
    VerifierAnswer answer;
    PresentOptions options;
    options.challenge = request.nonce;
    options.domain = request.clientId;
    for (const DcqlMatch &match : matches) {
        if (match.heldIndex < 0 || match.heldIndex >= held.size())
            return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "A match points at no credential."));
        PresentItem item = held.at(match.heldIndex);
        item.disclose = match.disclose;
        QJsonValue presentation;
        if (item.credential.format == credential::Format::JwtVc) {
            // jwt_vc_json answers are JWT VPs (VCDM 1.1 JWT encoding).
            const QJsonObject vp{{QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/2018/credentials/v1")}},
                                 {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiablePresentation")}},
                                 {QStringLiteral("verifiableCredential"), QJsonArray{QString::fromLatin1(item.credential.raw.trimmed())}}};
            const QJsonObject claims{{QStringLiteral("iss"), holderDid}, {QStringLiteral("aud"), request.clientId},
                                     {QStringLiteral("nonce"), request.nonce},
                                     {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()},
                                     {QStringLiteral("vp"), vp}};
            presentation = QString::fromLatin1(sign::signCompactJws(
                    {{QStringLiteral("typ"), QStringLiteral("JWT")}, {QStringLiteral("kid"), sign::didKeyVerificationMethod(holderKey)}},
                    claims, holderKey));
        } else {
            Result<BuiltPresentation> built = buildPresentation({item}, holderKey, holderDid, options);
            if (!built)
                return built.error();
            presentation = built->kind == BuiltPresentation::Kind::SdJwt
                    ? QJsonValue(QString::fromLatin1(built->bytes))
                    : QJsonValue(QJsonDocument::fromJson(built->bytes).object());
        }
        answer.vpToken.insert(match.queryId, QJsonArray{presentation});
        answer.disclosed.append(QJsonObject{{QStringLiteral("vaultId"), item.vaultId},
                                            {QStringLiteral("title"), item.credential.title},
                                            {QStringLiteral("disclosed"), QJsonArray::fromStringList(match.shown)}});
    }
    return answer;
}

Result<QUrl> sendAnswer(const VerifierRequest &request, const VerifierAnswer &answer, net::HttpClient &http)
{
    QList<QPair<QString, QString>> form{
            {QStringLiteral("vp_token"), QString::fromUtf8(QJsonDocument(answer.vpToken).toJson(QJsonDocument::Compact))}};
    if (!request.state.isEmpty())
        form.append({QStringLiteral("state"), request.state});
    Result<net::HttpResponse> response = http.send(net::HttpRequest::postForm(request.responseUri, form));
    if (!response)
        return response.error();
    if (!response->isSuccess()) {
        const QString error = exchange::detail::oauthError(*response);
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The verifier refused the presentation (HTTP %1%2).")
                                                          .arg(response->status)
                                                          .arg(error.isEmpty() ? QString() : QStringLiteral(": ") + error));
    }
    Result<QJsonObject> body = json::parseJsonObject(response->body);
    if (body && body->contains(QLatin1String("redirect_uri")))
        return QUrl(body->value(QLatin1String("redirect_uri")).toString());
    return QUrl();
}

} // namespace vitae::present
