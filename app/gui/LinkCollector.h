// The network half of taking credentials in from a link: collecting what
// the link offers and verifying it (online, since the learner chose to go
// online for it). Runs on a thread of its own, not the vault thread, so a
// slow issuer never holds up vault work, and stops soon after `cancel` is
// set. It needs nothing from the vault but a copy of the holder's key; the
// vault thread then only looks for duplicates.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "exchange/CollectContext.h"
#include "exchange/DeepLink.h"
#include "exchange/Importer.h"

#include <atomic>
#include <optional>

namespace vitae::gui {

struct LinkCollection {
    // Read and verified; ImportPreview::duplicateOf is not filled in yet.
    QList<exchange::ImportPreview> previews;
    // Set when the offer needs a transaction code that was not given.
    std::optional<exchange::TxCodeRequest> txCodeAsked;
    std::optional<Error> error;
};

// Blocking. Plain http only to 127.0.0.1, and only when the environment has
// VITAE_ALLOW_LOOPBACK_HTTP=1 (a developer option). Every request, the
// verification's fetches included, ends within about 100 ms of `cancel`.
LinkCollection collectLink(const exchange::Link &link, const QString &txCode, const crypto::Ed25519KeyPair &holderKey,
                           const QString &holderDid, const std::atomic<bool> &cancel);

} // namespace vitae::gui
