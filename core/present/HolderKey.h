// The key behind a holder's verification method. Holders use DIDs that
// resolve offline (did:key, did:jwk), so checking a presentation needs no
// network; other methods are reported as not checkable.
#pragma once

#include "common/Result.h"
#include "jose/PublicKey.h"

namespace vitae::present {

// Errors: Unsupported for another DID method, InvalidInput for a malformed one.
Result<jose::PublicKey> holderPublicKey(const QString &verificationMethod);

// "did:key:z6Mk...#z6Mk..." -> "did:key:z6Mk...".
QString didOfMethod(const QString &verificationMethod);

} // namespace vitae::present
