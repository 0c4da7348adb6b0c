#include "backup/BackupSettings.h"

#include "backup/Backup.h"
#include "vault/Database.h"
#include "vault/Settings.h"
#include "vault/Timestamps.h"
#include "vault/Vault.h"

namespace vitae::backup {

Status storeLastBackupTime(vault::Database &db, const QDateTime &when)
{
    return vault::writeSetting(db, QString::fromLatin1(kLastBackupSetting), vault::toStored(when));
}

Result<QDateTime> readLastBackupTime(vault::Database &db)
{
    Result<QString> stored = vault::readSetting(db, QString::fromLatin1(kLastBackupSetting));
    if (!stored)
        return stored.error();
    return vault::fromStored(*stored);
}

Result<QDateTime> lastBackupTime(vault::Vault &unlocked)
{
    return readLastBackupTime(unlocked.database());
}

} // namespace vitae::backup
