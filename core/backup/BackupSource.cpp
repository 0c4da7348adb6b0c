#include "backup/BackupSource.h"

#include "backup/BackupHeader.h"
#include "backup/BackupKeys.h"
#include "backup/Manifest.h"
#include "crypto/Sodium.h"

#include <QDir>
#include <QCoreApplication>

namespace vitae::backup {

namespace {
Error malformed(const QString &why)
{
    return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The backup's contents are malformed: %1").arg(why));
}
} // namespace

BackupSource::BackupSource(const QString &path, quint32 chunkSize)
    : m_file(path), m_chunks(m_file, chunkSize, QDir::toNativeSeparators(path)), m_records(m_chunks)
{
}

Result<std::unique_ptr<BackupSource>> BackupSource::open(const QString &path, QByteArrayView passphrase)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                         QCoreApplication::translate("vitae", "The backup %1 cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray prefix = file.read(14);
    Result<qsizetype> headerSize = BackupHeader::sizeFromPrefix(prefix, shown);
    if (!headerSize)
        return headerSize.error();
    const QByteArray headerBytes = prefix + file.read(*headerSize - prefix.size());
    Result<BackupHeader> header = BackupHeader::parse(headerBytes, shown);
    if (!header)
        return header.error();
    // Limits are checked before deriving: a hostile header could ask for
    // terabytes of memory.
    Result<BackupKeys> keys = BackupKeys::derive(passphrase, header->salt, header->kdf);
    if (!keys)
        return keys.error();
    if (!crypto::constantTimeEquals(keys->keyCheck, header->keyCheck))
        return makeError(ErrorCode::WrongPassphrase, QCoreApplication::translate("vitae", "The backup passphrase is not correct."));

    std::unique_ptr<BackupSource> source(new BackupSource(path, header->chunkSize));
    if (!source->m_file.open(QIODevice::ReadOnly) || !source->m_file.seek(*headerSize))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("vitae", "The backup %1 cannot be read: %2").arg(shown, source->m_file.errorString()));
    if (Status s = source->m_chunks.begin(keys->streamKey, header->streamHeader, headerBytes); !s)
        return s.error();

    Result<Record> first = source->m_records.next();
    if (!first)
        return first.error();
    if (first->kind != quint8(RecordKind::Manifest) || first->body.size() > kMaxManifestBytes)
        return malformed(QStringLiteral("it does not start with a manifest."));
    source->m_info.formatMajor = header->major;
    source->m_info.formatMinor = header->minor;
    source->m_info.kdf = header->kdf;
    if (Status s = readManifest(first->body, source->m_info); !s)
        return s.error();
    return source;
}

Status BackupSource::walk(const Visitor &visitor, const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    const QString cancelledText = QCoreApplication::translate("vitae", "The restore was cancelled; nothing was kept.");
    quint32 tables = 0;
    bool inTable = false;
    quint64 rowsInTable = 0;
    qint64 done = 0;
    if (progress)
        progress(0, m_info.totalRows);
    for (;;) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, cancelledText);
        Result<Record> record = m_records.next();
        if (!record)
            return record.error();
        switch (RecordKind(record->kind)) {
        case RecordKind::Manifest:
            return malformed(QStringLiteral("it has a second manifest."));
        case RecordKind::Table: {
            if (inTable)
                return malformed(QStringLiteral("a table starts before the previous one ended."));
            Result<TableStart> table = parseTable(record->body);
            if (!table)
                return table.error();
            if (Status s = visitor.table(*table); !s)
                return s;
            inTable = true;
            rowsInTable = 0;
            ++tables;
            break;
        }
        case RecordKind::Row: {
            if (!inTable)
                return malformed(QStringLiteral("a row comes outside any table."));
            Result<QList<FieldValue>> row = parseRow(record->body);
            crypto::wipe(record->body);
            if (!row)
                return row.error();
            Status s = visitor.row(*row);
            for (FieldValue &value : *row)
                crypto::wipe(value.bytes); // rows carry secret keys
            if (!s)
                return s;
            ++rowsInTable;
            ++done;
            if (progress && done % 256 == 0)
                progress(done, m_info.totalRows);
            break;
        }
        case RecordKind::TableEnd: {
            Result<quint64> rows = parseCount(record->body, 8);
            if (!rows)
                return rows.error();
            if (!inTable || *rows != rowsInTable)
                return malformed(QStringLiteral("a table's row count does not match its rows."));
            inTable = false;
            break;
        }
        case RecordKind::End: {
            Result<quint64> count = parseCount(record->body, 4);
            if (!count)
                return count.error();
            if (inTable || *count != tables)
                return malformed(QStringLiteral("its table count does not match its tables."));
            if (qint64(done) != m_info.totalRows)
                return malformed(QStringLiteral("it holds %1 rows where its manifest says %2.")
                                         .arg(done)
                                         .arg(m_info.totalRows));
            Result<bool> atEnd = m_chunks.atEnd();
            if (!atEnd)
                return atEnd.error();
            if (!*atEnd)
                return malformed(QStringLiteral("it has data after its end."));
            if (progress)
                progress(done, m_info.totalRows);
            return {};
        }
        default:
            break; // a kind from a newer minor: skipped
        }
    }
}

} // namespace vitae::backup
