#include "exchange/CredentialOffer.h"

#include "json/JsonParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>

namespace vitae::exchange {

namespace {

constexpr int kMaxConfigurations = 20;
constexpr int kMaxTxCodeLength = 64;
const QLatin1String kPreAuthorizedGrant("urn:ietf:params:oauth:grant-type:pre-authorized_code");

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Result<QStringList> configurationIdsOf(const QJsonObject &offer)
{
    QJsonValue ids = offer.value(QLatin1String("credential_configuration_ids"));
    if (ids.isUndefined())
        ids = offer.value(QLatin1String("credentials")); // draft 11 and earlier
    if (!ids.isArray() || ids.toArray().isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The credential offer does not say which credentials it offers "
                                      "(credential_configuration_ids)."));
    const QJsonArray array = ids.toArray();
    if (array.size() > kMaxConfigurations)
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The credential offer lists more than %1 credentials.").arg(kMaxConfigurations));
    QStringList out;
    for (const QJsonValue &id : array) {
        if (!id.isString() || id.toString().isEmpty())
            return invalid(QCoreApplication::translate("vitae", "The credential offer names a credential in a form Vitae does not know."));
        if (!out.contains(id.toString()))
            out.append(id.toString());
    }
    return out;
}

Result<TxCodeRequest> txCodeOf(const QJsonValue &value)
{
    if (!value.isObject())
        return invalid(QCoreApplication::translate("vitae", "The credential offer's tx_code is not an object."));
    const QJsonObject object = value.toObject();
    TxCodeRequest request;
    const QJsonValue length = object.value(QLatin1String("length"));
    if (!length.isUndefined()) {
        const double n = length.toDouble(-1);
        if (!length.isDouble() || n < 1 || n > kMaxTxCodeLength || n != int(n))
            return invalid(QCoreApplication::translate("vitae", "The credential offer's transaction code length is not a sensible number."));
        request.length = int(n);
    }
    const QString mode = object.value(QLatin1String("input_mode")).toString(QStringLiteral("numeric"));
    if (mode != QLatin1String("numeric") && mode != QLatin1String("text"))
        return invalid(QCoreApplication::translate("vitae", "The credential offer asks for a transaction code of an unknown kind (%1).")
                               .arg(detail::outsideText(mode, 40)));
    request.inputMode = mode;
    request.description = detail::outsideText(object.value(QLatin1String("description")).toString(), 300);
    return request;
}

} // namespace

Result<CredentialOffer> parseCredentialOffer(QByteArrayView bytes, bool allowLoopbackHttp)
{
    Result<QJsonObject> parsed = json::parseJsonObject(bytes);
    if (!parsed)
        return makeError(parsed.code(), QCoreApplication::translate("vitae", "The credential offer is not valid JSON: %1").arg(parsed.message()));
    const QJsonObject &offer = *parsed;

    CredentialOffer out;
    const QString issuer = offer.value(QLatin1String("credential_issuer")).toString();
    if (issuer.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The credential offer does not say which issuer it is from (credential_issuer)."));
    out.issuer = QUrl(issuer, QUrl::StrictMode);
    if (Status ok = net::checkFetchableUrl(out.issuer, allowLoopbackHttp); !ok) {
        return makeError(ok.code(), QCoreApplication::translate("vitae", "The credential offer's issuer cannot be used: %1").arg(ok.message()));
    }
    if (out.issuer.hasQuery() || out.issuer.hasFragment())
        return invalid(QCoreApplication::translate("vitae", "The credential offer's issuer address has a query or fragment, which issuers may not have."));

    Result<QStringList> ids = configurationIdsOf(offer);
    if (!ids)
        return ids.error();
    out.configurationIds = std::move(*ids);

    const QJsonValue grantsValue = offer.value(QLatin1String("grants"));
    if (!grantsValue.isUndefined() && !grantsValue.isObject())
        return invalid(QCoreApplication::translate("vitae", "The credential offer's grants are not an object."));
    const QJsonValue grantValue = grantsValue.toObject().value(kPreAuthorizedGrant);
    const QJsonObject grant = grantValue.toObject();
    if (grantValue.isUndefined()) {
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("vitae", "This offer can only be used by signing in at the issuer, which Vitae cannot do "
                                        "yet (it has no pre-authorized code)."));
    }
    out.preAuthorizedCode = grant.value(QLatin1String("pre-authorized_code")).toString();
    if (out.preAuthorizedCode.isEmpty())
        return invalid(QCoreApplication::translate("vitae", "The credential offer's pre-authorized grant has no code."));
    if (grant.contains(QLatin1String("tx_code"))) {
        Result<TxCodeRequest> tx = txCodeOf(grant.value(QLatin1String("tx_code")));
        if (!tx)
            return tx.error();
        out.txCode = *tx;
    } else if (grant.value(QLatin1String("user_pin_required")).toBool()) {
        out.txCode = TxCodeRequest{}; // draft 11: a PIN of unknown shape
    }
    if (out.txCode)
        out.txCode->issuer = out.issuer.toDisplayString();
    const QString server = grant.value(QLatin1String("authorization_server")).toString();
    if (!server.isEmpty()) {
        out.authorizationServer = QUrl(server, QUrl::StrictMode);
        if (Status ok = net::checkFetchableUrl(out.authorizationServer, allowLoopbackHttp); !ok)
            return makeError(ok.code(), QCoreApplication::translate("vitae", "The credential offer's authorization server cannot be used: %1").arg(ok.message()));
    }
    return out;
}

Result<CredentialOffer> credentialOfferFromLink(const Link &link, const CollectContext &context)
{
    if (!context.http)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "No network client was given to collect the offer."));
    const bool loopback = context.http->allowsLoopbackHttp();
    const QString byValue = link.query.queryItemValue(QStringLiteral("credential_offer"), QUrl::FullyDecoded);
    if (!byValue.isEmpty())
        return parseCredentialOffer(byValue.toUtf8(), loopback);

    const QUrl uri(link.query.queryItemValue(QStringLiteral("credential_offer_uri"), QUrl::FullyDecoded), QUrl::StrictMode);
    const QString what = QStringLiteral("the credential offer at %1").arg(uri.toDisplayString());
    if (Status ok = detail::checkAddress(uri, context, what); !ok)
        return ok.error();
    Result<QJsonObject> answer = detail::jsonAnswer(
            detail::send(context, net::HttpRequest::get(uri, {QStringLiteral("application/json")})), what);
    if (!answer)
        return answer.error();
    return parseCredentialOffer(QJsonDocument(*answer).toJson(QJsonDocument::Compact), loopback);
}

} // namespace vitae::exchange
