// What the Portfolio page shows, read on the vault thread: the learner's
// self-asserted entries, every stored credential, the named portfolios, and
// the open portfolio's items in their order with what could still be added.
#pragma once

#include "common/Result.h"
#include "vault/Vault.h"

#include <QVariantList>

namespace vitae::gui {

struct PortfolioListing {
    QVariantList entries;   // self-asserted: credentialId, title, description, evidence
    QVariantList all;       // every credential: credentialId, title, issuer, selfAsserted
    QVariantList portfolios; // name, count
    QVariantList items;     // the open portfolio, in order: as `all`, plus kind and evidence
    QVariantList addable;   // stored credentials not in it, the same fields
    QString current;        // the open portfolio ("" if none, or if it was deleted)
};

// `current` empty: no portfolio open.
Result<PortfolioListing> listPortfolios(vault::Vault &vault, const QString &current);

} // namespace vitae::gui
