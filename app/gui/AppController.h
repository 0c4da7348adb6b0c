// The app's state for QML: which page shows, whether work is running, the
// last error, and the credentials list. C++ decides navigation; pages only
// call these actions.
#pragma once

#include "gui/AlertsViewModel.h"
#include "gui/CredentialListModel.h"
#include "gui/DeviceUnlock.h"
#include "gui/IdleWatcher.h"
#include "gui/LanguageSwitcher.h"
#include "gui/PortfolioViewModel.h"
#include "gui/RequestViewModel.h"
#include "gui/ScannerViewModel.h"
#include "gui/SettingsViewModel.h"
#include "gui/ShareViewModel.h"
#include "gui/SkillsViewModel.h"
#include "gui/VaultWorker.h"
#include "gui/VerifierViewModel.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace vitae::gui {

class AppController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(Page page READ page NOTIFY pageChanged)
    // The navigation's current section (the detail page belongs to the one
    // it was opened from), and whether the navigation shows at all.
    Q_PROPERTY(Page section READ section NOTIFY pageChanged)
    Q_PROPERTY(bool vaultOpen READ vaultOpen NOTIFY pageChanged)
    Q_PROPERTY(vitae::gui::ShareViewModel *share READ share CONSTANT)
    Q_PROPERTY(vitae::gui::VerifierViewModel *verifier READ verifier CONSTANT)
    Q_PROPERTY(vitae::gui::PortfolioViewModel *portfolio READ portfolio CONSTANT)
    Q_PROPERTY(vitae::gui::SkillsViewModel *skills READ skills CONSTANT)
    Q_PROPERTY(vitae::gui::SettingsViewModel *settings READ settings CONSTANT)
    Q_PROPERTY(vitae::gui::AlertsViewModel *alerts READ alerts CONSTANT)
    Q_PROPERTY(vitae::gui::DeviceUnlock *device READ device CONSTANT)
    Q_PROPERTY(vitae::gui::LanguageSwitcher *language READ language CONSTANT)
    Q_PROPERTY(vitae::gui::ScannerViewModel *scanner READ scanner CONSTANT)
    Q_PROPERTY(vitae::gui::RequestViewModel *request READ request CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString vaultFolder READ vaultFolder CONSTANT)
    Q_PROPERTY(QString holderDid READ holderDid NOTIFY pageChanged)
    Q_PROPERTY(QString searchText READ searchText NOTIFY credentialsChanged)
    Q_PROPERTY(int credentialCount READ credentialCount NOTIFY credentialsChanged)
    Q_PROPERTY(vitae::gui::CredentialListModel *credentials READ credentials CONSTANT)
    Q_PROPERTY(QVariantList importPreviews READ importPreviews NOTIFY importPreviewsChanged)
    Q_PROPERTY(int importableCount READ importableCount NOTIFY importPreviewsChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(QVariantMap pendingLink READ pendingLink NOTIFY pendingLinkChanged)
    Q_PROPERTY(QStringList waitingFiles READ waitingFiles NOTIFY waitingFilesChanged)
    Q_PROPERTY(QString waitingFilesMessage READ waitingFilesMessage NOTIFY waitingFilesChanged)

public:
    enum class Page {
        CreateVault, Unlock, Credentials, CredentialDetail, Share, Portfolio, Skills, Verify,
        Settings, Alerts, Consent
    };
    Q_ENUM(Page)

    explicit AppController(const QString &vaultFolder, QObject *parent = nullptr);

    Page page() const { return m_page; }
    Page section() const { return m_page == Page::CredentialDetail ? m_returnPage : m_page; }
    bool vaultOpen() const { return m_page != Page::CreateVault && m_page != Page::Unlock; }
    ShareViewModel *share() { return m_share.get(); }
    VerifierViewModel *verifier() { return m_verifier.get(); }
    PortfolioViewModel *portfolio() { return m_portfolio.get(); }
    SkillsViewModel *skills() { return m_skills.get(); }
    SettingsViewModel *settings() { return m_settings.get(); }
    AlertsViewModel *alerts() { return m_alerts.get(); }
    DeviceUnlock *device() { return m_device.get(); }
    LanguageSwitcher *language() { return m_language.get(); }
    ScannerViewModel *scanner() { return m_scanner.get(); }
    RequestViewModel *request() { return m_request.get(); }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString vaultFolder() const { return m_worker.folder(); }
    QString holderDid() const { return m_holderDid; }
    QString searchText() const { return m_searchText; }
    int credentialCount() const { return m_credentials.rowCount(); }
    CredentialListModel *credentials() { return &m_credentials; }
    QVariantList importPreviews() const { return m_importPreviews; }
    int importableCount() const;
    QString notice() const { return m_notice; }
    QVariantMap detail() const { return m_detail; }
    QVariantMap pendingLink() const { return m_pendingLink; }
    QStringList waitingFiles() const; // file names
    QString waitingFilesMessage() const;

    // The typed text is turned into secure memory at once; QML should clear
    // its field right after (a QString copy cannot be wiped reliably).
    Q_INVOKABLE void createVault(const QString &passphrase, const QString &confirmation);
    Q_INVOKABLE void unlock(const QString &passphrase);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void search(const QString &text);
    // One of the sections (Credentials, Share, Portfolio, Skills, Verify),
    // while the vault is open; its view model reloads from the vault.
    Q_INVOKABLE void showPage(vitae::gui::AppController::Page page);
    Q_INVOKABLE void clearError();
    // Import: files (dropped or picked) are read and verified, shown as
    // importPreviews, and stored only on confirmImport().
    Q_INVOKABLE void importFiles(const QList<QUrl> &files);
    Q_INVOKABLE void confirmImport();
    Q_INVOKABLE void cancelImport();
    // The detail page of one credential.
    Q_INVOKABLE void openCredential(qint64 id);
    Q_INVOKABLE void closeCredential();
    Q_INVOKABLE void reverifyCredential();
    Q_INVOKABLE void deleteCredential();
    // Something handed over by the system: a command-line argument of the
    // first launch, or one forwarded by a later launch (SingleInstance).
    // Local files (a path or file: URL) go to the import preview, or wait in
    // waitingFiles until the vault is open. Anything else is read as a link
    // (exchange::parseLink): a refused one becomes `error`; an accepted one
    // becomes pendingLink, which only describes it. Nothing is fetched or
    // imported from here; the learner is always asked first.
    Q_INVOKABLE void openExternal(const QString &argument);
    // Also stops a collection under way (acceptPendingLink) at once.
    Q_INVOKABLE void cancelPendingLink();
    // The learner agreed: collect what the pending link offers (over the
    // network) into the import preview, where nothing is stored until they
    // confirm; a presentation request opens the Consent page (request),
    // where nothing is sent until they choose Send; a presentation opens on
    // the Verify page. `txCode` answers an offer's transaction code, when asked
    // (pendingLink.needsTxCode).
    Q_INVOKABLE void acceptPendingLink(const QString &txCode = QString());
    Q_INVOKABLE void cancelWaitingFiles();
    // 0 (very weak) .. 4 (strong), and a sentence for the learner.
    Q_INVOKABLE int passphraseScore(const QString &passphrase) const;
    Q_INVOKABLE QString passphraseHint(const QString &passphrase) const;

signals:
    void pageChanged();
    void busyChanged();
    void errorChanged();
    void credentialsChanged();
    void importPreviewsChanged();
    void noticeChanged();
    void detailChanged();
    // pendingLink: empty, or kind (credentialOffer, credentialRequest,
    // importLink, issuerLink, presentationRequest, presentation, credential),
    // kindName (words), host (who it points to; may be empty), message
    // (the sentence to show), canCollect, and after a first try needsTxCode
    // with txCodePrompt.
    void pendingLinkChanged();
    void waitingFilesChanged();

private:
    void setPage(Page page);
    void setBusy(bool busy);
    void setError(const QString &error);
    void setImportPreviews(const QVariantList &previews);
    void setNotice(const QString &notice);
    void onOpened(const QString &holderDid);
    void openExternalLink(const QString &text);
    void loadTags();
    void onFailed(const Error &error);
    static QString describe(const Error &error);

    // Declared before the worker so they outlive it: its last jobs may still
    // answer them while it shuts down.
    std::unique_ptr<ShareViewModel> m_share;
    std::unique_ptr<VerifierViewModel> m_verifier;
    std::unique_ptr<PortfolioViewModel> m_portfolio;
    std::unique_ptr<SkillsViewModel> m_skills;
    std::unique_ptr<SettingsViewModel> m_settings;
    std::unique_ptr<AlertsViewModel> m_alerts;
    std::unique_ptr<DeviceUnlock> m_device;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<ScannerViewModel> m_scanner;
    std::unique_ptr<RequestViewModel> m_request;
    VaultWorker m_worker;
    CredentialListModel m_credentials;
    Page m_page = Page::Unlock;
    Page m_returnPage = Page::Credentials; // where the detail page goes back to
    bool m_busy = false;
    QString m_error;
    QString m_holderDid;
    QString m_searchText;
    QVariantList m_importPreviews;
    QString m_notice;
    QVariantMap m_detail;
    QVariantMap m_pendingLink;
    QString m_pendingLinkText; // the link itself, kept out of QML
    bool m_collecting = false;  // acceptPendingLink's fetch is under way
    QList<QUrl> m_waitingFiles; // opened while the vault was locked
    // Auto-lock after the learner's idle time (SettingsViewModel), and the
    // alerts' re-check every day while the vault stays open.
    IdleWatcher m_idle{this};
    QTimer m_dailyCheck;
};

} // namespace vitae::gui
