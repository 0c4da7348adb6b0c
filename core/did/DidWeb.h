// did:web (W3C CCG): the DID document lives at an https URL derived from
// the DID.
#pragma once

#include "common/Result.h"
#include "did/DidDocument.h"
#include "net/Resolver.h"

#include <QUrl>

namespace vitae::did {

// did:web:example.com            -> https://example.com/.well-known/did.json
// did:web:example.com:user:alice -> https://example.com/user/alice/did.json
// did:web:localhost%3A8443       -> https://localhost:8443/.well-known/did.json
// Rejects empty segments, path traversal ("..") and anything that is not a
// host name. Errors: InvalidInput "Not a valid did:web: ...".
Result<QUrl> didWebUrl(QStringView did);

// Fetches through the resolver (which applies size caps, timeouts and the
// cache) and parses. Network failures keep ErrorCode::Network so callers can
// say "could not be checked (offline)" rather than "invalid".
Result<DidDocument> resolveDidWeb(QStringView did, net::Resolver &resolver);

} // namespace vitae::did
