// One entry point for taking credentials in from a link: issuer links,
// vitae://import, openid-credential-offer:// and dccrequest:// (and a raw
// JWT / SD-JWT credential). Call it from a worker thread: it blocks on the
// network. It stores nothing: hand the result to previewImport/storeImport.
//
//   exchange::CollectContext context;
//   context.http = &httpResolver;             // net::HttpResolver
//   context.holderKey = &vault.holderKey();
//   context.holderDid = vault.holderDid();
//   context.askTxCode = [](const TxCodeRequest &r) -> std::optional<QString> { ... };
//   context.cancel = &cancelFlag;
//   Result<CollectedCredentials> got = exchange::collectFromLink(*exchange::parseLink(text), context);
#pragma once

#include "exchange/CollectContext.h"
#include "exchange/DeepLink.h"

namespace vitae::exchange {

// Whether collectFromLink takes this kind of link.
bool isCollectableLink(LinkKind kind);

// Errors are sentences for the learner (ErrorCode::Network, InvalidInput,
// Unsupported, LimitExceeded, Cancelled, InvalidArgument for a missing
// transaction code or holder key).
Result<CollectedCredentials> collectFromLink(const Link &link, const CollectContext &context);

} // namespace vitae::exchange
