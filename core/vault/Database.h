// A thin RAII layer over SQLCipher's C API. Qt's QSQLITE plugin is never used:
// it links the system libsqlite3, whose symbols clash with libsqlcipher's.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace vitae::vault {

class Statement;

class Database {
public:
    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an encrypted database with a raw 256-bit key. `create` allows a
    // new file; otherwise a missing file is an error (a vault is never
    // silently replaced by an empty one). Verifies the key by reading the
    // schema, so a wrong key or a damaged first page fails here.
    static Result<Database> open(const QString &path, const crypto::SecureBuffer &rawKey, bool create);

    bool isOpen() const { return m_db != nullptr; }
    void close();
    QString path() const { return m_path; }

    Status exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    qint64 lastInsertRowId() const;
    // Deletes the row `id` of `table` (a constant name); NotFound with
    // `notFound` as the message when there is none.
    Status deleteById(const char *table, qint64 id, const QString &notFound);
    int changes() const;

    // An SQLite result code as a vitae Error naming the database file.
    Error errorFor(int rc) const;

    // RAII transaction: rolls back unless commit() succeeded.
    class Transaction {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        Status begin();
        Status commit();

    private:
        Database &m_db;
        bool m_active = false;
    };

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binding (1-based positions, as SQLite counts).
    void bind(int position, qint64 value);
    void bind(int position, const QString &value); // null QString binds NULL
    void bind(int position, QByteArrayView blob);
    void bindNull(int position);
    // Exact-type binding for generic copies (backup/restore): text as UTF-8
    // bytes, unchanged; a double as REAL.
    void bindText(int position, QByteArrayView utf8);
    void bindReal(int position, double value);

    // Steps once: true when a row is available, false when done.
    Result<bool> step();
    // Steps to completion, for statements without results.
    Status run();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    // The storage class of a result column in the current row, for code
    // that copies rows without knowing the schema (backup/restore).
    enum class ColumnType { Integer, Real, Text, Blob, Null };
    ColumnType columnType(int column) const;
    int columnCount() const;
    double real(int column) const;
    QByteArray textBytes(int column) const; // UTF-8 exactly as stored

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace vitae::vault
