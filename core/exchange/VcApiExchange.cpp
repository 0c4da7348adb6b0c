#include "exchange/VcApiExchange.h"

#include "exchange/HolderBinding.h"
#include "json/JsonParser.h"
#include "sign/Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>

namespace vitae::exchange {

namespace {

// An exchange that keeps asking is cut off here.
constexpr int kMaxRounds = 4;

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool asksForDidAuth(const QJsonObject &request)
{
    const QJsonValue query = request.value(QLatin1String("query"));
    const QJsonArray queries = query.isArray() ? query.toArray() : QJsonArray{query};
    for (const QJsonValue &q : queries) {
        const QJsonValue type = q.toObject().value(QLatin1String("type"));
        if (type == QLatin1String("DIDAuthentication") || type == QLatin1String("DIDAuth")
            || type.toArray().contains(QLatin1String("DIDAuthentication")))
            return true;
    }
    return false;
}

// The credentials in the issuer's answer, each checked to be the holder's.
Result<CollectedCredentials> credentialsFromAnswer(const QJsonObject &vpOrVc, const QString &source,
                                                   const CollectContext &context)
{
    Result<QList<FoundCredential>> found = credentialsIn(compact(vpOrVc), source);
    if (!found)
        return found.error();
    for (const FoundCredential &credential : *found)
        if (Status bound = checkBoundToHolder(credential.bytes, context.holderDid, context.holderKey->publicKey()); !bound)
            return bound.error();
    CollectedCredentials collected;
    collected.credentials = std::move(*found);
    collected.source = source;
    return collected;
}

Result<QJsonObject> postJson(const QUrl &url, const QJsonObject &body, const CollectContext &context, const QString &what)
{
    if (Status ok = detail::checkCancelled(context); !ok)
        return ok.error();
    return detail::jsonAnswer(detail::send(context, net::HttpRequest::postJson(url, compact(body))), what);
}

Result<CollectedCredentials> runVcApiExchange(const QUrl &exchange, const CollectContext &context)
{
    const QString source = QStringLiteral("credential exchange at %1").arg(exchange.host());
    if (Status ok = detail::checkAddress(exchange, context, QStringLiteral("the credential exchange")); !ok)
        return ok.error();
    Result<QJsonObject> answer = postJson(exchange, {}, context, QStringLiteral("the credential exchange"));
    for (int round = 0; answer && round < kMaxRounds; ++round) {
        if (answer->value(QLatin1String("verifiablePresentation")).isObject()) {
            Result<CollectedCredentials> collected =
                    credentialsFromAnswer(answer->value(QLatin1String("verifiablePresentation")).toObject(), source, context);
            if (collected)
                collected->issuer = exchange.host();
            return collected;
        }
        const QJsonObject request = answer->value(QLatin1String("verifiablePresentationRequest")).toObject();
        if (request.isEmpty())
            return invalid(QCoreApplication::translate("vitae", "The credential exchange ended without giving you any credential."));
        if (!asksForDidAuth(request))
            return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "The issuer asks for credentials from your vault "
                                                                    "before issuing, which Vitae cannot answer yet."));
        const QString challenge = request.value(QLatin1String("challenge")).toString();
        if (challenge.isEmpty())
            return invalid(QCoreApplication::translate("vitae", "The issuer's request to prove who you are has no challenge."));
        Result<QJsonObject> vp = makeDidAuthPresentation(*context.holderKey, context.holderDid, challenge,
                                                         request.value(QLatin1String("domain")).toString(), context.now());
        if (!vp)
            return vp.error();
        answer = postJson(exchange, {{QStringLiteral("verifiablePresentation"), *vp}}, context,
                          QStringLiteral("the credential (after proving who you are)"));
    }
    if (!answer)
        return answer.error();
    return invalid(QCoreApplication::translate("vitae", "The credential exchange kept asking without giving a credential; Vitae stopped."));
}

Result<CollectedCredentials> runLegacyRequest(const Link &link, const CollectContext &context)
{
    const QString authType = link.query.queryItemValue(QStringLiteral("auth_type"), QUrl::FullyDecoded);
    if (authType == QLatin1String("code"))
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "This request link needs you to sign in at the issuer "
                                                                "first, which Vitae cannot do yet."));
    const QUrl url(link.query.queryItemValue(QStringLiteral("vc_request_url"), QUrl::FullyDecoded), QUrl::StrictMode);
    if (url.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "This credential request link says neither where to ask (vc_request_url) nor "
                                      "how (request)."));
    if (Status ok = detail::checkAddress(url, context, QStringLiteral("the credential request address")); !ok)
        return ok.error();
    const QString challenge = link.query.queryItemValue(QStringLiteral("challenge"), QUrl::FullyDecoded);
    if (challenge.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "This credential request link has no challenge."));
    Result<QJsonObject> vp = makeDidAuthPresentation(*context.holderKey, context.holderDid, challenge, QString(), context.now());
    if (!vp)
        return vp.error();
    Result<QJsonObject> answer = postJson(url, *vp, context, QStringLiteral("the credential"));
    if (!answer)
        return answer.error();
    Result<CollectedCredentials> collected =
            credentialsFromAnswer(*answer, QStringLiteral("credential request to %1").arg(url.host()), context);
    if (collected)
        collected->issuer = detail::outsideText(link.query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded), 100);
    return collected;
}

} // namespace

Result<QJsonObject> makeDidAuthPresentation(const crypto::Ed25519KeyPair &key, const QString &holderDid,
                                            const QString &challenge, const QString &domain, const QDateTime &now)
{
    const QJsonObject vp{{QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/2018/credentials/v1")}},
                         {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiablePresentation")}},
                         {QStringLiteral("holder"), holderDid}};
    sign::ProofOptions options;
    options.suite = sign::ProofSuiteKind::Ed25519Signature2020; // what DCC's exchangers check
    options.verificationMethod = sign::didKeyVerificationMethod(key);
    options.proofPurpose = QStringLiteral("authentication");
    options.created = now;
    options.challenge = challenge;
    options.domain = domain;
    return sign::addDataIntegrityProof(vp, key, options);
}

Result<CollectedCredentials> collectFromDccRequest(const Link &link, const CollectContext &context)
{
    if (!context.holderKey || context.holderKey->isNull() || context.holderDid.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Answering a credential request needs the holder's key (unlock the vault)."));
    const QString requestText = link.query.queryItemValue(QStringLiteral("request"), QUrl::FullyDecoded);
    if (requestText.isEmpty())
        return runLegacyRequest(link, context);
    Result<QJsonObject> request = json::parseJsonObject(requestText.toUtf8());
    if (!request)
        return makeError(request.code(), QCoreApplication::translate("vitae", "This credential request link is damaged: %1").arg(request.message()));
    const QJsonObject protocols = request->value(QLatin1String("protocols")).toObject();
    const QString vcapi = protocols.value(QLatin1String("vcapi")).toString();
    if (vcapi.isEmpty())
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "This credential request offers no exchange Vitae can "
                                                                "use (protocols.vcapi)."));
    return runVcApiExchange(QUrl(vcapi, QUrl::StrictMode), context);
}

} // namespace vitae::exchange
