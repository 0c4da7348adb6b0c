// One learner's encrypted vault: a folder holding the SQLCipher database, the
// header that wraps its key, and a lock file.
//
// Keying: a random 256-bit data key encrypts the database (SQLCipher raw
// key). The data key is wrapped with XChaCha20-Poly1305 under a key derived
// from the passphrase with Argon2id; see VaultHeader.h. Changing the
// passphrase rewrites only the header. Locking zeroes every key.
//
// Optionally the data key is also wrapped under a device key that the OS
// keychain keeps ("remember on this device", DeviceSlot.h); the vault only
// writes, reads and removes that slot, the keychain is the app's business.
//
// A Vault is not thread-safe: one thread (the app's vault worker) owns it.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"
#include "vault/CredentialStore.h"
#include "vault/Database.h"
#include "vault/DeviceSlot.h"
#include "vault/EvidenceStore.h"
#include "vault/HolderKeyStore.h"
#include "vault/ShareLog.h"
#include "vault/TagStore.h"
#include "vault/VaultHeader.h"
#include "vault/VaultTypes.h"

#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace vitae::vault {

struct UnlockTimings {
    qint64 kdfMs = 0;  // Argon2id
    qint64 openMs = 0; // unwrap, open, migrate, load keys
};

class Vault {
public:
    static constexpr const char *HeaderFileName = "vault.header";
    static constexpr const char *DatabaseFileName = "vault.db";
    static constexpr const char *LockFileName = "vault.lock";

    explicit Vault(QString folder);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    // <per-user app data>/vault, e.g. ~/.local/share/Vitae/vault.
    static QString defaultFolder();

    QString folder() const { return m_folder; }
    QString headerPath() const;
    QString databasePath() const;
    bool exists() const;

    // Creates a new vault; refuses a folder that already holds one (or any
    // part of one). Leaves the vault unlocked.
    Status create(QByteArrayView passphrase, const crypto::KdfParams &kdf = crypto::KdfParams::moderate());
    // As create(), but `fill` builds the new database's contents (schema and
    // rows, holder keys included) instead of a fresh schema and holder key:
    // restoring a backup. Any failure of `fill` leaves no vault behind.
    using DatabaseFiller = std::function<Status(Database &)>;
    Status createWith(QByteArrayView passphrase, const crypto::KdfParams &kdf, const DatabaseFiller &fill);
    Status unlock(QByteArrayView passphrase);
    void lock();

    // "Remember on this device". rememberOnDevice wraps the open vault's
    // data key under `deviceKey` into the slot file (replacing any earlier
    // slot); unlockWithDeviceKey opens the vault through the slot and
    // never touches the passphrase header; forgetDevice removes the slot.
    QString deviceSlotPath() const;
    bool hasDeviceSlot() const;
    Status rememberOnDevice(const crypto::SecureBuffer &deviceKey);
    Status unlockWithDeviceKey(const crypto::SecureBuffer &deviceKey);
    Status forgetDevice();
    bool isUnlocked() const { return m_db.isOpen(); }
    UnlockTimings lastUnlockTimings() const { return m_timings; }

    // Re-wraps the data key under a new passphrase (and optionally new KDF
    // limits). The database is not touched. Works locked or unlocked.
    Status changePassphrase(QByteArrayView current, QByteArrayView next,
                            const crypto::KdfParams &kdf = crypto::KdfParams::moderate());

    Result<VaultHeader> readHeader() const;
    // True when another process holds the vault open.
    bool isInUseElsewhere() const;

    // The holder's identity (valid while unlocked).
    QString holderDid() const { return m_holderDid; }
    const crypto::Ed25519KeyPair &holderKey() const { return m_holderKey; }

    Result<int> schemaVersion();
    Result<VaultCounts> counts();
    // PRAGMA integrity_check; Ok when the database reports "ok".
    Status integrityCheck();

    CredentialStore credentials();
    EvidenceStore evidence();
    TagStore tags();
    ShareLog shares();
    HolderKeyStore holderKeys();

    // For tests and migrations only.
    Database &database() { return m_db; }

private:
    Status acquireLock();
    void releaseLock();
    Status writeHeader(const VaultHeader &header);
    Result<crypto::SecureBuffer> unwrapDataKey(const VaultHeader &header, QByteArrayView passphrase,
                                               qint64 *kdfMs = nullptr) const;
    Status openDatabase(const crypto::SecureBuffer &dataKey, bool create);
    Status createHolderKey();
    Status loadHolderKey();

    QString m_folder;
    Database m_db;
    std::unique_ptr<QLockFile> m_lockFile;
    crypto::Ed25519KeyPair m_holderKey;
    QString m_holderDid;
    UnlockTimings m_timings;
    crypto::SecureBuffer m_dataKey; // while unlocked, for writing a device slot
};

} // namespace vitae::vault
