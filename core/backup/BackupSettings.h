// The vault setting that remembers when the last backup was made, so the
// app can remind the learner.
#pragma once

#include "common/Result.h"

#include <QDateTime>

namespace vitae::vault {
class Database;
}

namespace vitae::backup {

constexpr const char *kLastBackupSetting = "backup.lastCreatedAt";

Status storeLastBackupTime(vault::Database &db, const QDateTime &when);
Result<QDateTime> readLastBackupTime(vault::Database &db);

} // namespace vitae::backup
