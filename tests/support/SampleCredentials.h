// Realistic, deterministic credentials for tests and benchmarks: Open Badges
// 3.0-shaped JSON of about 3 KB with the summary fields a reader would fill.
#pragma once

#include "vault/VaultTypes.h"

namespace vitae::test {

// The i-th sample; the same i always gives the same bytes.
vault::CredentialRecord sampleCredential(int index, int approximateBytes = 3000);

} // namespace vitae::test
