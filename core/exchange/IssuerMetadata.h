// OpenID4VCI issuer metadata (section 12.2) and the token endpoint from the
// authorization server's metadata (RFC 8414).
#pragma once

#include "exchange/CredentialOffer.h"

#include <QHash>
#include <QJsonObject>

namespace vitae::exchange {

struct IssuerMetadata {
    QUrl issuer;
    QString name;                 // display name, if given
    QUrl credentialEndpoint;
    QUrl nonceEndpoint;           // empty: none (draft 13 issuers send c_nonce with the token)
    QUrl tokenEndpoint;
    QHash<QString, QJsonObject> configurations; // credential_configurations_supported
};

// /.well-known/openid-credential-issuer (1.0 path insertion, then the draft
// form appended to the issuer's path), checked to describe `offer.issuer`;
// then the token endpoint. Every endpoint obeys the client's scheme rules.
Result<IssuerMetadata> fetchIssuerMetadata(const CredentialOffer &offer, const CollectContext &context);

// https://host/path + "/.well-known/x" inserted after the host (RFC 8615 as
// RFC 8414 and OpenID4VCI 1.0 use it).
QUrl wellKnownUrl(const QUrl &base, const QString &name);

} // namespace vitae::exchange
