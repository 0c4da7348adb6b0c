#include "gui/AppController.h"

#include "crypto/Sodium.h"
#include "exchange/Collect.h"
#include "exchange/DeepLink.h"
#include "gui/PassphraseStrength.h"
#include "gui/SingleInstance.h"
#include "vault/TagStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace vitae::gui {

namespace {
std::shared_ptr<crypto::SecureBuffer> toSecure(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    auto secure = std::make_shared<crypto::SecureBuffer>(crypto::SecureBuffer::fromBytes(utf8));
    crypto::wipe(utf8);
    return secure;
}

// Files opened while the vault is locked wait for it; more than this many
// at once is not a person opening files.
constexpr qsizetype kMaxWaitingFiles = 64;

QString kindKey(exchange::LinkKind kind)
{
    using exchange::LinkKind;
    switch (kind) {
    case LinkKind::IssuerLink: return QStringLiteral("issuerLink");
    case LinkKind::CredentialOffer: return QStringLiteral("credentialOffer");
    case LinkKind::DccRequest: return QStringLiteral("credentialRequest");
    case LinkKind::VitaeImport: return QStringLiteral("importLink");
    case LinkKind::PresentationRequest: return QStringLiteral("presentationRequest");
    case LinkKind::VitaePresentation:
    case LinkKind::Vpqr: return QStringLiteral("presentation");
    case LinkKind::Credential: return QStringLiteral("credential");
    }
    return {};
}

// The sentence for a refused link. parseLink's sentences can quote the
// link (QUrl's error text names its source): keep the banner short.
QString linkProblem(const Error &error)
{
    constexpr qsizetype kMaxSentence = 200;
    if (error.code == ErrorCode::LimitExceeded)
        return AppController::tr("The link is too long (at most %1 KB).").arg(exchange::kMaxLinkBytes / 1024);
    if (error.message.size() <= kMaxSentence)
        return error.message;
    const qsizetype detail = error.message.indexOf(QLatin1String(" ("));
    return detail > 0 && detail <= kMaxSentence ? error.message.left(detail) + QLatin1Char('.')
                                                : AppController::tr("The link cannot be read.");
}

QString hostOf(const QString &url)
{
    return QUrl(url, QUrl::StrictMode).host();
}

// Who the link points to, for the learner to recognise: the issuer's or
// verifier's host when the link names one, else empty.
QString linkHost(const exchange::Link &link)
{
    using exchange::LinkKind;
    auto item = [&](const char *key) {
        return link.query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    switch (link.kind) {
    case LinkKind::IssuerLink:
    case LinkKind::VitaeImport:
        return link.issuerUrl.host();
    case LinkKind::CredentialOffer: {
        if (const QString uri = item("credential_offer_uri"); !uri.isEmpty())
            return hostOf(uri);
        // parseLink capped the whole link at 64 KB.
        const QJsonObject offer = QJsonDocument::fromJson(item("credential_offer").toUtf8()).object();
        return hostOf(offer.value(QStringLiteral("credential_issuer")).toString());
    }
    case LinkKind::DccRequest:
        return hostOf(item("vc_request_url"));
    case LinkKind::PresentationRequest:
        for (const char *key : {"request_uri", "response_uri", "redirect_uri", "client_id"})
            if (const QString host = hostOf(item(key)); !host.isEmpty())
                return host;
        return {};
    default:
        return {};
    }
}
} // namespace

AppController::AppController(const QString &vaultFolder, QObject *parent)
    : QObject(parent), m_worker(vaultFolder)
{
    m_page = m_worker.vaultExists() ? Page::Unlock : Page::CreateVault;
    m_share = std::make_unique<ShareViewModel>(m_worker);
    m_verifier = std::make_unique<VerifierViewModel>();
    m_portfolio = std::make_unique<PortfolioViewModel>(m_worker);
    m_skills = std::make_unique<SkillsViewModel>(m_worker);
    m_settings = std::make_unique<SettingsViewModel>(m_worker);
    m_alerts = std::make_unique<AlertsViewModel>(m_worker);
    m_device = std::make_unique<DeviceUnlock>(m_worker);
    m_language = std::make_unique<LanguageSwitcher>();
    m_scanner = std::make_unique<ScannerViewModel>(m_worker);
    m_request = std::make_unique<RequestViewModel>(m_worker);
    // Leaving the consent page (sent, declined, or given up).
    connect(m_request.get(), &RequestViewModel::closed, this, [this](const QString &notice) {
        if (m_page == Page::Consent)
            showPage(Page::Credentials);
        setNotice(notice);
    });
    // Auto-lock: the idle time comes from the vault's settings, loaded at
    // unlock; the watcher runs only while the vault is open.
    connect(m_settings.get(), &SettingsViewModel::autoLockMinutesChanged, this,
            [this] { m_idle.setTimeout(qint64(m_settings->autoLockMinutes()) * 60 * 1000); });
    m_idle.setTimeout(qint64(m_settings->autoLockMinutes()) * 60 * 1000);
    connect(&m_idle, &IdleWatcher::idle, this, [this] {
        if (vaultOpen())
            lock();
    });
    // Alerts: re-checked at unlock and daily; a re-check changes statuses,
    // a backup or a trust list changes what is due.
    m_dailyCheck.setInterval(std::chrono::hours(24));
    connect(&m_dailyCheck, &QTimer::timeout, m_alerts.get(), &AlertsViewModel::recheck);
    connect(m_alerts.get(), &AlertsViewModel::rechecked, this, [this] {
        if (vaultOpen())
            search(m_searchText);
    });
    connect(m_settings.get(), &SettingsViewModel::backupMade, m_alerts.get(), &AlertsViewModel::load);
    // What a scanned or pasted code holds goes where a link, a file or a
    // presentation handed to Vitae would.
    connect(m_scanner.get(), &ScannerViewModel::linkFound, this, &AppController::openExternal);
    connect(m_scanner.get(), &ScannerViewModel::credentialFound, this,
            [this](const QString &text, const QString &where) {
                if (!vaultOpen())
                    return;
                if (m_page != Page::Credentials) {
                    m_returnPage = Page::Credentials;
                    closeCredential();
                    showPage(Page::Credentials); // the import preview opens over the list
                }
                setError(QString());
                setNotice(QString());
                setBusy(true);
                m_worker.previewBytes(text.toUtf8(), where);
            });
    connect(m_scanner.get(), &ScannerViewModel::presentationFound, this, [this] {
        if (vaultOpen() && m_page != Page::Verify) {
            closeCredential();
            showPage(Page::Verify); // the page takes the presentation from the scanner
        }
    });
    // A new entry shows in the list and the skills at once.
    connect(m_portfolio.get(), &PortfolioViewModel::entryAdded, this, [this] { search(m_searchText); });
    connect(&m_worker, &VaultWorker::opened, this, &AppController::onOpened);
    // Unlocking on this device opens the vault like a passphrase does.
    connect(m_device.get(), &DeviceUnlock::opened, this, &AppController::onOpened);
    connect(&m_worker, &VaultWorker::failed, this, &AppController::onFailed);
    connect(&m_worker, &VaultWorker::locked, this, [this] {
        m_idle.setActive(false);
        m_dailyCheck.stop();
        m_holderDid.clear();
        m_detail.clear();
        emit detailChanged();
        m_credentials.setSummaries({});
        m_share->clear();
        m_verifier->clearResult();
        m_portfolio->clear();
        m_skills->clear();
        m_settings->clear();
        m_alerts->clear();
        m_scanner->clear();
        m_request->clear();
        m_returnPage = Page::Credentials;
        setBusy(false);
        setPage(Page::Unlock);
        emit credentialsChanged();
    });
    connect(&m_worker, &VaultWorker::importPreviewed, this, [this](const QVariantList &previews) {
        setBusy(false);
        m_collecting = false;
        cancelPendingLink(); // what it offered is in the preview now
        setImportPreviews(previews);
    });
    connect(&m_worker, &VaultWorker::txCodeNeeded, this, [this](const QString &prompt) {
        setBusy(false);
        m_collecting = false;
        if (m_pendingLink.isEmpty())
            return;
        m_pendingLink.insert(QStringLiteral("needsTxCode"), true);
        m_pendingLink.insert(QStringLiteral("txCodePrompt"), prompt);
        emit pendingLinkChanged();
    });
    connect(&m_worker, &VaultWorker::imported, this, [this](int count) {
        setImportPreviews({});
        setNotice(tr("Added %n credential(s) to your wallet.", nullptr, count));
        search(m_searchText);
    });
    connect(&m_worker, &VaultWorker::detailLoaded, this, [this](const QVariantMap &detail) {
        m_detail = detail;
        emit detailChanged();
        setBusy(false);
        setPage(Page::CredentialDetail);
    });
    connect(&m_worker, &VaultWorker::deleted, this, [this](qint64) {
        setNotice(tr("The credential was deleted."));
        closeCredential();
        search(m_searchText);
    });
    connect(&m_worker, &VaultWorker::credentialsLoaded, this,
            [this](const QList<vault::CredentialSummary> &summaries, const QString &query) {
                if (query != m_searchText)
                    return; // a newer search is on its way
                m_credentials.setSummaries(summaries);
                setBusy(false);
                emit credentialsChanged();
                loadTags();
            });
    // The filters change what the list shows, and so its count.
    connect(&m_credentials, &CredentialListModel::filtersChanged, this, &AppController::credentialsChanged);
}

// Each credential's tags, for the list's tag filter (on the vault thread).
void AppController::loadTags()
{
    m_worker.run(
            this,
            [](vault::Vault &vault) {
                QHash<qint64, QStringList> tags;
                if (!vault.isUnlocked())
                    return tags;
                vault::TagStore store = vault.tags();
                Result<QStringList> names = store.all();
                for (const QString &name : names ? *names : QStringList())
                    if (Result<QList<qint64>> ids = store.credentialsWith(name))
                        for (qint64 id : std::as_const(*ids))
                            tags[id].append(name);
                return tags;
            },
            [this](QHash<qint64, QStringList> tags) { m_credentials.setTags(std::move(tags)); });
}

void AppController::createVault(const QString &passphrase, const QString &confirmation)
{
    if (passphrase.isEmpty())
        return setError(tr("Choose a passphrase."));
    if (passphrase != confirmation)
        return setError(tr("The two passphrases are not the same."));
    setError(QString());
    setBusy(true);
    m_worker.create(toSecure(passphrase));
}

void AppController::unlock(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return setError(tr("Type your passphrase."));
    setError(QString());
    setBusy(true);
    m_worker.unlock(toSecure(passphrase));
}

void AppController::lock()
{
    m_collecting = false; // the worker stops the collection
    setBusy(true);
    m_worker.lock();
}

void AppController::search(const QString &text)
{
    m_searchText = text;
    setBusy(true);
    m_worker.loadCredentials(text);
}

int AppController::importableCount() const
{
    return int(std::count_if(m_importPreviews.begin(), m_importPreviews.end(),
                             [](const QVariant &p) { return p.toMap().value(QStringLiteral("canStore")).toBool(); }));
}

void AppController::importFiles(const QList<QUrl> &files)
{
    QStringList paths;
    for (const QUrl &url : files)
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return setError(tr("Only files on this device can be added this way."));
    setError(QString());
    setNotice(QString());
    setBusy(true);
    m_worker.previewFiles(paths);
}

void AppController::confirmImport()
{
    setBusy(true);
    m_worker.storePending();
}

void AppController::cancelImport()
{
    m_worker.discardPending();
    setImportPreviews({});
}

void AppController::showPage(Page page)
{
    const bool section = page == Page::Credentials || page == Page::Share || page == Page::Portfolio
            || page == Page::Skills || page == Page::Verify || page == Page::Settings || page == Page::Alerts;
    if (!vaultOpen() || !section)
        return;
    setError(QString());
    setNotice(QString());
    if (m_page == Page::CredentialDetail) {
        m_detail.clear();
        emit detailChanged();
    }
    switch (page) {
    case Page::Credentials: search(m_searchText); break;
    case Page::Share: m_share->load(); break;
    case Page::Portfolio: m_portfolio->load(); break;
    case Page::Skills: m_skills->load(); break;
    case Page::Settings: m_settings->load(); break;
    case Page::Alerts: m_alerts->load(); break;
    default: break;
    }
    setPage(page);
}

void AppController::openCredential(qint64 id)
{
    if (m_page != Page::CredentialDetail && vaultOpen())
        m_returnPage = m_page;
    setError(QString());
    setNotice(QString());
    setBusy(true);
    m_worker.loadDetail(id);
}

void AppController::closeCredential()
{
    m_detail.clear();
    emit detailChanged();
    if (m_page == Page::CredentialDetail)
        setPage(m_returnPage);
}

void AppController::reverifyCredential()
{
    setBusy(true);
    m_worker.reverify(m_detail.value(QStringLiteral("id")).toLongLong());
}

void AppController::deleteCredential()
{
    setBusy(true);
    m_worker.deleteCredential(m_detail.value(QStringLiteral("id")).toLongLong());
}

void AppController::setImportPreviews(const QVariantList &previews)
{
    m_importPreviews = previews;
    emit importPreviewsChanged();
}

void AppController::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

void AppController::clearError()
{
    setError(QString());
}

int AppController::passphraseScore(const QString &passphrase) const
{
    return estimatePassphraseStrength(passphrase).score;
}

QString AppController::passphraseHint(const QString &passphrase) const
{
    if (passphrase.isEmpty())
        return tr("Use four or more unrelated words, or a long sentence only you would think of.");
    switch (estimatePassphraseStrength(passphrase).score) {
    case 0: return tr("Very weak: someone could guess this quickly.");
    case 1: return tr("Weak: add more words.");
    case 2: return tr("Fair: a few more words would make it strong.");
    case 3: return tr("Good.");
    default: return tr("Strong.");
    }
}

void AppController::onOpened(const QString &holderDid)
{
    m_holderDid = holderDid;
    setPage(Page::Credentials);
    search(m_searchText);
    m_settings->load(); // the auto-lock time among them
    m_idle.setActive(true);
    m_alerts->recheck();
    m_dailyCheck.start();
    if (!m_waitingFiles.isEmpty()) {
        const QList<QUrl> files = std::exchange(m_waitingFiles, {});
        emit waitingFilesChanged();
        importFiles(files);
    }
}

QStringList AppController::waitingFiles() const
{
    QStringList names;
    for (const QUrl &url : m_waitingFiles)
        names.append(QFileInfo(url.toLocalFile()).fileName());
    return names;
}

QString AppController::waitingFilesMessage() const
{
    if (m_waitingFiles.isEmpty())
        return {};
    return tr("Open your vault to see what these files hold: %1. Nothing is added until you confirm.")
            .arg(QLocale().createSeparatedList(waitingFiles()));
}

void AppController::openExternal(const QString &argument)
{
    QUrl file;
    if (argument.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        file = QUrl(argument);
    else if (QDir::isAbsolutePath(argument))
        file = QUrl::fromLocalFile(argument);
    if (!file.isValid() || !file.isLocalFile())
        return openExternalLink(argument);

    qCInfo(lcExternal) << "received a file";
    if (vaultOpen() && m_page != Page::Credentials) {
        m_returnPage = Page::Credentials;
        closeCredential();
        showPage(Page::Credentials); // the import preview opens over the list
    }
    if (vaultOpen())
        return importFiles({file});
    if (m_waitingFiles.size() >= kMaxWaitingFiles || m_waitingFiles.contains(file))
        return;
    m_waitingFiles.append(file);
    emit waitingFilesChanged();
}

void AppController::openExternalLink(const QString &text)
{
    const Result<exchange::Link> link = exchange::parseLink(text);
    if (!link) {
        qCInfo(lcExternal) << "refused a link: error code" << int(link.code());
        if (vaultOpen() && m_page != Page::Credentials) {
            m_returnPage = Page::Credentials;
            closeCredential();
            showPage(Page::Credentials); // the list shows the error banner
        }
        return setError(tr("Vitae was given a link it cannot use, so nothing was added. %1").arg(linkProblem(link.error())));
    }
    // A presentation sent as a link goes straight to the Verify page when
    // the vault is open: nothing is stored or sent by looking at it.
    if (link->kind == exchange::LinkKind::VitaePresentation && vaultOpen()) {
        setError(QString());
        qCInfo(lcExternal) << "opened a presentation link";
        closeCredential();
        showPage(Page::Verify);
        m_verifier->openLink(link->text);
        return;
    }
    const QString kindName = exchange::linkKindName(link->kind);
    const QString host = linkHost(*link);
    const bool asksToShare = link->kind == exchange::LinkKind::PresentationRequest;
    QString message;
    if (asksToShare) {
        message = host.isEmpty() ? tr("Vitae received a presentation request.")
                                 : tr("Vitae received a presentation request from %1.").arg(host);
        message += QLatin1Char(' ') + tr("Nothing has been shared: Vitae will show you what is asked and ask you first.");
    } else {
        message = host.isEmpty() ? tr("Vitae received a %1.").arg(kindName)
                                 : tr("Vitae received a %1 from %2.").arg(kindName, host);
        message += QLatin1Char(' ') + tr("Nothing has been added: Vitae will show you what it holds and ask you "
                                         "before importing anything.");
    }
    qCInfo(lcExternal).noquote() << "pending link: kind" << kindKey(link->kind) << "host" << host;
    setError(QString());
    m_pendingLinkText = link->text;
    m_pendingLink = {{QStringLiteral("canCollect"), exchange::isCollectableLink(link->kind)},
                     {QStringLiteral("kind"), kindKey(link->kind)},
                     {QStringLiteral("kindName"), kindName},
                     {QStringLiteral("host"), host},
                     {QStringLiteral("message"), message}};
    emit pendingLinkChanged();
}

void AppController::acceptPendingLink(const QString &txCode)
{
    if (m_pendingLink.isEmpty() || m_busy)
        return;
    if (!vaultOpen())
        return setError(tr("Unlock your vault first; the link waits for you."));
    const QString kind = m_pendingLink.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("presentationRequest")) {
        // Fetched and checked off the GUI thread, matched on the vault
        // thread; the consent page shows it as it comes.
        const QString text = m_pendingLinkText;
        cancelPendingLink();
        closeCredential();
        setError(QString());
        setNotice(QString());
        m_request->load(text);
        return setPage(Page::Consent);
    }
    if (kind == QLatin1String("presentation")) { // vitae://present, VITAE1 or VP1- text: Verify reads all three
        const QString text = m_pendingLinkText;
        cancelPendingLink();
        closeCredential();
        showPage(Page::Verify);
        return m_verifier->openLink(text);
    }
    if (!m_pendingLink.value(QStringLiteral("canCollect")).toBool())
        return setError(tr("Vitae cannot open this kind of link from the app yet."));
    setError(QString());
    setBusy(true);
    m_collecting = true;
    m_worker.previewLink(m_pendingLinkText, txCode.trimmed());
}

void AppController::cancelPendingLink()
{
    if (m_collecting) {
        // Dismissed while collecting: the fetch stops and its answer is
        // dropped, so nothing reaches the preview.
        m_collecting = false;
        m_worker.cancelCollect();
        setBusy(false);
        setNotice(tr("Stopped. Nothing was collected or added."));
    }
    if (m_pendingLink.isEmpty())
        return;
    m_pendingLink.clear();
    m_pendingLinkText.clear();
    emit pendingLinkChanged();
}

void AppController::cancelWaitingFiles()
{
    if (m_waitingFiles.isEmpty())
        return;
    m_waitingFiles.clear();
    emit waitingFilesChanged();
}

void AppController::onFailed(const Error &error)
{
    setBusy(false);
    m_collecting = false;
    setError(describe(error));
}

QString AppController::describe(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
        return tr("That passphrase is not right. Check it and try again.");
    case ErrorCode::InUse:
        return tr("This vault is open in another Vitae window or program. Close it there first.");
    case ErrorCode::VersionTooNew:
        return tr("This vault was made by a newer version of Vitae. Update Vitae to open it.");
    case ErrorCode::Corrupt:
        return tr("The vault's files are damaged, so it cannot be opened. Nothing was changed. (%1)")
                .arg(error.message);
    case ErrorCode::Io:
        return tr("The vault could not be saved to disk: %1").arg(error.message);
    default:
        return error.message;
    }
}

void AppController::setPage(Page page)
{
    if (m_page == page)
        return;
    m_page = page;
    emit pageChanged();
}

void AppController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void AppController::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace vitae::gui
