// restoreBackup: a new vault built under a temporary name beside the
// destination, filled from the backup, and renamed into place only when
// everything succeeded. The current vault is never opened or touched.
#include "backup/Backup.h"

#include "backup/BackupSettings.h"
#include "backup/BackupSource.h"
#include "backup/TableCatalog.h"
#include "crypto/Sodium.h"
#include "vault/Database.h"
#include "vault/Schema.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QCoreApplication>

namespace vitae::backup {

namespace {

using ColumnType = vault::Statement::ColumnType;

Error malformed(const QString &why)
{
    return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The backup's contents are malformed: %1").arg(why));
}

// Refuses a destination that holds a vault or anything else.
Status checkDestination(const QString &folder)
{
    const QString shown = QDir::toNativeSeparators(folder);
    vault::Vault existing(folder);
    if (existing.exists() || QFileInfo::exists(existing.databasePath()))
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate("vitae", "The folder %1 already holds a vault; a restore never touches an existing "
                                        "vault. Choose a new folder.")
                                 .arg(shown));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::AlreadyExists, QCoreApplication::translate("vitae", "%1 is a file, not a folder.").arg(shown));
    if (info.exists() && !QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate("vitae", "The folder %1 is not empty; choose a new or empty folder for the restored "
                                        "vault.")
                                 .arg(shown));
    return {};
}

// Inserts each table's rows as they stream by, by column name.
class RowInserter {
public:
    RowInserter(vault::Database &db, QList<TableInfo> tables) : m_db(db), m_tables(std::move(tables)) {}

    Status startTable(const TableStart &table)
    {
        auto known = std::find_if(m_tables.cbegin(), m_tables.cend(),
                                  [&](const TableInfo &t) { return t.name == table.name; });
        if (known == m_tables.cend())
            return malformed(QStringLiteral("it has a table \"%1\" that its schema version does not.").arg(table.name));
        QByteArrayList columns;
        for (const QString &column : table.columns) {
            if (!known->columns.contains(column))
                return malformed(QStringLiteral("table \"%1\" has a column \"%2\" that its schema version does not.")
                                         .arg(table.name, column));
            columns.append(quotedIdentifier(column));
        }
        const QByteArray sql = "INSERT INTO " + quotedIdentifier(table.name) + " (" + columns.join(", ")
                + ") VALUES (" + QByteArray("?, ").repeated(columns.size() - 1) + "?);";
        Result<vault::Statement> insert = m_db.prepare(sql.constData());
        if (!insert)
            return insert.error();
        m_insert = std::move(*insert);
        m_columns = int(columns.size());
        m_table = table.name;
        return {};
    }

    Status insertRow(const QList<FieldValue> &values)
    {
        if (values.size() != m_columns)
            return malformed(QStringLiteral("a row of \"%1\" has %2 values for %3 columns.")
                                     .arg(m_table)
                                     .arg(values.size())
                                     .arg(m_columns));
        m_insert.reset();
        for (int i = 0; i < m_columns; ++i) {
            const FieldValue &value = values.at(i);
            switch (value.type) {
            case ColumnType::Null: m_insert.bindNull(i + 1); break;
            case ColumnType::Integer: m_insert.bind(i + 1, value.integer); break;
            case ColumnType::Real: m_insert.bindReal(i + 1, value.real); break;
            case ColumnType::Text: m_insert.bindText(i + 1, value.bytes); break;
            case ColumnType::Blob: m_insert.bind(i + 1, QByteArrayView(value.bytes)); break;
            }
        }
        Status status = m_insert.run();
        m_insert.reset(); // drops the bound copies (secret seeds among them)
        return status;
    }

private:
    vault::Database &m_db;
    QList<TableInfo> m_tables;
    vault::Statement m_insert;
    int m_columns = 0;
    QString m_table;
};

// Builds the restored database: the backup's schema version, its rows in
// one transaction, then the migrations up to this build's schema.
Status fillDatabase(vault::Database &db, BackupSource &source, const RestoreOptions &options)
{
    const BackupInfo &info = source.info();
    if (Status s = vault::schema::migrate(db, info.schemaVersion); !s)
        return s;
    Result<QList<TableInfo>> tables = backedUpTables(db);
    if (!tables)
        return tables.error();
    // Rows arrive table by table; references are checked once all are in.
    if (Status s = db.exec("PRAGMA foreign_keys = OFF;"); !s)
        return s;
    {
        vault::Database::Transaction transaction(db);
        if (Status s = transaction.begin(); !s)
            return s;
        RowInserter inserter(db, *tables);
        const BackupSource::Visitor visitor{
                [&](const TableStart &table) { return inserter.startTable(table); },
                [&](const QList<FieldValue> &row) { return inserter.insertRow(row); }};
        if (Status s = source.walk(visitor, options.progress, options.cancel); !s)
            return s;
        // The restored vault is exactly what this backup holds.
        if (Status s = storeLastBackupTime(db, info.createdAt); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    Result<vault::Statement> check = db.prepare("PRAGMA foreign_key_check;");
    if (!check)
        return check.error();
    Result<bool> dangling = check->step();
    if (!dangling)
        return dangling.error();
    if (*dangling)
        return malformed(QStringLiteral("a row of \"%1\" refers to a missing row.").arg(check->text(0)));
    if (Status s = db.exec("PRAGMA foreign_keys = ON;"); !s)
        return s;
    return vault::schema::migrate(db);
}

// Folders between the first existing ancestor and `folder`, outermost first.
QStringList missingAncestors(const QString &folder)
{
    QStringList missing;
    QString path = QFileInfo(folder).absolutePath();
    while (!path.isEmpty() && !QFileInfo::exists(path)) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    return missing;
}

} // namespace

Result<BackupInfo> restoreBackup(const QString &backupPath, QByteArrayView backupPassphrase,
                                 const QString &newVaultFolder, QByteArrayView newVaultPassphrase,
                                 const RestoreOptions &options)
{
    if (newVaultPassphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Choose a passphrase for the restored vault."));
    const QString target = QDir::cleanPath(QDir(newVaultFolder).absolutePath());
    if (Status s = checkDestination(target); !s)
        return s.error();

    Result<std::unique_ptr<BackupSource>> source = BackupSource::open(backupPath, backupPassphrase);
    if (!source)
        return source.error();
    const BackupInfo info = (*source)->info();
    if (info.schemaVersion > vault::schema::CurrentVersion)
        return makeError(ErrorCode::VersionTooNew,
                         QCoreApplication::translate("vitae", "This backup holds a vault from a newer Vitae (schema %1); update Vitae to "
                                        "restore it.")
                                 .arg(info.schemaVersion));

    // Built beside the destination (same file system, so the final rename
    // is atomic) under a hidden name that no vault lookup will find.
    const QStringList createdAncestors = missingAncestors(target);
    const QString staging = QFileInfo(target).absolutePath() + QStringLiteral("/.")
            + QFileInfo(target).fileName() + QStringLiteral(".restoring-")
            + QString::fromLatin1(crypto::randomBytes(6).toHex());
    auto discard = [&](const Error &error) -> Result<BackupInfo> {
        QDir(staging).removeRecursively();
        for (auto it = createdAncestors.crbegin(); it != createdAncestors.crend(); ++it)
            QDir().rmdir(*it); // only if still empty
        return error;
    };

    {
        vault::Vault staged(staging);
        const Status created = staged.createWith(newVaultPassphrase, options.vaultKdf, [&](vault::Database &db) {
            return fillDatabase(db, **source, options);
        });
        if (!created)
            return discard(created.error());
        // The holder key was loaded and checked against its DID on opening.
        if (!info.holderDid.isEmpty() && staged.holderDid() != info.holderDid)
            return discard(malformed(QStringLiteral("its holder key does not match its DID.")));
        staged.lock();
    }

    // An empty destination folder makes way for the vault (rename never
    // replaces a folder), and is put back if the move fails.
    const bool hadEmptyFolder = QFileInfo::exists(target);
    if (hadEmptyFolder && !QDir().rmdir(target))
        return discard(makeError(ErrorCode::AlreadyExists,
                                 QCoreApplication::translate("vitae", "The folder %1 is no longer empty; nothing was restored.")
                                         .arg(QDir::toNativeSeparators(target))));
    if (!QDir().rename(staging, target)) {
        if (hadEmptyFolder)
            QDir().mkdir(target);
        return discard(makeError(ErrorCode::Io, QCoreApplication::translate("vitae", "The restored vault could not be moved to %1.")
                                                        .arg(QDir::toNativeSeparators(target))));
    }
    return info;
}

} // namespace vitae::backup
