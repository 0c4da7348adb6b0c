// The vault's credentials as presentable items, for matching a verifier's
// request against everything the learner holds.
#pragma once

#include "common/Result.h"
#include "present/Presentation.h"

namespace vitae::vault {
class Vault;
}

namespace vitae::present {

// Every stored credential, read; ones that no longer parse are left out
// (they could not answer a request).
Result<QList<PresentItem>> heldCredentials(vault::Vault &vault);

} // namespace vitae::present
