#include "vault/Database.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QFileInfo>
#include <QCoreApplication>

#include <cstring>
#include <utility>

namespace vitae::vault {

namespace {

// Cipher settings are stated explicitly so that a build against SQLCipher 4
// (whose defaults differ) opens the same files. Unknown pragmas are ignored
// by SQLCipher 3, so the SQLCipher 4 names can be given unconditionally.
constexpr const char *kCipherSettings =
        "PRAGMA cipher_page_size = 4096;"
        "PRAGMA cipher_use_hmac = ON;"
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;"
        "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;"
        "PRAGMA cipher_plaintext_header_size = 0;";

// Settings that keep every byte encrypted and every write atomic.
constexpr const char *kConnectionSettings =
        "PRAGMA temp_store = MEMORY;"  // no plaintext temp files
        "PRAGMA foreign_keys = ON;"
        "PRAGMA secure_delete = ON;"
        "PRAGMA busy_timeout = 2000;";

ErrorCode codeFor(int rc)
{
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        return ErrorCode::NotFound;
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::Io;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::InUse;
    case SQLITE_CONSTRAINT:
        return ErrorCode::AlreadyExists;
    case SQLITE_TOOBIG:
        return ErrorCode::LimitExceeded;
    default:
        return ErrorCode::Io;
    }
}

QString explain(int rc)
{
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        return QStringLiteral("it refers to an item that is not in the vault");
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return QStringLiteral("the file is damaged or is not a Vitae vault database");
    case SQLITE_FULL:
        return QStringLiteral("the disk is full");
    case SQLITE_IOERR:
        return QStringLiteral("the disk refused to read or write (full, removed or failing)");
    case SQLITE_CANTOPEN:
        return QStringLiteral("the file cannot be opened (missing, or the folder is not writable)");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QStringLiteral("the file or its folder is read-only");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("another process is using the vault");
    case SQLITE_CONSTRAINT:
        return QStringLiteral("the entry already exists");
    case SQLITE_TOOBIG:
        return QStringLiteral("the item is too large");
    default:
        return QString::fromUtf8(sqlite3_errstr(rc));
    }
}

} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Result<Database> Database::open(const QString &path, const crypto::SecureBuffer &rawKey, bool create)
{
    if (rawKey.size() != 32)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "The database key must be 32 bytes."));
    if (!create && !QFileInfo::exists(path))
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("vitae", "The vault database %1 is missing.").arg(path));

    Database db;
    db.m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return db.errorFor(rc);
    sqlite3_extended_result_codes(db.m_db, 1);

    // SQLCipher reads a raw key from the blob literal x'<64 hex digits>'.
    // Build it in secure memory so the hex form is wiped afterwards.
    static constexpr char hex[] = "0123456789abcdef";
    crypto::SecureBuffer literal(3 + 64);
    unsigned char *out = literal.data();
    out[0] = 'x';
    out[1] = '\'';
    for (std::size_t i = 0; i < 32; ++i) {
        out[2 + 2 * i] = static_cast<unsigned char>(hex[rawKey.data()[i] >> 4]);
        out[3 + 2 * i] = static_cast<unsigned char>(hex[rawKey.data()[i] & 0x0f]);
    }
    out[66] = '\'';
    rc = sqlite3_key(db.m_db, literal.data(), int(literal.size()));
    literal.clear();
    if (rc != SQLITE_OK)
        return db.errorFor(rc);

    if (Status s = db.exec(kCipherSettings); !s)
        return s.error();
    // The first read decrypts page 1: a wrong key or damaged page fails here.
    rc = sqlite3_exec(db.m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return db.errorFor(rc);
    if (Status s = db.exec(kConnectionSettings); !s)
        return s.error();
    return db;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status Database::exec(const char *sql)
{
    if (!m_db)
        return makeError(ErrorCode::Locked, QCoreApplication::translate("vitae", "The vault is locked."));
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc);
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    if (!m_db)
        return makeError(ErrorCode::Locked, QCoreApplication::translate("vitae", "The vault is locked."));
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc);
    return Statement(this, stmt);
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

Status Database::deleteById(const char *table, qint64 id, const QString &notFound)
{
    const QByteArray sql = QByteArray("DELETE FROM ") + table + " WHERE id = ?;";
    Result<Statement> del = prepare(sql.constData());
    if (!del)
        return del.error();
    del->bind(1, id);
    if (Status s = del->run(); !s)
        return s;
    if (changes() == 0)
        return makeError(ErrorCode::NotFound, notFound);
    return {};
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

Error Database::errorFor(int rc) const
{
    return makeError(codeFor(rc),
                     QCoreApplication::translate("vitae", "Vault database %1: %2.").arg(QFileInfo(m_path).fileName(), explain(rc)));
}

Database::Transaction::Transaction(Database &db) : m_db(db) {}

Database::Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec("ROLLBACK;");
}

Status Database::Transaction::begin()
{
    // IMMEDIATE takes the write lock now, so a conflict shows up before any work.
    Status s = m_db.exec("BEGIN IMMEDIATE;");
    m_active = s.ok();
    return s;
}

Status Database::Transaction::commit()
{
    Status s = m_db.exec("COMMIT;");
    if (s)
        m_active = false;
    return s;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_stmt, position, value);
}

void Statement::bind(int position, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, position);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, position, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int position, QByteArrayView blob)
{
    // A zero-length blob must stay a blob, not NULL: pass a valid pointer.
    static const char empty = 0;
    sqlite3_bind_blob64(m_stmt, position, blob.isEmpty() ? &empty : blob.data(),
                        sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int position)
{
    sqlite3_bind_null(m_stmt, position);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->errorFor(sqlite3_extended_errcode(sqlite3_db_handle(m_stmt)));
}

Status Statement::run()
{
    for (;;) {
        Result<bool> row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return QByteArray();
    return QByteArray(static_cast<const char *>(data), size);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void Statement::bindText(int position, QByteArrayView utf8)
{
    static const char empty = 0; // an empty text stays text, not NULL
    sqlite3_bind_text64(m_stmt, position, utf8.isEmpty() ? &empty : utf8.data(), sqlite3_uint64(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bindReal(int position, double value)
{
    sqlite3_bind_double(m_stmt, position, value);
}

Statement::ColumnType Statement::columnType(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return ColumnType::Integer;
    case SQLITE_FLOAT: return ColumnType::Real;
    case SQLITE_TEXT: return ColumnType::Text;
    case SQLITE_BLOB: return ColumnType::Blob;
    default: return ColumnType::Null;
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::textBytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QByteArray();
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace vitae::vault
