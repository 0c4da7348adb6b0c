// Credentials in the vault: add (each one atomic), list, search, read, delete.
#pragma once

#include "common/Result.h"
#include "vault/VaultTypes.h"

namespace vitae::vault {

class Database;

class CredentialStore {
public:
    explicit CredentialStore(Database &db) : m_db(db) {}

    // Stores the exact bytes and summary. A credential with the same bytes or
    // the same credential id is refused with AlreadyExists.
    Result<qint64> add(CredentialRecord record);
    // Adds all or none, in one transaction.
    Result<QList<qint64>> addAll(QList<CredentialRecord> records);
    // The id of a stored credential with these bytes or this credential id, or 0.
    Result<qint64> findDuplicate(QByteArrayView raw, const QString &credentialId);

    Result<QList<CredentialSummary>> list();
    // Full-text search over name, issuer, description and types. Every word
    // of the query must match (as a prefix).
    Result<QList<CredentialSummary>> search(const QString &query);
    Result<CredentialRecord> get(qint64 id);
    Status remove(qint64 id);
    Status setVerification(qint64 id, const QString &status, const QByteArray &json, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace vitae::vault
