#include "gui/SettingsViewModel.h"

#include "backup/Backup.h"
#include "crypto/Sodium.h"
#include "gui/LibraryVersions.h"
#include "gui/PassphraseStrength.h"
#include "gui/TrustLists.h"
#include "vault/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace vitae::gui {

namespace {
const QString kAutoLockKey = QStringLiteral("app.autoLockMinutes");

std::shared_ptr<crypto::SecureBuffer> toSecure(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    auto secure = std::make_shared<crypto::SecureBuffer>(crypto::SecureBuffer::fromBytes(utf8));
    crypto::wipe(utf8);
    return secure;
}

// A path from what QML hands over: a plain path or a file: URL.
QString localPath(const QString &fileOrUrl)
{
    const QString trimmed = fileOrUrl.trimmed();
    if (trimmed.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return QUrl(trimmed).toLocalFile();
    return trimmed;
}

bool isInside(const QString &path, const QString &folder)
{
    const QString canonicalFolder = QFileInfo(folder).absoluteFilePath();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return absolute == canonicalFolder || absolute.startsWith(canonicalFolder + QLatin1Char('/'));
}

QString longDate(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

// The sentence for a failed backup or restore. `restoring`: the learner is
// also told that the vault they have open was left as it was.
QString backupProblem(const Error &error, bool restoring)
{
    const QString untouched = restoring ? QLatin1Char(' ')
                    + SettingsViewModel::tr("Nothing was restored, and the vault you have open was not changed.")
                                        : QString();
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
        return SettingsViewModel::tr("The backup passphrase is not right. Check it and try again.") + untouched;
    case ErrorCode::Corrupt:
        return SettingsViewModel::tr("The backup file is damaged, so it cannot be restored (%1).").arg(error.message)
                + untouched;
    case ErrorCode::InvalidInput:
        return SettingsViewModel::tr("This file is not a Vitae backup (%1).").arg(error.message) + untouched;
    case ErrorCode::VersionTooNew:
        return SettingsViewModel::tr("This backup was made by a newer version of Vitae. Update Vitae to restore it.")
                + untouched;
    case ErrorCode::AlreadyExists:
        return SettingsViewModel::tr("%1 Choose a new, empty folder for the restored vault.").arg(error.message) + untouched;
    case ErrorCode::Cancelled:
        return restoring ? SettingsViewModel::tr("The restore was stopped.") + untouched
                         : SettingsViewModel::tr("The backup was stopped; no file was written.");
    case ErrorCode::Io:
        return SettingsViewModel::tr("The disk refused: %1").arg(error.message) + untouched;
    default:
        return error.message + untouched;
    }
}

struct SettingsSnapshot {
    int autoLockMinutes = SettingsViewModel::kDefaultAutoLockMinutes;
    QList<StoredTrustList> trustLists;
    QDateTime lastBackup;
    QString cipherVersion;
};

struct BackupOutcome {
    QDateTime lastBackup;
    qint64 credentials = 0;
};

QVariantList describeLists(const QList<StoredTrustList> &lists)
{
    QVariantList described;
    for (const StoredTrustList &list : lists)
        described.append(QVariantMap{{QStringLiteral("id"), list.id},
                                     {QStringLiteral("name"), list.name},
                                     {QStringLiteral("issuerCount"), list.issuerCount},
                                     {QStringLiteral("added"), list.addedAt.isValid()
                                              ? QLocale().toString(list.addedAt.toLocalTime().date(), QLocale::LongFormat)
                                              : QString()}});
    return described;
}

Status lockedError()
{
    return makeError(ErrorCode::Locked, SettingsViewModel::tr("Unlock your vault first."));
}
} // namespace

SettingsViewModel::SettingsViewModel(VaultWorker &worker, QObject *parent)
    : ViewModel(parent), m_worker(worker), m_versions(libraryVersions({}))
{
}

QString SettingsViewModel::lastBackup() const
{
    return m_lastBackup.isValid() ? longDate(m_lastBackup) : QString();
}

QString SettingsViewModel::licences() const
{
    return tr("Vitae is free and open source software. It is built on Qt (LGPL 3), libsodium (ISC), SQLCipher "
              "(BSD-style), ZXing-C++ (Apache 2.0), qpdf (Apache 2.0), QR Code generator (MIT), OpenSSL (Apache 2.0) "
              "and zlib (zlib licence).");
}

void SettingsViewModel::setJumpTo(const QString &section)
{
    if (m_jumpTo == section)
        return;
    m_jumpTo = section;
    emit jumpToChanged();
}

void SettingsViewModel::load()
{
    setBusy(true);
    m_worker.run(
            this,
            [](vault::Vault &vault) -> Result<SettingsSnapshot> {
                if (!vault.isUnlocked())
                    return lockedError().error();
                SettingsSnapshot snapshot;
                Result<QString> minutes = vault::readSetting(vault.database(), kAutoLockKey);
                if (!minutes)
                    return minutes.error();
                bool ok = false;
                const int stored = minutes->toInt(&ok);
                snapshot.autoLockMinutes = ok && stored >= 0 ? stored : kDefaultAutoLockMinutes;
                Result<QList<StoredTrustList>> lists = storedTrustLists(vault.database());
                if (!lists)
                    return lists.error();
                snapshot.trustLists = *lists;
                Result<QDateTime> last = backup::lastBackupTime(vault);
                if (!last)
                    return last.error();
                snapshot.lastBackup = *last;
                snapshot.cipherVersion = sqlcipherVersion(vault.database());
                return snapshot;
            },
            [this](Result<SettingsSnapshot> snapshot) {
                setBusy(false);
                if (!snapshot)
                    return setError(snapshot.message());
                setError(QString());
                if (m_autoLockMinutes != snapshot->autoLockMinutes) {
                    m_autoLockMinutes = snapshot->autoLockMinutes;
                    emit autoLockMinutesChanged();
                }
                setTrustLists(describeLists(snapshot->trustLists));
                setLastBackup(snapshot->lastBackup);
                m_versions = libraryVersions(snapshot->cipherVersion);
                emit versionsChanged();
            });
}

void SettingsViewModel::clear()
{
    m_cancel->store(true); // a running backup stops; the vault is locking
    setTrustLists({});
    setLastBackup({});
    setProgress(-1);
    setError(QString());
    setNotice(QString());
    setJumpTo(QString());
    if (m_autoLockMinutes != kDefaultAutoLockMinutes) {
        m_autoLockMinutes = kDefaultAutoLockMinutes;
        emit autoLockMinutesChanged();
    }
}

void SettingsViewModel::setAutoLockMinutes(int minutes)
{
    if (!autoLockChoices().contains(minutes))
        return setError(tr("Choose one of the auto-lock times offered."));
    if (m_autoLockMinutes != minutes) {
        m_autoLockMinutes = minutes;
        emit autoLockMinutesChanged();
    }
    m_worker.run(
            this,
            [minutes](vault::Vault &vault) -> Status {
                if (!vault.isUnlocked())
                    return lockedError();
                return vault::writeSetting(vault.database(), kAutoLockKey, QString::number(minutes));
            },
            [this](Status saved) {
                if (!saved)
                    return setError(tr("The auto-lock time could not be saved: %1").arg(saved.message()));
                setNotice(m_autoLockMinutes == 0 ? tr("Vitae will not lock by itself; use Lock now when you leave.")
                                                 : tr("Vitae locks after %n minute(s) without use.", nullptr, m_autoLockMinutes));
            });
}

void SettingsViewModel::addTrustList(const QString &file)
{
    const QString path = localPath(file);
    QFile input(path);
    if (path.isEmpty() || !input.open(QIODevice::ReadOnly))
        return setError(tr("The trust list %1 cannot be read.").arg(QFileInfo(path).fileName()));
    if (input.size() > kMaxTrustListBytes)
        return setError(tr("The trust list is larger than %1 MB; Vitae does not read lists that big.")
                                .arg(kMaxTrustListBytes / (1024 * 1024)));
    const QByteArray json = input.readAll();
    const QString fileName = QFileInfo(path).fileName();
    setBusy(true);
    setNotice(QString());
    m_worker.run(
            this,
            [json, fileName](vault::Vault &vault) -> Result<QList<StoredTrustList>> {
                if (!vault.isUnlocked())
                    return lockedError().error();
                if (Result<StoredTrustList> added = gui::addTrustList(vault.database(), json, fileName); !added)
                    return added.error();
                return storedTrustLists(vault.database());
            },
            [this, fileName](Result<QList<StoredTrustList>> lists) {
                setBusy(false);
                if (!lists)
                    return setError(lists.code() == ErrorCode::AlreadyExists
                                            ? tr("This trust list is already in your vault.")
                                            : tr("%1 was not added: %2").arg(fileName, lists.message()));
                setError(QString());
                setTrustLists(describeLists(*lists));
                setNotice(tr("Added the trust list %1. Credentials checked from now on show its issuers as known.")
                                  .arg(fileName));
            });
}

void SettingsViewModel::removeTrustList(const QString &id)
{
    setBusy(true);
    setNotice(QString());
    m_worker.run(
            this,
            [id](vault::Vault &vault) -> Result<QList<StoredTrustList>> {
                if (!vault.isUnlocked())
                    return lockedError().error();
                if (Status removed = gui::removeTrustList(vault.database(), id); !removed)
                    return removed.error();
                return storedTrustLists(vault.database());
            },
            [this](Result<QList<StoredTrustList>> lists) {
                setBusy(false);
                if (!lists)
                    return setError(lists.message());
                setError(QString());
                setTrustLists(describeLists(*lists));
                setNotice(tr("The trust list was removed."));
            });
}

std::function<void(qint64, qint64)> SettingsViewModel::progressReporter()
{
    // Called on the vault thread for every row: post only whole percents.
    auto lastPercent = std::make_shared<int>(-1);
    return [this, lastPercent](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (percent == *lastPercent)
            return;
        *lastPercent = percent;
        QMetaObject::invokeMethod(this, [this, percent] { setProgress(percent / 100.0); }, Qt::QueuedConnection);
    };
}

void SettingsViewModel::makeBackup(const QString &file, const QString &passphrase, const QString &confirmation)
{
    if (busy())
        return;
    const QString path = localPath(file);
    if (path.isEmpty())
        return setError(tr("Choose where to save the backup."));
    if (isInside(path, m_worker.folder()))
        return setError(tr("Save the backup outside the vault's own folder, ideally on another drive or device."));
    if (QFileInfo(path).isDir())
        return setError(tr("%1 is a folder; choose a file name for the backup.").arg(path));
    if (passphrase.isEmpty())
        return setError(tr("Choose a passphrase for the backup."));
    if (passphrase != confirmation)
        return setError(tr("The two backup passphrases are not the same."));
    if (estimatePassphraseStrength(passphrase).score < 2)
        return setError(tr("This passphrase is too easy to guess for a file that holds your whole vault. Add more words."));
    setError(QString());
    setNotice(QString());
    setBusy(true);
    setProgress(0);
    m_cancel->store(false);
    auto secret = toSecure(passphrase);
    m_worker.run(
            this,
            [path, secret, cancel = m_cancel, progress = progressReporter()](vault::Vault &vault) -> Result<BackupOutcome> {
                if (!vault.isUnlocked())
                    return lockedError().error();
                backup::BackupOptions options;
                options.progress = progress;
                options.cancel = cancel.get();
                const Status written = backup::writeBackup(vault, path, secret->view(), options);
                secret->clear();
                if (!written)
                    return written.error();
                BackupOutcome outcome;
                Result<QDateTime> last = backup::lastBackupTime(vault);
                outcome.lastBackup = last ? *last : QDateTime::currentDateTimeUtc();
                Result<vault::VaultCounts> counts = vault.counts();
                outcome.credentials = counts ? counts->credentials : 0;
                return outcome;
            },
            [this, path](Result<BackupOutcome> outcome) {
                setBusy(false);
                setProgress(-1);
                if (!outcome)
                    return setError(backupProblem(outcome.error(), false));
                setLastBackup(outcome->lastBackup);
                setNotice(tr("Saved a backup of %n credential(s) to %1. Keep the backup passphrase safe: without it "
                             "the backup cannot be restored.", nullptr, int(outcome->credentials))
                                  .arg(QDir::toNativeSeparators(path)));
                emit backupMade();
            });
}

void SettingsViewModel::restoreBackup(const QString &file, const QString &backupPassphrase, const QString &folder,
                                      const QString &newPassphrase, const QString &confirmation)
{
    if (busy())
        return;
    const QString path = localPath(file);
    QString target = localPath(folder);
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return setError(tr("Choose the backup file to restore."));
    if (target.isEmpty())
        return setError(tr("Choose a folder for the restored vault."));
    if (backupPassphrase.isEmpty())
        return setError(tr("Type the backup's passphrase."));
    if (newPassphrase.isEmpty())
        return setError(tr("Choose a passphrase for the restored vault."));
    if (newPassphrase != confirmation)
        return setError(tr("The two passphrases for the restored vault are not the same."));
    // A folder that holds anything gets a new folder inside it, so nothing
    // there is mixed with the restored vault.
    if (QDir dir(target); dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString base = tr("Vitae vault restored %1").arg(QDate::currentDate().toString(Qt::ISODate));
        QString candidate = dir.filePath(base);
        for (int n = 2; QFileInfo::exists(candidate); ++n)
            candidate = dir.filePath(QStringLiteral("%1 (%2)").arg(base).arg(n));
        target = candidate;
    }
    if (isInside(target, m_worker.folder()) || isInside(m_worker.folder(), target))
        return setError(tr("Restore into a new folder, not the folder of the vault you have open."));
    setError(QString());
    setNotice(QString());
    setBusy(true);
    setProgress(0);
    m_cancel->store(false);
    auto backupSecret = toSecure(backupPassphrase);
    auto vaultSecret = toSecure(newPassphrase);
    // On the vault thread too (in order with other vault work), though it
    // never uses the open vault: restoreBackup builds a new one.
    m_worker.run(
            this,
            [path, target, backupSecret, vaultSecret, cancel = m_cancel,
             progress = progressReporter()](vault::Vault &) -> Result<backup::BackupInfo> {
                backup::RestoreOptions options;
                options.progress = progress;
                options.cancel = cancel.get();
                Result<backup::BackupInfo> info =
                        backup::restoreBackup(path, backupSecret->view(), target, vaultSecret->view(), options);
                backupSecret->clear();
                vaultSecret->clear();
                return info;
            },
            [this, target](Result<backup::BackupInfo> info) {
                setBusy(false);
                setProgress(-1);
                if (!info)
                    return setError(backupProblem(info.error(), true));
                m_restoredFolder = QDir(target).absolutePath();
                emit backupChanged();
                setNotice(tr("Restored %n credential(s) from a backup made on %1 into a new vault in %2. Your open "
                             "vault was not changed. To use the restored vault, start Vitae with --vault and that folder.",
                             nullptr, int(info->counts.credentials))
                                  .arg(longDate(info->createdAt), QDir::toNativeSeparators(m_restoredFolder)));
            });
}

void SettingsViewModel::cancel()
{
    m_cancel->store(true);
}

QString SettingsViewModel::suggestedBackupName() const
{
    return QStringLiteral("vitae-backup-%1.vitaebackup").arg(QDate::currentDate().toString(Qt::ISODate));
}

void SettingsViewModel::setProgress(double progress)
{
    if (qFuzzyCompare(m_progress + 2, progress + 2))
        return;
    m_progress = progress;
    emit progressChanged();
}

void SettingsViewModel::setTrustLists(const QVariantList &lists)
{
    m_trustLists = lists;
    emit trustListsChanged();
}

void SettingsViewModel::setLastBackup(const QDateTime &when)
{
    m_lastBackup = when;
    emit backupChanged();
}

} // namespace vitae::gui
