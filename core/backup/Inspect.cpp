// inspectBackup: reads the whole backup as a restore would, without
// writing anything, so "this backup is good" means every byte was checked.
#include "backup/Backup.h"

#include "backup/BackupSource.h"

namespace vitae::backup {

Result<BackupInfo> inspectBackup(const QString &backupPath, QByteArrayView backupPassphrase)
{
    Result<std::unique_ptr<BackupSource>> source = BackupSource::open(backupPath, backupPassphrase);
    if (!source)
        return source.error();
    const BackupSource::Visitor visitor{[](const TableStart &) { return Status(); },
                                        [](const QList<FieldValue> &) { return Status(); }};
    if (Status s = (*source)->walk(visitor, {}, nullptr); !s)
        return s.error();
    return (*source)->info();
}

} // namespace vitae::backup
