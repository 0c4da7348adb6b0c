// writeBackup: one consistent snapshot of the vault, streamed row by row
// into an encrypted file, so memory stays flat whatever the vault's size.
#include "backup/BackupWriter.h"

#include "backup/BackupHeader.h"
#include "backup/BackupKeys.h"
#include "backup/BackupSettings.h"
#include "backup/ChunkStream.h"
#include "backup/Manifest.h"
#include "backup/Records.h"
#include "backup/TableCatalog.h"
#include "crypto/Sodium.h"
#include "vault/Database.h"
#include "vault/Schema.h"
#include "vault/Vault.h"

#include <QDir>
#include <QSaveFile>
#include <QCoreApplication>

namespace vitae::backup {

namespace {

// A read transaction: every SELECT inside sees the same snapshot, so the
// backup is consistent even if the vault changes while it is written.
class Snapshot {
public:
    explicit Snapshot(vault::Database &db) : m_db(db) {}
    ~Snapshot()
    {
        if (m_active)
            (void)m_db.exec("ROLLBACK;");
    }
    Status begin()
    {
        Status s = m_db.exec("BEGIN DEFERRED;");
        m_active = s.ok();
        return s;
    }
    void end()
    {
        if (m_active)
            (void)m_db.exec("ROLLBACK;"); // nothing was written
        m_active = false;
    }

private:
    vault::Database &m_db;
    bool m_active = false;
};

Result<qint64> countRows(vault::Database &db, const QString &table)
{
    const QByteArray sql = "SELECT count(*) FROM " + quotedIdentifier(table) + ';';
    Result<vault::Statement> select = db.prepare(sql.constData());
    if (!select)
        return select.error();
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    return select->int64(0);
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("vitae", "The backup was cancelled; no file was written."));
}

// Everything after the keys: the manifest, then each table's rows.
Status writePayload(vault::Database &db, RecordWriter &records, const QList<TableInfo> &tables,
                    const BackupInfo &info, const BackupOptions &options)
{
    if (Status s = records.manifest(manifestJson(info)); !s)
        return s;
    qint64 done = 0;
    if (options.progress)
        options.progress(0, info.totalRows);
    for (const TableInfo &table : tables) {
        if (Status s = records.table({table.name, table.columns}); !s)
            return s;
        QByteArrayList columns;
        for (const QString &column : table.columns)
            columns.append(quotedIdentifier(column));
        const QByteArray sql = "SELECT " + columns.join(", ") + " FROM " + quotedIdentifier(table.name) + ';';
        Result<vault::Statement> select = db.prepare(sql.constData());
        if (!select)
            return select.error();
        quint64 rows = 0;
        for (;;) {
            if (options.cancel && options.cancel->load())
                return cancelled();
            Result<bool> row = select->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            if (Status s = records.row(*select); !s)
                return s;
            ++rows;
            ++done;
            if (options.progress && done % 256 == 0)
                options.progress(done, info.totalRows);
        }
        if (Status s = records.tableEnd(rows); !s)
            return s;
    }
    if (options.progress)
        options.progress(done, info.totalRows);
    return records.end(quint32(tables.size()));
}

// The manifest's figures, read inside the snapshot.
Result<BackupInfo> describe(vault::Database &db, const QString &holderDid, const QList<TableInfo> &tables)
{
    BackupInfo info;
    info.formatMajor = BackupHeader::CurrentMajor;
    info.formatMinor = BackupHeader::CurrentMinor;
    info.payloadVersion = kPayloadVersion;
    Result<int> schemaVersion = vault::schema::version(db);
    if (!schemaVersion)
        return schemaVersion.error();
    info.schemaVersion = *schemaVersion;
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.appVersion = QStringLiteral(VITAE_VERSION);
    info.holderDid = holderDid;
    for (const TableInfo &table : tables) {
        Result<qint64> rows = countRows(db, table.name);
        if (!rows)
            return rows.error();
        info.totalRows += *rows;
        const QString &name = table.name;
        qint64 *count = name == QLatin1String("credentials") ? &info.counts.credentials
                : name == QLatin1String("evidence")          ? &info.counts.evidence
                : name == QLatin1String("tags")              ? &info.counts.tags
                : name == QLatin1String("share_log")         ? &info.counts.shares
                : name == QLatin1String("holder_keys")       ? &info.counts.holderKeys
                : name == QLatin1String("settings")          ? &info.settings
                                                             : nullptr;
        if (count)
            *count = *rows;
    }
    return info;
}

} // namespace

Result<BackupInfo> writeDatabaseBackup(vault::Database &db, const QString &holderDid, const QString &outPath,
                                       QByteArrayView backupPassphrase, const BackupOptions &options)
{
    if (!db.isOpen())
        return makeError(ErrorCode::Locked, QCoreApplication::translate("vitae", "Unlock the vault to back it up."));
    if (backupPassphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Choose a passphrase for the backup."));
    if (options.chunkSize < BackupHeader::MinChunkSize || options.chunkSize > BackupHeader::MaxChunkSize)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "The backup chunk size is out of range."));
    if (Status s = crypto::checkKdfParams(options.kdf); !s)
        return s.error();

    BackupHeader header;
    header.kdf = options.kdf;
    header.salt = crypto::randomBytes(crypto::kKdfSaltBytes);
    header.chunkSize = options.chunkSize;
    Result<BackupKeys> keys = BackupKeys::derive(backupPassphrase, header.salt, header.kdf);
    if (!keys)
        return keys.error();
    header.keyCheck = keys->keyCheck;

    const QString shownPath = QDir::toNativeSeparators(outPath);
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("vitae", "The backup %1 cannot be written: %2").arg(shownPath, file.errorString()));
    // Encrypted or not, a backup is nobody else's business.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    BackupInfo written;
    {
        Snapshot snapshot(db);
        if (Status s = snapshot.begin(); !s)
            return s.error();
        Result<QList<TableInfo>> tables = backedUpTables(db);
        if (!tables)
            return tables.error();
        Result<BackupInfo> info = describe(db, holderDid, *tables);
        if (!info)
            return info.error();
        written = *info;

        ChunkWriter chunks(file, header.chunkSize);
        header.streamHeader = chunks.begin(keys->streamKey);
        const QByteArray headerBytes = header.serialize();
        if (file.write(headerBytes) != headerBytes.size())
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("vitae", "The backup %1 could not be written: %2").arg(shownPath, file.errorString()));
        chunks.setAssociatedData(headerBytes);
        RecordWriter records(chunks);
        if (Status s = writePayload(db, records, *tables, *info, options); !s)
            return s.error(); // QSaveFile discards the temporary file
        if (Status s = chunks.finish(); !s)
            return s.error();
        snapshot.end();
    }
    if (options.cancel && options.cancel->load())
        return cancelled();
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("vitae", "The backup %1 could not be saved: %2").arg(shownPath, file.errorString()));
    return written;
}

Status writeBackup(vault::Vault &vault, const QString &outPath, QByteArrayView backupPassphrase,
                   const BackupOptions &options)
{
    if (!vault.isUnlocked())
        return makeError(ErrorCode::Locked, QCoreApplication::translate("vitae", "Unlock the vault to back it up."));
    Result<BackupInfo> written =
            writeDatabaseBackup(vault.database(), vault.holderDid(), outPath, backupPassphrase, options);
    if (!written)
        return written.error();
    if (Status s = storeLastBackupTime(vault.database(), written->createdAt); !s)
        return makeError(s.code(), QCoreApplication::translate("vitae", "The backup %1 was written, but the vault could not note when: %2")
                                           .arg(QDir::toNativeSeparators(outPath), s.message()));
    return {};
}

} // namespace vitae::backup
