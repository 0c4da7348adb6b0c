#include "gui/DeviceUnlock.h"

#include "crypto/Sodium.h"
#include "vault/DeviceSlot.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace vitae::gui {

Q_LOGGING_CATEGORY(lcDevice, "vitae.device")

namespace {
// Reading a name that is never written tells whether the keychain answers,
// without bringing the vault's device key into memory.
const QString kAvailabilityProbe = QStringLiteral("availability-check");

QString keychainProblem(QKeychain::Error code, const QString &detail)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return DeviceUnlock::tr("This device has no keychain that Vitae can use.");
    case QKeychain::AccessDeniedByUser:
        return DeviceUnlock::tr("The keychain was not unlocked.");
    case QKeychain::AccessDenied:
        return DeviceUnlock::tr("The keychain is locked or refused access.");
    default:
        return detail.isEmpty() ? DeviceUnlock::tr("The keychain did not answer.")
                                : DeviceUnlock::tr("The keychain did not answer (%1).").arg(detail);
    }
}

// Why unlocking on this device failed, and what to do instead.
QString unlockProblem(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
        return DeviceUnlock::tr("The key in this device's keychain does not open this vault. Unlock with your "
                                "passphrase, then turn “Remember on this device” off and on again in Settings.");
    case ErrorCode::Corrupt:
        return DeviceUnlock::tr("This vault's device slot is damaged, so it cannot open the vault. Nothing else "
                                "was changed: unlock with your passphrase. (%1)")
                .arg(error.message);
    case ErrorCode::NotFound:
        return DeviceUnlock::tr("This vault is no longer remembered on this device. Unlock with your passphrase.");
    case ErrorCode::InUse:
        return DeviceUnlock::tr("This vault is open in another Vitae window or program. Close it there first.");
    case ErrorCode::VersionTooNew:
        return DeviceUnlock::tr("This vault was made by a newer version of Vitae. Update Vitae to open it.");
    default:
        return DeviceUnlock::tr("The vault could not be opened on this device: %1 Unlock with your passphrase.")
                .arg(error.message);
    }
}
} // namespace

DeviceUnlock::DeviceUnlock(VaultWorker &worker, QObject *parent)
    : ViewModel(parent), m_worker(worker)
{
    refreshRemembered(); // a file check only; the keychain is asked in load()
    connect(&m_worker, &VaultWorker::locked, this, [this] {
        setNotice(QString()); // said about the session that just ended
        refreshRemembered();
    });
    connect(&m_worker, &VaultWorker::opened, this, &DeviceUnlock::refreshRemembered);
}

QString DeviceUnlock::keychainKey() const
{
    return vault::DeviceSlot::keychainKeyFor(m_worker.folder());
}

void DeviceUnlock::refreshRemembered()
{
    const bool remembered = QFileInfo::exists(vault::DeviceSlot::pathIn(m_worker.folder()));
    if (m_remembered != remembered) {
        m_remembered = remembered;
        emit rememberedChanged();
    }
}

void DeviceUnlock::setAvailability(bool available, const QString &reason)
{
    m_available = available;
    m_unavailableReason = reason;
    m_checked = true;
    emit availabilityChanged();
}

void DeviceUnlock::startJob(QKeychain::Job *job, std::function<void(QKeychain::Job &)> finished)
{
    // Never QtKeychain's plain-file fallback: without a real keychain the
    // option is unavailable rather than a key lying in a settings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    // Not parented to this: the job deletes itself once finished, and the
    // connection dies with this object should it go first.
    connect(job, &QKeychain::Job::finished, this,
            [finished = std::move(finished)](QKeychain::Job *done) { finished(*done); });
    job->start();
}

void DeviceUnlock::load()
{
    refreshRemembered();
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(KeychainService));
    job->setKey(kAvailabilityProbe);
    startJob(job, [this](QKeychain::Job &done) {
        const QKeychain::Error code = done.error();
        if (code == QKeychain::NoError || code == QKeychain::EntryNotFound)
            return setAvailability(true, QString());
        qCInfo(lcDevice) << "keychain unavailable: error" << int(code);
        setAvailability(false, keychainProblem(code, done.errorString()));
    });
}

void DeviceUnlock::remember()
{
    if (busy())
        return;
    setError(QString());
    setNotice(QString());
    setBusy(true);
    auto deviceKey = std::make_shared<crypto::SecureBuffer>(vault::DeviceSlot::newDeviceKey());
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(KeychainService));
    job->setKey(keychainKey());
    // QtKeychain takes a QByteArray and the Secret Service gets it base64
    // encoded: copies in ordinary memory that cannot all be wiped. What they
    // hold is only the device key, which opens nothing but this folder's slot.
    QByteArray bytes = deviceKey->view().toByteArray();
    job->setBinaryData(bytes);
    crypto::wipe(bytes);
    startJob(job, [this, deviceKey](QKeychain::Job &done) {
        if (done.error() != QKeychain::NoError) {
            deviceKey->clear();
            setBusy(false);
            setError(tr("Vitae could not keep a key in this device's keychain, so the vault is not remembered. %1")
                             .arg(keychainProblem(done.error(), done.errorString())));
            return;
        }
        m_worker.run(
                this,
                [deviceKey](vault::Vault &vault) {
                    const Status status = vault.rememberOnDevice(*deviceKey);
                    deviceKey->clear();
                    return status;
                },
                [this](const Status &status) {
                    if (status) {
                        setBusy(false);
                        refreshRemembered();
                        setNotice(tr("This vault now opens on this device without the passphrase."));
                        return;
                    }
                    // The new key opens nothing: take it out of the keychain.
                    const QString problem = status.message();
                    auto *cleanup = new QKeychain::DeletePasswordJob(QLatin1String(KeychainService));
                    cleanup->setKey(keychainKey());
                    startJob(cleanup, [this, problem](QKeychain::Job &) {
                        setBusy(false);
                        refreshRemembered();
                        setError(tr("The vault could not be remembered on this device: %1").arg(problem));
                    });
                });
    });
}

void DeviceUnlock::forget()
{
    if (busy())
        return;
    setError(QString());
    setNotice(QString());
    setBusy(true);
    // The slot goes first: without it the key in the keychain opens nothing,
    // even if the keychain then refuses to delete it.
    m_worker.run(
            this, [](vault::Vault &vault) { return vault.forgetDevice(); },
            [this](const Status &slotRemoved) {
                auto *job = new QKeychain::DeletePasswordJob(QLatin1String(KeychainService));
                job->setKey(keychainKey());
                startJob(job, [this, slotRemoved](QKeychain::Job &done) {
                    setBusy(false);
                    refreshRemembered();
                    const QKeychain::Error code = done.error();
                    const bool entryGone = code == QKeychain::NoError || code == QKeychain::EntryNotFound;
                    if (!slotRemoved)
                        setError(tr("The device slot could not be removed: %1").arg(slotRemoved.message()));
                    else if (!entryGone)
                        setNotice(tr("This vault is no longer remembered on this device. The key left in the "
                                     "keychain now opens nothing, but it could not be removed: %1")
                                          .arg(keychainProblem(code, done.errorString())));
                    else
                        setNotice(tr("This vault is no longer remembered on this device: only the passphrase "
                                     "opens it."));
                });
            });
}

void DeviceUnlock::unlock()
{
    if (busy())
        return;
    setError(QString());
    setNotice(QString());
    setBusy(true);
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(KeychainService));
    job->setKey(keychainKey());
    startJob(job, [this](QKeychain::Job &done) {
        const QKeychain::Error code = done.error();
        if (code != QKeychain::NoError) {
            setBusy(false);
            if (code == QKeychain::EntryNotFound)
                setError(tr("This device's keychain no longer holds the key for this vault. Unlock with your "
                            "passphrase; you can turn “Remember on this device” on again in Settings."));
            else
                setError(tr("%1 Unlock with your passphrase.").arg(keychainProblem(code, done.errorString())));
            return;
        }
        // The job keeps its own copy until it deletes itself (see remember()).
        QByteArray bytes = static_cast<QKeychain::ReadPasswordJob &>(done).binaryData();
        auto deviceKey = std::make_shared<crypto::SecureBuffer>(crypto::SecureBuffer::fromBytes(bytes));
        crypto::wipe(bytes);
        m_worker.run(
                this,
                [deviceKey](vault::Vault &vault) -> Result<QString> {
                    const Status status = vault.unlockWithDeviceKey(*deviceKey);
                    deviceKey->clear();
                    if (!status)
                        return status.error();
                    return vault.holderDid();
                },
                [this](const Result<QString> &holderDid) {
                    setBusy(false);
                    refreshRemembered();
                    if (!holderDid) {
                        qCInfo(lcDevice) << "device unlock refused: error code" << int(holderDid.code());
                        return setError(unlockProblem(holderDid.error()));
                    }
                    emit opened(*holderDid);
                });
    });
}

void DeviceUnlock::clear()
{
    setError(QString());
    setNotice(QString());
}

} // namespace vitae::gui
