// Checks an SD-JWT's Key Binding JWT: signed by the key the issuer bound
// the credential to (cnf.jwk), over exactly these disclosures (sd_hash),
// for this verifier (nonce, aud) and still fresh (iat, exp).
#pragma once

#include "credential/Credential.h"
#include "present/PresentationVerifier.h"

namespace vitae::present {

// The key the credential is bound to (cnf.jwk), if any.
std::optional<jose::PublicKey> boundKeyOf(const credential::Credential &credential);

// Adds the holder-proof, challenge, domain and expiry checks of a
// stand-alone SD-JWT presentation to `out`.
void checkKeyBinding(const credential::Credential &credential, const PresentationExpectations &expectations,
                     verify::VerificationResult &out);

} // namespace vitae::present
