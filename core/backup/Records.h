// The payload's record encoding: self-describing, typed, versioned.
//
// A record is   u8 kind | u32 body length | body   (big-endian). Kinds:
//   1 Manifest  UTF-8 JSON object: payload version, schema version, counts...
//   2 Table     u16 name length, name; u16 column count; per column u16
//               length, name (UTF-8)
//   3 Row       u16 value count; per value u8 type and its bytes:
//               0 NULL | 1 INTEGER i64 | 2 REAL IEEE-754 binary64 |
//               3 TEXT u32 length, UTF-8 | 4 BLOB u32 length, bytes
//   4 TableEnd  u64 number of rows in the table
//   5 End       u32 number of tables; nothing may follow
// Readers skip kinds they do not know (a newer minor may add some).
#pragma once

#include "common/Result.h"
#include "vault/Database.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace vitae::backup {

class ChunkReader;
class ChunkWriter;

enum class RecordKind : quint8 { Manifest = 1, Table = 2, Row = 3, TableEnd = 4, End = 5 };

constexpr qsizetype kMaxRecordBytes = 256 * 1024 * 1024;
constexpr qsizetype kMaxManifestBytes = 1024 * 1024;
constexpr int kMaxColumns = 1000;

struct FieldValue {
    vault::Statement::ColumnType type = vault::Statement::ColumnType::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes; // TEXT (UTF-8) or BLOB
};

struct TableStart {
    QString name;
    QStringList columns;
};

class RecordWriter {
public:
    explicit RecordWriter(ChunkWriter &out) : m_out(out) {}
    ~RecordWriter();

    Status manifest(const QByteArray &json);
    Status table(const TableStart &table);
    // The current row of `row`, every result column in order.
    Status row(const vault::Statement &row);
    Status tableEnd(quint64 rows);
    Status end(quint32 tables);

private:
    Status writeRecord(RecordKind kind);
    QByteArray m_body; // reused; wiped after each record (rows hold secrets)
    ChunkWriter &m_out;
};

struct Record {
    quint8 kind = 0;
    QByteArray body;
};

class RecordReader {
public:
    explicit RecordReader(ChunkReader &in) : m_in(in) {}
    // The next record; an error when the stream ends or breaks a limit.
    Result<Record> next();

private:
    ChunkReader &m_in;
};

// Body parsers for untrusted (if authenticated) bytes.
Result<TableStart> parseTable(QByteArrayView body);
Result<QList<FieldValue>> parseRow(QByteArrayView body);
Result<quint64> parseCount(QByteArrayView body, int bytes); // 8: TableEnd, 4: End

} // namespace vitae::backup
