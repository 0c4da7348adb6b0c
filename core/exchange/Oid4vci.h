// OpenID4VCI 1.0 pre-authorized code flow, wallet side: offer, metadata,
// token (with the learner's transaction code when the offer asks for one),
// nonce, a proof of possession of the holder's key, and one credential
// request per offered configuration (dc+sd-jwt, vc+sd-jwt, jwt_vc_json,
// ldp_vc). Stores nothing.
#pragma once

#include "exchange/CollectContext.h"
#include "exchange/DeepLink.h"

#include <QJsonObject>

namespace vitae::exchange {

// The whole flow for an openid-credential-offer:// link. Every credential
// is checked to be bound to the holder.
Result<CollectedCredentials> collectFromCredentialOffer(const Link &link, const CollectContext &context);

// The proof-of-possession JWT (typ openid4vci-proof+jwt, kid = the holder's
// did:key verification method, aud, iat, nonce when given).
QByteArray makeProofOfPossession(const crypto::Ed25519KeyPair &key, const QString &audience, const QString &nonce,
                                 const QDateTime &now);

} // namespace vitae::exchange
