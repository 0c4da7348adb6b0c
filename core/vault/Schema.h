// The vault's SQL schema and its migrations, tracked in PRAGMA user_version.
#pragma once

#include "common/Result.h"

namespace vitae::vault {

class Database;

namespace schema {

// The version this build writes. Each step N-1 -> N is one function, run in
// its own transaction.
constexpr int CurrentVersion = 3;

Result<int> version(Database &db);

// Upgrades to `target` (CurrentVersion by default). Refuses a database newer
// than this build understands.
Status migrate(Database &db, int target = CurrentVersion);

} // namespace schema
} // namespace vitae::vault
