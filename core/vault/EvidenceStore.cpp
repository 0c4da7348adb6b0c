#include "vault/EvidenceStore.h"

#include "crypto/Sodium.h"
#include "vault/Database.h"
#include "vault/Timestamps.h"

#include <QCoreApplication>

namespace vitae::vault {

namespace {
EvidenceRecord readEvidence(const Statement &row, bool withData)
{
    EvidenceRecord record;
    record.id = row.int64(0);
    record.credentialId = row.isNull(1) ? 0 : row.int64(1);
    record.name = row.text(2);
    record.mediaType = row.text(3);
    record.sha256 = row.blob(4);
    record.size = row.int64(5);
    record.addedAt = fromStored(row.text(6));
    if (withData)
        record.data = row.blob(7);
    return record;
}
} // namespace

Result<qint64> EvidenceStore::add(EvidenceRecord record, qint64 maxBytes)
{
    if (record.data.size() > maxBytes)
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "The file \"%1\" is %2 MB; evidence files may be at most %3 MB.")
                                 .arg(record.name)
                                 .arg(double(record.data.size()) / (1024 * 1024), 0, 'f', 1)
                                 .arg(maxBytes / (1024 * 1024)));
    if (record.name.isEmpty() || record.mediaType.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "An evidence file needs a name and a media type."));
    Result<Statement> insert = m_db.prepare(
            "INSERT INTO evidence (credential_ref, name, media_type, sha256, size, data, added_at) "
            "VALUES (?,?,?,?,?,?,?);");
    if (!insert)
        return insert.error();
    if (record.credentialId > 0)
        insert->bind(1, record.credentialId);
    else
        insert->bindNull(1);
    insert->bind(2, record.name);
    insert->bind(3, record.mediaType);
    insert->bind(4, QByteArrayView(crypto::sha256(record.data)));
    insert->bind(5, qint64(record.data.size()));
    insert->bind(6, QByteArrayView(record.data));
    insert->bind(7, toStored(record.addedAt.isValid() ? record.addedAt : QDateTime::currentDateTimeUtc()));
    if (Status s = insert->run(); !s)
        return s.error();
    return m_db.lastInsertRowId();
}

Result<QList<EvidenceRecord>> EvidenceStore::listFor(qint64 credentialId)
{
    Result<Statement> select = m_db.prepare(
            "SELECT id, credential_ref, name, media_type, sha256, size, added_at FROM evidence "
            "WHERE credential_ref IS ? ORDER BY id;");
    if (!select)
        return select.error();
    if (credentialId > 0)
        select->bind(1, credentialId);
    else
        select->bindNull(1);
    QList<EvidenceRecord> records;
    for (;;) {
        Result<bool> row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return records;
        records.append(readEvidence(*select, false));
    }
}

Result<EvidenceRecord> EvidenceStore::get(qint64 id)
{
    Result<Statement> select = m_db.prepare(
            "SELECT id, credential_ref, name, media_type, sha256, size, added_at, data FROM evidence WHERE id = ?;");
    if (!select)
        return select.error();
    select->bind(1, id);
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("vitae", "There is no evidence file number %1.").arg(id));
    EvidenceRecord record = readEvidence(*select, true);
    if (crypto::sha256(record.data) != record.sha256)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("vitae", "Evidence file \"%1\" does not match its stored digest.").arg(record.name));
    return record;
}

Status EvidenceStore::remove(qint64 id)
{
    return m_db.deleteById("evidence", id, QCoreApplication::translate("vitae", "There is no evidence file number %1.").arg(id));
}

} // namespace vitae::vault
