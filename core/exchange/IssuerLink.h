// Issuer links: an https address that answers with a credential (W3C VC in
// JSON-LD, JWT or SD-JWT), a presentation holding credentials, or an Open
// Badges 2.0 hosted assertion.
#pragma once

#include "exchange/CollectContext.h"

namespace vitae::exchange {

// GETs `url` asking for credential media types and finds the credentials in
// the answer. Errors name the link: "https://... answered with a web page
// (text/html), not a credential", HTTP statuses, limits.
Result<CollectedCredentials> collectFromIssuerLink(const QUrl &url, const CollectContext &context);

} // namespace vitae::exchange
