#include "vault/HolderKeyStore.h"

#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "vault/Database.h"
#include "vault/Timestamps.h"

#include <QCoreApplication>

namespace vitae::vault {

Result<bool> HolderKeyStore::add(const crypto::Ed25519KeyPair &key)
{
    Result<Statement> insert = m_db.prepare(
            "INSERT OR IGNORE INTO holder_keys (did, key_type, public_key, secret_seed, is_default, created_at) "
            "VALUES (?, 'Ed25519', ?, ?, 0, ?);");
    if (!insert)
        return insert.error();
    insert->bind(1, did::didKeyFromEd25519(key.publicKey()));
    insert->bind(2, QByteArrayView(key.publicKey()));
    insert->bind(3, key.seed().view());
    insert->bind(4, toStored(QDateTime::currentDateTimeUtc()));
    if (Status ran = insert->run(); !ran)
        return ran.error();
    return m_db.changes() > 0;
}

Result<QList<HolderKeyInfo>> HolderKeyStore::all()
{
    Result<Statement> select = m_db.prepare("SELECT did, is_default, created_at FROM holder_keys ORDER BY id;");
    if (!select)
        return select.error();
    QList<HolderKeyInfo> keys;
    for (;;) {
        Result<bool> row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return keys;
        keys.append({select->text(0), select->int64(1) != 0, fromStored(select->text(2))});
    }
}

Result<std::optional<crypto::Ed25519KeyPair>> HolderKeyStore::keyFor(const QString &did)
{
    Result<Statement> select = m_db.prepare("SELECT secret_seed FROM holder_keys WHERE did = ?;");
    if (!select)
        return select.error();
    select->bind(1, did);
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<crypto::Ed25519KeyPair>();
    QByteArray seed = select->blob(0);
    Result<crypto::Ed25519KeyPair> key = crypto::Ed25519KeyPair::fromSeed(seed);
    crypto::wipe(seed);
    if (!key || did::didKeyFromEd25519(key->publicKey()) != did)
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The vault's key for %1 is damaged.").arg(did));
    return std::optional<crypto::Ed25519KeyPair>(std::move(*key));
}

} // namespace vitae::vault
