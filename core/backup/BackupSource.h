// An opened backup file: header parsed, passphrase checked, stream started
// and manifest read. Shared by inspect and restore, so both refuse the same
// things with the same sentences before doing any work.
#pragma once

#include "backup/Backup.h"
#include "backup/ChunkStream.h"
#include "backup/Records.h"

#include <QFile>

#include <memory>

namespace vitae::backup {

class BackupSource {
public:
    static Result<std::unique_ptr<BackupSource>> open(const QString &path, QByteArrayView passphrase);

    const BackupInfo &info() const { return m_info; }
    RecordReader &records() { return m_records; }
    ChunkReader &chunks() { return m_chunks; }
    qint64 fileSize() const { return m_file.size(); }

    // Visits every table and row after the manifest, checking the record
    // structure (row and table counts, the End record, nothing after it).
    struct Visitor {
        std::function<Status(const TableStart &)> table;
        std::function<Status(const QList<FieldValue> &)> row;
    };
    Status walk(const Visitor &visitor, const ProgressCallback &progress, const std::atomic_bool *cancel);

private:
    BackupSource(const QString &path, quint32 chunkSize);

    QFile m_file;
    ChunkReader m_chunks;
    RecordReader m_records;
    BackupInfo m_info;
};

} // namespace vitae::backup
