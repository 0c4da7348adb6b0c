#include "backup/Records.h"

#include "backup/ChunkStream.h"
#include "common/BigEndian.h"
#include "crypto/Sodium.h"

#include <QtEndian>
#include <QCoreApplication>

#include <cstring>

namespace vitae::backup {

namespace {

using ColumnType = vault::Statement::ColumnType;

enum ValueType : quint8 { Null = 0, Integer = 1, Real = 2, Text = 3, Blob = 4 };

void putName(QByteArray &out, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    appendBigEndian<quint16>(out, quint16(utf8.size()));
    out.append(utf8);
}

Error malformed(const QString &why)
{
    // The bytes passed authentication, so only a faulty writer makes these.
    return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The backup's contents are malformed: %1").arg(why));
}

// Bounds-checked reading of a record body.
class Cursor {
public:
    explicit Cursor(QByteArrayView data) : m_data(data) {}

    template <typename T>
    bool get(T &value)
    {
        if (m_data.size() - m_position < qsizetype(sizeof(T)))
            return false;
        value = qFromBigEndian<T>(m_data.data() + m_position);
        m_position += sizeof(T);
        return true;
    }
    bool take(qsizetype size, QByteArrayView &bytes)
    {
        if (size < 0 || m_data.size() - m_position < size)
            return false;
        bytes = m_data.sliced(m_position, size);
        m_position += size;
        return true;
    }
    bool atEnd() const { return m_position == m_data.size(); }

private:
    QByteArrayView m_data;
    qsizetype m_position = 0;
};

bool getName(Cursor &cursor, QString &name)
{
    quint16 size = 0;
    QByteArrayView bytes;
    if (!cursor.get(size) || size == 0 || !cursor.take(size, bytes))
        return false;
    name = QString::fromUtf8(bytes);
    return true;
}

} // namespace

RecordWriter::~RecordWriter()
{
    crypto::wipe(m_body);
}

Status RecordWriter::writeRecord(RecordKind kind)
{
    if (m_body.size() > kMaxRecordBytes)
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "An item in the vault is too large to back up (%1 MB).")
                                 .arg(m_body.size() / (1024 * 1024)));
    char prefix[5];
    prefix[0] = char(kind);
    qToBigEndian(quint32(m_body.size()), prefix + 1);
    Status status = m_out.write(QByteArrayView(prefix, 5));
    if (status)
        status = m_out.write(m_body);
    if (!m_body.isEmpty())
        crypto::wipe(m_body);
    return status;
}

Status RecordWriter::manifest(const QByteArray &json)
{
    m_body = json;
    return writeRecord(RecordKind::Manifest);
}

Status RecordWriter::table(const TableStart &table)
{
    m_body.clear();
    putName(m_body, table.name);
    appendBigEndian<quint16>(m_body, quint16(table.columns.size()));
    for (const QString &column : table.columns)
        putName(m_body, column);
    return writeRecord(RecordKind::Table);
}

Status RecordWriter::row(const vault::Statement &row)
{
    const int columns = row.columnCount();
    appendBigEndian<quint16>(m_body, quint16(columns));
    for (int i = 0; i < columns; ++i) {
        switch (row.columnType(i)) {
        case ColumnType::Null:
            appendBigEndian<quint8>(m_body, Null);
            break;
        case ColumnType::Integer:
            appendBigEndian<quint8>(m_body, Integer);
            appendBigEndian<qint64>(m_body, row.int64(i));
            break;
        case ColumnType::Real: {
            const double value = row.real(i);
            quint64 bits = 0;
            std::memcpy(&bits, &value, sizeof bits);
            appendBigEndian<quint8>(m_body, Real);
            appendBigEndian<quint64>(m_body, bits);
            break;
        }
        case ColumnType::Text:
        case ColumnType::Blob: {
            const bool text = row.columnType(i) == ColumnType::Text;
            QByteArray bytes = text ? row.textBytes(i) : row.blob(i);
            appendBigEndian<quint8>(m_body, text ? Text : Blob);
            appendBigEndian<quint32>(m_body, quint32(bytes.size()));
            m_body.append(bytes);
            crypto::wipe(bytes);
            break;
        }
        }
    }
    return writeRecord(RecordKind::Row);
}

Status RecordWriter::tableEnd(quint64 rows)
{
    appendBigEndian<quint64>(m_body, rows);
    return writeRecord(RecordKind::TableEnd);
}

Status RecordWriter::end(quint32 tables)
{
    appendBigEndian<quint32>(m_body, tables);
    return writeRecord(RecordKind::End);
}

Result<Record> RecordReader::next()
{
    char prefix[5];
    if (Status s = m_in.read(prefix, 5); !s)
        return s.error();
    Record record;
    record.kind = quint8(prefix[0]);
    const quint32 size = qFromBigEndian<quint32>(prefix + 1);
    if (size > quint32(kMaxRecordBytes))
        return malformed(QStringLiteral("a record of %1 bytes is larger than allowed.").arg(size));
    // Grow as the bytes arrive rather than trusting the length up front.
    constexpr qsizetype step = 1024 * 1024;
    while (record.body.size() < qsizetype(size)) {
        const qsizetype have = record.body.size();
        const qsizetype take = qMin(step, qsizetype(size) - have);
        record.body.resize(have + take);
        if (Status s = m_in.read(record.body.data() + have, take); !s) {
            crypto::wipe(record.body);
            return s.error();
        }
    }
    return record;
}

Result<TableStart> parseTable(QByteArrayView body)
{
    Cursor cursor(body);
    TableStart table;
    quint16 columns = 0;
    if (!getName(cursor, table.name) || !cursor.get(columns))
        return malformed(QStringLiteral("a table record is cut short."));
    if (columns == 0 || columns > kMaxColumns)
        return malformed(QStringLiteral("table %1 has %2 columns.").arg(table.name).arg(columns));
    for (int i = 0; i < columns; ++i) {
        QString column;
        if (!getName(cursor, column))
            return malformed(QStringLiteral("table %1's column names are cut short.").arg(table.name));
        if (table.columns.contains(column))
            return malformed(QStringLiteral("table %1 names column %2 twice.").arg(table.name, column));
        table.columns.append(column);
    }
    if (!cursor.atEnd())
        return malformed(QStringLiteral("table %1's record has extra bytes.").arg(table.name));
    return table;
}

Result<QList<FieldValue>> parseRow(QByteArrayView body)
{
    Cursor cursor(body);
    quint16 count = 0;
    if (!cursor.get(count) || count > kMaxColumns)
        return malformed(QStringLiteral("a row record is invalid."));
    QList<FieldValue> values(count);
    for (FieldValue &value : values) {
        quint8 type = 0;
        if (!cursor.get(type))
            return malformed(QStringLiteral("a row is cut short."));
        switch (type) {
        case Null:
            value.type = ColumnType::Null;
            break;
        case Integer:
            value.type = ColumnType::Integer;
            if (!cursor.get(value.integer))
                return malformed(QStringLiteral("a row is cut short."));
            break;
        case Real: {
            quint64 bits = 0;
            if (!cursor.get(bits))
                return malformed(QStringLiteral("a row is cut short."));
            std::memcpy(&value.real, &bits, sizeof bits);
            value.type = ColumnType::Real;
            break;
        }
        case Text:
        case Blob: {
            quint32 size = 0;
            QByteArrayView bytes;
            if (!cursor.get(size) || !cursor.take(qsizetype(size), bytes))
                return malformed(QStringLiteral("a row is cut short."));
            value.type = type == Text ? ColumnType::Text : ColumnType::Blob;
            value.bytes = bytes.toByteArray();
            break;
        }
        default:
            return malformed(QStringLiteral("a value has the unknown type %1.").arg(type));
        }
    }
    if (!cursor.atEnd())
        return malformed(QStringLiteral("a row record has extra bytes."));
    return values;
}

Result<quint64> parseCount(QByteArrayView body, int bytes)
{
    Cursor cursor(body);
    quint64 count = 0;
    bool ok = false;
    if (bytes == 8) {
        ok = cursor.get(count);
    } else {
        quint32 small = 0;
        ok = cursor.get(small);
        count = small;
    }
    if (!ok || !cursor.atEnd())
        return malformed(QStringLiteral("a count record is invalid."));
    return count;
}

} // namespace vitae::backup
