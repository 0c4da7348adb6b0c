#include "exchange/Oid4vci.h"

#include "exchange/CredentialOffer.h"
#include "exchange/HolderBinding.h"
#include "exchange/IssuerMetadata.h"
#include "json/JsonParser.h"
#include "sign/Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>

namespace vitae::exchange {

namespace {

constexpr int kMaxCredentialsPerResponse = 20;

const QStringList &supportedFormats()
{
    static const QStringList formats = {QStringLiteral("dc+sd-jwt"), QStringLiteral("vc+sd-jwt"),
                                        QStringLiteral("jwt_vc_json"), QStringLiteral("ldp_vc"),
                                        QStringLiteral("jwt_vc_json-ld")};
    return formats;
}

struct Session {
    const CollectContext &context;
    CredentialOffer offer;
    IssuerMetadata metadata;
    QString accessToken;
    QString nonce;
    bool draft13 = false; // no nonce endpoint, c_nonce came with the token
};

Result<QString> transactionCode(const CredentialOffer &offer, const CollectContext &context)
{
    if (!offer.txCode)
        return QString();
    if (!context.txCode.isEmpty())
        return context.txCode;
    if (context.askTxCode) {
        std::optional<QString> typed = context.askTxCode(*offer.txCode);
        if (!typed)
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("vitae", "No transaction code was entered, so nothing was collected."));
        if (!typed->isEmpty())
            return *typed;
    }
    const TxCodeRequest &tx = *offer.txCode;
    QString shape = tx.length > 0 ? QStringLiteral(" (%1 %2)").arg(tx.length).arg(tx.inputMode == QLatin1String("numeric")
                                                                                          ? QStringLiteral("digits")
                                                                                          : QStringLiteral("characters"))
                                  : QString();
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("vitae", "This credential offer needs the transaction code the issuer sent you%1.").arg(shape));
}

Status requestToken(Session &session)
{
    Result<QString> txCode = transactionCode(session.offer, session.context);
    if (!txCode)
        return txCode.error();
    if (Status ok = detail::checkCancelled(session.context); !ok)
        return ok;
    QList<QPair<QString, QString>> form{
            {QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:pre-authorized_code")},
            {QStringLiteral("pre-authorized_code"), session.offer.preAuthorizedCode}};
    if (!txCode->isEmpty())
        form.append({QStringLiteral("tx_code"), *txCode});
    Result<net::HttpResponse> answer =
            detail::send(session.context, net::HttpRequest::postForm(session.metadata.tokenEndpoint, form));
    if (answer && !txCode->isEmpty() && detail::oauthError(*answer) == QLatin1String("invalid_grant")) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "The issuer did not accept the transaction code (or the offer has expired or "
                                        "was used already)."));
    }
    Result<QJsonObject> token = detail::jsonAnswer(answer, QStringLiteral("an access token"));
    if (!token)
        return token.error();
    session.accessToken = token->value(QLatin1String("access_token")).toString();
    if (session.accessToken.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The issuer's token answer has no access token."));
    session.nonce = token->value(QLatin1String("c_nonce")).toString();
    session.draft13 = session.metadata.nonceEndpoint.isEmpty() && !session.nonce.isEmpty();
    return {};
}

Status requestNonce(Session &session)
{
    if (session.metadata.nonceEndpoint.isEmpty())
        return {};
    if (Status ok = detail::checkCancelled(session.context); !ok)
        return ok;
    net::HttpRequest request = net::HttpRequest::postJson(session.metadata.nonceEndpoint, QByteArray());
    request.contentType = "application/x-www-form-urlencoded"; // an empty POST (section 7.1)
    Result<QJsonObject> nonce = detail::jsonAnswer(detail::send(session.context, request), QStringLiteral("a nonce"));
    if (!nonce)
        return nonce.error();
    session.nonce = nonce->value(QLatin1String("c_nonce")).toString();
    if (session.nonce.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The issuer's nonce answer has no c_nonce."));
    return {};
}

QJsonObject credentialRequest(const Session &session, const QString &id, const QJsonObject &configuration)
{
    const QString proof = QString::fromLatin1(makeProofOfPossession(
            *session.context.holderKey, session.offer.issuer.toString(QUrl::FullyEncoded), session.nonce, session.context.now()));
    if (!session.draft13)
        return {{QStringLiteral("credential_configuration_id"), id},
                {QStringLiteral("proofs"), QJsonObject{{QStringLiteral("jwt"), QJsonArray{proof}}}}};
    // Draft 13 names the credential by format and type, with a single proof.
    QJsonObject request{{QStringLiteral("format"), configuration.value(QLatin1String("format"))},
                        {QStringLiteral("proof"), QJsonObject{{QStringLiteral("proof_type"), QStringLiteral("jwt")},
                                                              {QStringLiteral("jwt"), proof}}}};
    for (const char *key : {"vct", "credential_definition", "doctype"})
        if (configuration.contains(QLatin1String(key)))
            request.insert(QLatin1String(key), configuration.value(QLatin1String(key)));
    return request;
}

// Credentials in a credential response: 1.0 "credentials" or draft "credential".
Result<QList<QByteArray>> credentialsOf(const QJsonObject &response)
{
    QJsonArray items;
    if (response.value(QLatin1String("credentials")).isArray()) {
        for (const QJsonValue &entry : response.value(QLatin1String("credentials")).toArray())
            items.append(entry.isObject() && entry.toObject().contains(QLatin1String("credential"))
                                 ? entry.toObject().value(QLatin1String("credential"))
                                 : entry);
    } else if (response.contains(QLatin1String("credential"))) {
        items.append(response.value(QLatin1String("credential")));
    } else if (response.contains(QLatin1String("transaction_id"))) {
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "The issuer will issue this credential later (deferred "
                                                                "issuance), which Vitae cannot collect yet."));
    }
    if (items.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The issuer's answer holds no credential."));
    if (items.size() > kMaxCredentialsPerResponse)
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "The issuer sent more than %1 credentials at once.").arg(kMaxCredentialsPerResponse));
    QList<QByteArray> out;
    for (const QJsonValue &item : items) {
        if (item.isString() && !item.toString().isEmpty())
            out.append(item.toString().toUtf8());
        else if (item.isObject())
            out.append(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact));
        else
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The issuer sent a credential in a form Vitae does not know."));
    }
    return out;
}

// One configuration; a nonce the issuer no longer likes is renewed once.
Result<QList<QByteArray>> requestCredential(Session &session, const QString &id)
{
    const QJsonObject configuration = session.metadata.configurations.value(id);
    if (configuration.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The issuer's metadata does not describe the offered credential \"%1\".")
                                                          .arg(detail::outsideText(id, 80)));
    const QString format = configuration.value(QLatin1String("format")).toString();
    if (!supportedFormats().contains(format))
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "The offered credential \"%1\" comes in a format Vitae cannot take yet (%2).")
                                                         .arg(detail::outsideText(id, 80), detail::outsideText(format, 40)));
    const QString what = QStringLiteral("the credential \"%1\"").arg(detail::outsideText(id, 80));
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (Status ok = detail::checkCancelled(session.context); !ok)
            return ok.error();
        const QByteArray body = QJsonDocument(credentialRequest(session, id, configuration)).toJson(QJsonDocument::Compact);
        net::HttpRequest request = net::HttpRequest::postJson(session.metadata.credentialEndpoint, body);
        request.withBearer(session.accessToken);
        Result<net::HttpResponse> answer = detail::send(session.context, request);
        const QString error = answer ? detail::oauthError(*answer) : QString();
        const bool badNonce = error == QLatin1String("invalid_nonce")
                || (session.draft13 && error == QLatin1String("invalid_proof"));
        if (!badNonce) {
            Result<QJsonObject> response = detail::jsonAnswer(answer, what);
            if (!response)
                return response.error();
            return credentialsOf(*response);
        }
        if (attempt == 1)
            break;
        // A fresh nonce: from the nonce endpoint, or (draft 13) the error body.
        if (session.metadata.nonceEndpoint.isEmpty()) {
            Result<QJsonObject> body = json::parseJsonObject(answer->body);
            session.nonce = body ? body->value(QLatin1String("c_nonce")).toString() : QString();
        } else if (Status ok = requestNonce(session); !ok) {
            return ok.error();
        }
    }
    return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "The issuer kept refusing Vitae's proof that it holds your key "
                                                        "(invalid_nonce), even with a fresh nonce; try again later."));
}

} // namespace

QByteArray makeProofOfPossession(const crypto::Ed25519KeyPair &key, const QString &audience, const QString &nonce,
                                 const QDateTime &now)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("EdDSA")},
                             {QStringLiteral("typ"), QStringLiteral("openid4vci-proof+jwt")},
                             {QStringLiteral("kid"), sign::didKeyVerificationMethod(key)}};
    QJsonObject payload{{QStringLiteral("aud"), audience}, {QStringLiteral("iat"), double(now.toSecsSinceEpoch())}};
    if (!nonce.isEmpty())
        payload.insert(QStringLiteral("nonce"), nonce);
    return sign::signCompactJws(header, payload, key);
}

Result<CollectedCredentials> collectFromCredentialOffer(const Link &link, const CollectContext &context)
{
    if (!context.holderKey || context.holderKey->isNull() || context.holderDid.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Collecting from a credential offer needs the holder's key (unlock the vault)."));
    Result<CredentialOffer> offer = credentialOfferFromLink(link, context);
    if (!offer)
        return offer.error();
    if (Status ok = detail::checkCancelled(context); !ok)
        return ok.error();
    Result<IssuerMetadata> metadata = fetchIssuerMetadata(*offer, context);
    if (!metadata)
        return metadata.error();

    Session session{context, std::move(*offer), std::move(*metadata), {}, {}, false};
    if (Status ok = requestToken(session); !ok)
        return ok.error();
    if (Status ok = requestNonce(session); !ok)
        return ok.error();

    CollectedCredentials collected;
    collected.issuer = session.metadata.name.isEmpty() ? session.offer.issuer.toDisplayString() : session.metadata.name;
    collected.source = QStringLiteral("credential offer from %1").arg(session.offer.issuer.toDisplayString());
    QList<QByteArray> received;
    for (const QString &id : session.offer.configurationIds) {
        Result<QList<QByteArray>> credentials = requestCredential(session, id);
        if (!credentials)
            return credentials.error();
        received += *credentials;
    }
    for (qsizetype i = 0; i < received.size(); ++i) {
        if (Status bound = checkBoundToHolder(received.at(i), context.holderDid, context.holderKey->publicKey()); !bound)
            return bound.error();
        const QString where = received.size() == 1
                ? collected.source
                : QCoreApplication::translate("vitae", "%1, credential %2 of %3").arg(collected.source).arg(i + 1).arg(received.size());
        collected.credentials.append({received.at(i), where});
    }
    return collected;
}

} // namespace vitae::exchange
