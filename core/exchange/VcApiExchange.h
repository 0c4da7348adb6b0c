// The Digital Credentials Consortium's request links, as the Learner
// Credential Wallet answers them:
//   dccrequest://request?request={"credentialRequestOrigin":..,"protocols":{"vcapi":URL}}
//     a VC-API exchange: POST {} to URL, get a verifiablePresentationRequest
//     (DIDAuthentication, challenge, domain), POST a DID-Auth presentation
//     signed by the holder, get a presentation holding the credentials;
//   dccrequest://request?issuer=..&vc_request_url=URL&challenge=..&auth_type=bearer
//     the older form: POST the DID-Auth presentation (with the link's
//     challenge) to URL straight away, get the credential back.
// Stores nothing.
#pragma once

#include "exchange/CollectContext.h"
#include "exchange/DeepLink.h"

namespace vitae::exchange {

Result<CollectedCredentials> collectFromDccRequest(const Link &link, const CollectContext &context);

// A DID-Auth presentation: holder = the holder's DID, an
// Ed25519Signature2020 authentication proof with `challenge` and `domain`.
Result<QJsonObject> makeDidAuthPresentation(const crypto::Ed25519KeyPair &key, const QString &holderDid,
                                            const QString &challenge, const QString &domain, const QDateTime &now);

} // namespace vitae::exchange
