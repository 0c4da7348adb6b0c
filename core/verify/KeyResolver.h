// Finds the public key behind a verification method and checks that it may
// sign credentials (assertionMethod). did:key and did:jwk are resolved
// offline; did:web and JWT VC issuer metadata go through the Resolver.
#pragma once

#include "common/Result.h"
#include "jose/PublicKey.h"
#include "net/Resolver.h"

#include <QJsonObject>

namespace vitae::verify {

struct IssuerKey {
    jose::PublicKey key;
    QString methodId;   // absolute verification method id, or the JWK's kid
    QString controller; // the DID (or issuer URL) the key belongs to
};

// `resolver` may be null (offline): did:web then fails with ErrorCode::Network.
// Errors: Network (could not fetch), Unsupported (DID method), NotFound /
// InvalidInput (no such key, or not authorised for assertionMethod).
Result<IssuerKey> resolveAssertionKey(const QString &verificationMethod, net::Resolver *resolver);

// The key that signed a JWT credential: the header's kid (a DID URL, or a
// fragment of the iss DID), else iss itself when it is a did:key/did:jwk,
// else (iss an https URL) the JWT VC issuer metadata at
// <origin>/.well-known/jwt-vc-issuer<path>, key chosen by kid.
Result<IssuerKey> resolveJwtIssuerKey(const QJsonObject &header, const QString &iss, net::Resolver *resolver);

// "did:example:123#key-1" -> "did:example:123".
QString didOf(const QString &didUrl);

} // namespace vitae::verify
