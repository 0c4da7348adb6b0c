// "Remember on this device": unlocking through the OS keychain, off by
// default. The keychain keeps a random device key, never the passphrase nor
// the vault's data key; the vault folder keeps the data key wrapped under
// that device key (vault/DeviceSlot.h). Keychain calls use QtKeychain's
// asynchronous jobs on this object's thread; vault work goes through the
// VaultWorker, in order with every other vault job.
#pragma once

#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"

#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace vitae::gui {

class DeviceUnlock : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // Whether this device has a keychain Vitae can use (known after load()).
    Q_PROPERTY(bool available READ available NOTIFY availabilityChanged)
    // Whether availability has been checked yet.
    Q_PROPERTY(bool checked READ checked NOTIFY availabilityChanged)
    // Why the keychain cannot be used, in words, when it cannot.
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY availabilityChanged)
    // Whether this vault has a device slot (it is "remembered").
    Q_PROPERTY(bool remembered READ remembered NOTIFY rememberedChanged)

public:
    // The keychain service name every entry of Vitae is stored under.
    static constexpr const char *KeychainService = "Vitae";

    explicit DeviceUnlock(VaultWorker &worker, QObject *parent = nullptr);

    bool available() const { return m_available; }
    bool checked() const { return m_checked; }
    QString unavailableReason() const { return m_unavailableReason; }
    bool remembered() const { return m_remembered; }

    // Checks whether the keychain answers and whether the vault has a slot.
    Q_INVOKABLE void load();
    // Turns the option on (the vault must be open): a new device key goes to
    // the keychain, then the slot is written. Replaces an earlier slot.
    Q_INVOKABLE void remember();
    // Turns it off: removes the slot, then the keychain entry.
    Q_INVOKABLE void forget();
    // Opens the vault with the key in the keychain; emits opened() or sets
    // error (the passphrase still works whatever went wrong).
    Q_INVOKABLE void unlock();
    void clear();

    // The keychain entry's name for this vault.
    QString keychainKey() const;

signals:
    void availabilityChanged();
    void rememberedChanged();
    void opened(const QString &holderDid);

private:
    void refreshRemembered();
    void setAvailability(bool available, const QString &reason);
    // Starts a keychain job that calls `finished` once, on this thread.
    void startJob(QKeychain::Job *job, std::function<void(QKeychain::Job &)> finished);

    VaultWorker &m_worker;
    bool m_available = false;
    bool m_checked = false;
    QString m_unavailableReason;
    bool m_remembered = false;
};

} // namespace vitae::gui
