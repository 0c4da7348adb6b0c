// The share log: what the learner disclosed, to whom, when. Append-only from
// the app's point of view.
#pragma once

#include "common/Result.h"
#include "vault/VaultTypes.h"

namespace vitae::vault {

class Database;

class ShareLog {
public:
    explicit ShareLog(Database &db) : m_db(db) {}

    Result<qint64> append(ShareRecord record);
    // Newest first.
    Result<QList<ShareRecord>> all();

private:
    Database &m_db;
};

} // namespace vitae::vault
