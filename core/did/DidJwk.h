// did:jwk: a DID that is a base64url-encoded public JWK.
#pragma once

#include "common/Result.h"
#include "jose/PublicKey.h"

namespace vitae::did {

// Parses did:jwk:<b64url(JWK)> (optionally with "#0"), returning its key.
// Errors are ErrorCode::InvalidInput, messages begin "Not a valid did:jwk".
Result<jose::PublicKey> parseDidJwk(QStringView did);

} // namespace vitae::did
