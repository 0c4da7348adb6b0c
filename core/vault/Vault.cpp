#include "vault/Vault.h"

#include "crypto/Aead.h"
#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "vault/Schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QCoreApplication>

namespace vitae::vault {

namespace {
// The database is built under this name and renamed into place only after
// the header exists, so a crash during creation never leaves a header
// pointing at a half-made database (nor a database with no way to open it).
const QString kCreatingSuffix = QStringLiteral(".creating");

Error ioError(const QString &what)
{
    return makeError(ErrorCode::Io, what);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

Vault::Vault(QString folder) : m_folder(QDir::cleanPath(QDir(folder).absolutePath())) {}

Vault::~Vault()
{
    lock();
}

QString Vault::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/vault");
}

QString Vault::headerPath() const
{
    return m_folder + QLatin1Char('/') + QLatin1String(HeaderFileName);
}

QString Vault::databasePath() const
{
    return m_folder + QLatin1Char('/') + QLatin1String(DatabaseFileName);
}

bool Vault::exists() const
{
    return QFileInfo::exists(headerPath());
}

Status Vault::acquireLock()
{
    if (m_lockFile)
        return {};
    auto lockFile = std::make_unique<QLockFile>(m_folder + QLatin1Char('/') + QLatin1String(LockFileName));
    // A lock left by a process that died is recognised by its PID; age alone
    // never makes a live process's lock stale.
    lockFile->setStaleLockTime(0);
    if (lockFile->tryLock(0)) {
        m_lockFile = std::move(lockFile);
        return {};
    }
    if (lockFile->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lockFile->getLockInfo(&pid, &host, &app);
        return makeError(ErrorCode::InUse,
                         QCoreApplication::translate("vitae", "The vault in %1 is in use by another Vitae process (pid %2). "
                                        "Close it there first.")
                                 .arg(QDir::toNativeSeparators(m_folder))
                                 .arg(pid));
    }
    return ioError(QCoreApplication::translate("vitae", "The vault folder %1 is not writable.").arg(QDir::toNativeSeparators(m_folder)));
}

void Vault::releaseLock()
{
    m_lockFile.reset(); // unlocks
}

bool Vault::isInUseElsewhere() const
{
    if (m_lockFile)
        return false;
    QLockFile probe(m_folder + QLatin1Char('/') + QLatin1String(LockFileName));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

Result<VaultHeader> Vault::readHeader() const
{
    QFile file(headerPath());
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("vitae", "There is no vault in %1.").arg(QDir::toNativeSeparators(m_folder)));
    if (!file.open(QIODevice::ReadOnly))
        return ioError(QCoreApplication::translate("vitae", "The vault header %1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(headerPath()), file.errorString()));
    // A header is 152 bytes; reading a bounded amount keeps a hostile file harmless.
    return VaultHeader::parse(file.read(64 * 1024), QDir::toNativeSeparators(headerPath()));
}

Status Vault::writeHeader(const VaultHeader &header)
{
    QSaveFile file(headerPath());
    const QByteArray bytes = header.serialize();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ioError(QCoreApplication::translate("vitae", "The vault header %1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(headerPath()), file.errorString()));
    return {};
}

Result<crypto::SecureBuffer> Vault::unwrapDataKey(const VaultHeader &header, QByteArrayView passphrase,
                                                  qint64 *kdfMs) const
{
    QElapsedTimer timer;
    timer.start();
    Result<crypto::SecureBuffer> wrapKey = crypto::deriveKey(passphrase, header.salt, header.kdf);
    if (kdfMs)
        *kdfMs = timer.elapsed();
    if (!wrapKey)
        return wrapKey.error();
    Result<crypto::SecureBuffer> dataKey =
            crypto::aeadDecrypt(*wrapKey, header.nonce, header.wrappedKey, header.associatedData());
    if (!dataKey || dataKey->size() != 32)
        return makeError(ErrorCode::WrongPassphrase, QCoreApplication::translate("vitae", "The passphrase is not correct."));
    return dataKey;
}

static VaultHeader wrapDataKey(const crypto::SecureBuffer &dataKey, const crypto::SecureBuffer &wrapKey,
                               VaultHeader header)
{
    header.nonce = crypto::randomBytes(crypto::kAeadNonceBytes);
    header.wrappedKey = crypto::aeadEncrypt(wrapKey, header.nonce, dataKey.view(), header.associatedData());
    return header;
}

Status Vault::create(QByteArrayView passphrase, const crypto::KdfParams &kdf)
{
    return createWith(passphrase, kdf, {});
}

Status Vault::createWith(QByteArrayView passphrase, const crypto::KdfParams &kdf, const DatabaseFiller &fill)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Choose a passphrase for the vault."));
    if (Status s = crypto::checkKdfParams(kdf); !s)
        return s;
    if (isUnlocked())
        return makeError(ErrorCode::AlreadyExists, QCoreApplication::translate("vitae", "This vault is already open."));
    if (!QDir().mkpath(m_folder))
        return ioError(QCoreApplication::translate("vitae", "The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder)));
    // Encrypted or not, the vault's files are nobody else's business.
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (Status s = acquireLock(); !s)
        return s;

    const QString creatingPath = databasePath() + kCreatingSuffix;
    // Files under the creating name were never part of a vault (there is no
    // header for them), so removing them loses nothing.
    auto removeCreatingFiles = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                      QStringLiteral("-shm")})
            QFile::remove(creatingPath + suffix);
    };
    auto fail = [&](Status status) {
        m_db.close();
        removeCreatingFiles();
        releaseLock();
        return status;
    };

    if (exists() || QFileInfo::exists(databasePath())) {
        releaseLock();
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate("vitae", "The folder %1 already holds a vault; it was left untouched.")
                                 .arg(QDir::toNativeSeparators(m_folder)));
    }
    removeCreatingFiles();
    // A device slot left from an earlier vault in this folder cannot open
    // the new one: a new vault is never remembered until asked to be.
    QFile::remove(deviceSlotPath());

    VaultHeader header;
    header.kdf = kdf;
    header.salt = crypto::randomBytes(crypto::kKdfSaltBytes);
    crypto::SecureBuffer dataKey = crypto::SecureBuffer::fromBytes(crypto::randomBytes(32));
    {
        Result<crypto::SecureBuffer> wrapKey = crypto::deriveKey(passphrase, header.salt, kdf);
        if (!wrapKey)
            return fail(wrapKey.error());
        header = wrapDataKey(dataKey, *wrapKey, header);
    }

    Result<Database> db = Database::open(creatingPath, dataKey, /*create=*/true);
    if (!db)
        return fail(db.error());
    m_db = std::move(*db);
    if (fill) {
        if (Status s = fill(m_db); !s)
            return fail(s);
    } else {
        if (Status s = schema::migrate(m_db); !s)
            return fail(s);
        if (Status s = createHolderKey(); !s)
            return fail(s);
    }
    m_db.close();

    if (Status s = writeHeader(header); !s)
        return fail(s);
    if (!QFile::rename(creatingPath, databasePath())) {
        QFile::remove(headerPath());
        return fail(ioError(QCoreApplication::translate("vitae", "The vault database could not be put in place in %1.")
                                    .arg(QDir::toNativeSeparators(m_folder))));
    }
    return openDatabase(dataKey, false);
}

Status Vault::unlock(QByteArrayView passphrase)
{
    if (isUnlocked())
        return {};
    Result<VaultHeader> header = readHeader();
    if (!header)
        return header.error();
    if (Status s = acquireLock(); !s)
        return s;

    QElapsedTimer timer;
    timer.start();
    Result<crypto::SecureBuffer> dataKey = unwrapDataKey(*header, passphrase, &m_timings.kdfMs);
    if (!dataKey) {
        releaseLock();
        return dataKey.error();
    }
    // Finish a creation interrupted between writing the header and renaming.
    const QString creatingPath = databasePath() + kCreatingSuffix;
    if (!QFileInfo::exists(databasePath()) && QFileInfo::exists(creatingPath))
        QFile::rename(creatingPath, databasePath());

    Status opened = openDatabase(*dataKey, false);
    m_timings.openMs = timer.elapsed() - m_timings.kdfMs;
    return opened;
}

Status Vault::openDatabase(const crypto::SecureBuffer &dataKey, bool create)
{
    Result<Database> db = Database::open(databasePath(), dataKey, create);
    Status status = db ? Status() : Status(db.error());
    if (status) {
        m_db = std::move(*db);
        // WAL: readers never block the writer, and a killed process leaves
        // only a log that the next open replays or discards whole.
        status = m_db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    }
    if (status)
        status = schema::migrate(m_db);
    if (status)
        status = loadHolderKey();
    if (status)
        m_dataKey = crypto::SecureBuffer::fromBytes(dataKey.view());
    if (!status)
        lock();
    return status;
}

void Vault::lock()
{
    m_db.close();
    m_holderKey = crypto::Ed25519KeyPair();
    m_holderDid.clear();
    m_dataKey.clear();
    releaseLock();
}

QString Vault::deviceSlotPath() const
{
    return DeviceSlot::pathIn(m_folder);
}

bool Vault::hasDeviceSlot() const
{
    return QFileInfo::exists(deviceSlotPath());
}

Status Vault::rememberOnDevice(const crypto::SecureBuffer &deviceKey)
{
    if (!isUnlocked() || m_dataKey.isNull())
        return makeError(ErrorCode::Locked, QCoreApplication::translate("vitae", "Open the vault before remembering it on this device."));
    Result<DeviceSlot> slot = DeviceSlot::wrap(m_dataKey, deviceKey);
    if (!slot)
        return slot.error();
    return slot->write(deviceSlotPath());
}

Status Vault::unlockWithDeviceKey(const crypto::SecureBuffer &deviceKey)
{
    if (isUnlocked())
        return {};
    // The header is read only to refuse a vault that is missing or too new;
    // its passphrase wrap is not used.
    Result<VaultHeader> header = readHeader();
    if (!header)
        return header.error();
    Result<DeviceSlot> slot = DeviceSlot::read(deviceSlotPath());
    if (!slot)
        return slot.error();
    Result<crypto::SecureBuffer> dataKey = slot->unwrap(deviceKey);
    if (!dataKey)
        return dataKey.error();
    if (Status s = acquireLock(); !s)
        return s;
    QElapsedTimer timer;
    timer.start();
    m_timings.kdfMs = 0;
    Status opened = openDatabase(*dataKey, false);
    m_timings.openMs = timer.elapsed();
    if (!opened && opened.code() == ErrorCode::Corrupt)
        // The slot opened, yet its key does not open the database: the
        // slot belongs to another vault (or the database is damaged).
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("vitae", "The key remembered on this device does not open the vault database (%1).")
                                 .arg(opened.message()));
    return opened;
}

Status Vault::forgetDevice()
{
    if (!hasDeviceSlot())
        return {};
    if (!QFile::remove(deviceSlotPath()))
        return ioError(QCoreApplication::translate("vitae", "The device slot %1 could not be removed.")
                               .arg(QDir::toNativeSeparators(deviceSlotPath())));
    return {};
}

Status Vault::changePassphrase(QByteArrayView current, QByteArrayView next, const crypto::KdfParams &kdf)
{
    if (next.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("vitae", "Choose a new passphrase."));
    if (Status s = crypto::checkKdfParams(kdf); !s)
        return s;
    Result<VaultHeader> header = readHeader();
    if (!header)
        return header.error();
    const bool hadLock = bool(m_lockFile);
    if (Status s = acquireLock(); !s)
        return s;
    auto done = [&](Status status) {
        if (!hadLock)
            releaseLock();
        return status;
    };

    Result<crypto::SecureBuffer> dataKey = unwrapDataKey(*header, current);
    if (!dataKey)
        return done(dataKey.error());
    VaultHeader rewrapped = *header;
    rewrapped.major = VaultHeader::CurrentMajor;
    rewrapped.minor = VaultHeader::CurrentMinor;
    rewrapped.kdf = kdf;
    rewrapped.salt = crypto::randomBytes(crypto::kKdfSaltBytes);
    Result<crypto::SecureBuffer> wrapKey = crypto::deriveKey(next, rewrapped.salt, kdf);
    if (!wrapKey)
        return done(wrapKey.error());
    return done(writeHeader(wrapDataKey(*dataKey, *wrapKey, rewrapped)));
}

Status Vault::createHolderKey()
{
    const crypto::Ed25519KeyPair key = crypto::Ed25519KeyPair::generate();
    Result<Statement> insert = m_db.prepare(
            "INSERT INTO holder_keys (did, key_type, public_key, secret_seed, is_default, created_at) "
            "VALUES (?, 'Ed25519', ?, ?, 1, ?);");
    if (!insert)
        return insert.error();
    insert->bind(1, did::didKeyFromEd25519(key.publicKey()));
    insert->bind(2, QByteArrayView(key.publicKey()));
    insert->bind(3, key.seed().view());
    insert->bind(4, nowText());
    return insert->run();
}

Status Vault::loadHolderKey()
{
    Result<Statement> select = m_db.prepare(
            "SELECT did, secret_seed FROM holder_keys WHERE is_default = 1 ORDER BY id LIMIT 1;");
    if (!select)
        return select.error();
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The vault has no holder key."));
    QByteArray seed = select->blob(1);
    Result<crypto::Ed25519KeyPair> key = crypto::Ed25519KeyPair::fromSeed(seed);
    crypto::wipe(seed);
    if (!key)
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The vault's holder key is damaged."));
    m_holderKey = std::move(*key);
    m_holderDid = did::didKeyFromEd25519(m_holderKey.publicKey());
    if (m_holderDid != select->text(0))
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The vault's holder key does not match its DID."));
    return {};
}

Result<int> Vault::schemaVersion()
{
    return schema::version(m_db);
}

Result<VaultCounts> Vault::counts()
{
    Result<Statement> select = m_db.prepare(
            "SELECT (SELECT count(*) FROM credentials), (SELECT count(*) FROM evidence), "
            "(SELECT count(*) FROM tags), (SELECT count(*) FROM share_log), (SELECT count(*) FROM holder_keys);");
    if (!select)
        return select.error();
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    return VaultCounts{select->int64(0), select->int64(1), select->int64(2), select->int64(3), select->int64(4)};
}

Status Vault::integrityCheck()
{
    Result<Statement> check = m_db.prepare("PRAGMA integrity_check;");
    if (!check)
        return check.error();
    Result<bool> row = check->step();
    if (!row)
        return row.error();
    const QString verdict = *row ? check->text(0) : QString();
    if (verdict != QLatin1String("ok"))
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("vitae", "The vault database %1 failed its integrity check: %2")
                                                     .arg(QDir::toNativeSeparators(databasePath()), verdict));
    return {};
}

CredentialStore Vault::credentials()
{
    return CredentialStore(m_db);
}

EvidenceStore Vault::evidence()
{
    return EvidenceStore(m_db);
}

TagStore Vault::tags()
{
    return TagStore(m_db);
}

ShareLog Vault::shares()
{
    return ShareLog(m_db);
}

HolderKeyStore Vault::holderKeys()
{
    return HolderKeyStore(m_db);
}

} // namespace vitae::vault
