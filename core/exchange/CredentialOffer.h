// OpenID4VCI 1.0 credential offers (section 4.1), by value or by reference,
// with draft 13 and draft 11 field names tolerated where that is cheap.
#pragma once

#include "exchange/CollectContext.h"
#include "exchange/DeepLink.h"

namespace vitae::exchange {

struct CredentialOffer {
    QUrl issuer;                   // credential_issuer
    QStringList configurationIds;  // credential_configuration_ids (draft 11: credentials)
    QString preAuthorizedCode;     // empty: the offer has no pre-authorized grant
    std::optional<TxCodeRequest> txCode;
    QUrl authorizationServer;      // the grant's authorization_server, if named
};

// Parses and checks an offer's JSON. Errors (InvalidInput, Unsupported)
// are sentences: "The credential offer is not valid JSON: ...", "The
// credential offer does not say which issuer it is from
// (credential_issuer)", "The credential offer's issuer ... does not use a
// secure (https) connection", "This offer can only be used by signing in at
// the issuer, which Vitae cannot do yet".
Result<CredentialOffer> parseCredentialOffer(QByteArrayView json, bool allowLoopbackHttp);

// The offer in an openid-credential-offer:// link, fetching it when the
// link holds only credential_offer_uri.
Result<CredentialOffer> credentialOfferFromLink(const Link &link, const CollectContext &context);

} // namespace vitae::exchange
