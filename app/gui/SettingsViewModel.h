// The Settings page: auto-lock, the learner's trust lists, backup and
// restore, and the versions of the libraries in use. Language and device
// unlock have their own view models (AppController.language, .device).
#pragma once

#include "gui/VaultWorker.h"
#include "gui/ViewModel.h"

#include <QDateTime>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>

namespace vitae::gui {

class SettingsViewModel : public ViewModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // Minutes without input before the vault locks; 0 means never.
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(QList<int> autoLockChoices READ autoLockChoices CONSTANT)
    // One map per list: id, name, issuerCount, added (words).
    Q_PROPERTY(QVariantList trustLists READ trustLists NOTIFY trustListsChanged)
    // When the last backup was made, in words ("" when never).
    Q_PROPERTY(QString lastBackup READ lastBackup NOTIFY backupChanged)
    // 0..1 while a backup or restore runs; -1 otherwise.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString restoredFolder READ restoredFolder NOTIFY backupChanged)
    // One map per library: name, version.
    Q_PROPERTY(QVariantList versions READ versions NOTIFY versionsChanged)
    Q_PROPERTY(QString licences READ licences CONSTANT)
    // A section the page should scroll to when it opens ("backup"), asked
    // for by another page (the backup reminder).
    Q_PROPERTY(QString jumpTo READ jumpTo WRITE setJumpTo NOTIFY jumpToChanged)

public:
    static constexpr int kDefaultAutoLockMinutes = 5;

    explicit SettingsViewModel(VaultWorker &worker, QObject *parent = nullptr);

    int autoLockMinutes() const { return m_autoLockMinutes; }
    QList<int> autoLockChoices() const { return {0, 1, 5, 15, 30}; }
    QVariantList trustLists() const { return m_trustLists; }
    QString lastBackup() const;
    double progress() const { return m_progress; }
    QString restoredFolder() const { return m_restoredFolder; }
    QVariantList versions() const { return m_versions; }
    QString licences() const;
    QString jumpTo() const { return m_jumpTo; }
    void setJumpTo(const QString &section);

    // Reads the settings from the open vault.
    Q_INVOKABLE void load();
    void clear();

    Q_INVOKABLE void setAutoLockMinutes(int minutes);

    // Files may be given as a path or a file: URL (what a FileDialog gives).
    Q_INVOKABLE void addTrustList(const QString &file);
    Q_INVOKABLE void removeTrustList(const QString &id);

    // The typed passphrases are turned into secure memory at once; QML
    // clears its fields right after (a QString copy cannot be wiped).
    Q_INVOKABLE void makeBackup(const QString &file, const QString &passphrase, const QString &confirmation);
    // A NEW vault in `folder` from the backup; the open vault is never
    // touched. A folder that exists and is not empty gets a new folder
    // inside it.
    Q_INVOKABLE void restoreBackup(const QString &file, const QString &backupPassphrase, const QString &folder,
                                   const QString &newPassphrase, const QString &confirmation);
    Q_INVOKABLE void cancel();
    // A file name for a new backup: vitae-backup-<date>.vitaebackup.
    Q_INVOKABLE QString suggestedBackupName() const;

signals:
    void autoLockMinutesChanged();
    void trustListsChanged();
    void backupChanged();
    void progressChanged();
    void versionsChanged();
    void jumpToChanged();
    // A backup was written (the reminder can go).
    void backupMade();

private:
    void setProgress(double progress);
    // A progress callback for core that reports on this object's thread.
    std::function<void(qint64, qint64)> progressReporter();
    void setTrustLists(const QVariantList &lists);
    void setLastBackup(const QDateTime &when);

    VaultWorker &m_worker;
    int m_autoLockMinutes = kDefaultAutoLockMinutes;
    QVariantList m_trustLists;
    QDateTime m_lastBackup;
    double m_progress = -1;
    QString m_restoredFolder;
    QVariantList m_versions;
    QString m_jumpTo;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace vitae::gui
