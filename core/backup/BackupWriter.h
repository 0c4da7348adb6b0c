// The writer below writeBackup, on a bare database: for writeBackup itself
// and for tests that build databases of older schema versions.
#pragma once

#include "backup/Backup.h"

namespace vitae::vault {
class Database;
}

namespace vitae::backup {

// Writes a backup of the open database; returns the manifest it wrote.
Result<BackupInfo> writeDatabaseBackup(vault::Database &db, const QString &holderDid, const QString &outPath,
                                       QByteArrayView backupPassphrase, const BackupOptions &options);

} // namespace vitae::backup
