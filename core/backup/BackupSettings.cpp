#include "backup/BackupSettings.h"

#include "backup/Backup.h"
#include "vault/Database.h"
#include "vault/Timestamps.h"
#include "vault/Vault.h"

namespace vitae::backup {

Status storeLastBackupTime(vault::Database &db, const QDateTime &when)
{
    Result<vault::Statement> upsert = db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?);");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, QString::fromLatin1(kLastBackupSetting));
    upsert->bind(2, vault::toStored(when));
    return upsert->run();
}

Result<QDateTime> readLastBackupTime(vault::Database &db)
{
    Result<vault::Statement> select = db.prepare("SELECT value FROM settings WHERE key = ?;");
    if (!select)
        return select.error();
    select->bind(1, QString::fromLatin1(kLastBackupSetting));
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    return *row ? vault::fromStored(select->text(0)) : QDateTime();
}

Result<QDateTime> lastBackupTime(vault::Vault &unlocked)
{
    return readLastBackupTime(unlocked.database());
}

} // namespace vitae::backup
