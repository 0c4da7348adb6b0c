// Evidence files (PDFs, images, documents) kept encrypted in the vault with
// their SHA-256 and media type.
#pragma once

#include "common/Result.h"
#include "vault/VaultTypes.h"

namespace vitae::vault {

class Database;

class EvidenceStore {
public:
    // Files larger than this are refused; a vault is not a file server.
    static constexpr qint64 DefaultMaxBytes = 50 * 1024 * 1024;

    explicit EvidenceStore(Database &db) : m_db(db) {}

    Result<qint64> add(EvidenceRecord record, qint64 maxBytes = DefaultMaxBytes);
    // Listing without the file contents.
    Result<QList<EvidenceRecord>> listFor(qint64 credentialId);
    // One file with its contents, checked against its digest.
    Result<EvidenceRecord> get(qint64 id);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace vitae::vault
