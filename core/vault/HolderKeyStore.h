// The holder's keys: the default one the vault made, and keys the learner
// brought from another wallet (so credentials issued to those DIDs can still
// be presented). Secret seeds never leave this class except as key pairs.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"

#include <QDateTime>
#include <optional>

namespace vitae::vault {

class Database;

struct HolderKeyInfo {
    QString did;
    bool isDefault = false;
    QDateTime createdAt;
};

class HolderKeyStore {
public:
    explicit HolderKeyStore(Database &db) : m_db(db) {}

    // Adds a (non-default) Ed25519 key under its did:key. Returns false when
    // the vault holds that DID already (nothing changes).
    Result<bool> add(const crypto::Ed25519KeyPair &key);
    Result<QList<HolderKeyInfo>> all();
    // The key pair of `did`, if the vault holds it.
    Result<std::optional<crypto::Ed25519KeyPair>> keyFor(const QString &did);

private:
    Database &m_db;
};

} // namespace vitae::vault
