// Encrypted backup and restore of a whole vault (format:
// docs/formats/vitae-backup.md).
//
// A backup holds every row of every table, holder keys included, streamed
// through crypto_secretstream_xchacha20poly1305 under a key derived from a
// backup passphrase of its own. Restoring always builds a NEW vault: it
// never touches an existing one, and any failure leaves nothing behind.
//
// Like the Vault, these run on the thread that owns the vault (the app's
// vault worker); progress is reported on that thread and the cancel flag
// may be set from any thread.
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "vault/VaultTypes.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

namespace vitae::vault {
class Vault;
}

namespace vitae::backup {

// Rows copied so far out of the total.
using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

struct BackupOptions {
    // Moderate at least for real backups; tests use KdfParams::testing().
    crypto::KdfParams kdf = crypto::KdfParams::moderate();
    quint32 chunkSize = 64 * 1024;
    ProgressCallback progress;
    const std::atomic_bool *cancel = nullptr;
};

struct RestoreOptions {
    // The new vault's passphrase KDF, as for Vault::create.
    crypto::KdfParams vaultKdf = crypto::KdfParams::moderate();
    ProgressCallback progress;
    const std::atomic_bool *cancel = nullptr;
};

// What a backup holds, from its manifest.
struct BackupInfo {
    quint16 formatMajor = 0;
    quint16 formatMinor = 0;
    int payloadVersion = 0;
    int schemaVersion = 0;
    QDateTime createdAt;
    QString appVersion;
    QString holderDid;
    vault::VaultCounts counts;
    qint64 settings = 0;
    qint64 totalRows = 0; // every row of every table
    crypto::KdfParams kdf;
};

// Writes a backup of the unlocked vault to `outPath`, atomically (QSaveFile:
// a failure or cancel leaves no file, and an older file at that path is kept
// until the new one is complete). Records the time in the vault's settings.
Status writeBackup(vault::Vault &unlocked, const QString &outPath, QByteArrayView backupPassphrase,
                   const BackupOptions &options = {});

// When the last backup of this vault was written; invalid if never.
Result<QDateTime> lastBackupTime(vault::Vault &unlocked);

// Decrypts and checks the whole backup (every chunk and record) without
// restoring anything, and says what it holds.
Result<BackupInfo> inspectBackup(const QString &backupPath, QByteArrayView backupPassphrase);

// Restores into a new vault in `newVaultFolder` (which must not exist, or be
// empty) under `newVaultPassphrase`. The vault is built under a temporary
// name beside it and moved into place only when complete. The restored
// vault has the original holder keys, so it signs as the same DID; its
// last backup time is the backup's.
Result<BackupInfo> restoreBackup(const QString &backupPath, QByteArrayView backupPassphrase,
                                 const QString &newVaultFolder, QByteArrayView newVaultPassphrase,
                                 const RestoreOptions &options = {});

} // namespace vitae::backup
