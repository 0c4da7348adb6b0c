#include "gui/AppController.h"

#include "crypto/Sodium.h"
#include "gui/PassphraseStrength.h"

namespace vitae::gui {

namespace {
std::shared_ptr<crypto::SecureBuffer> toSecure(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    auto secure = std::make_shared<crypto::SecureBuffer>(crypto::SecureBuffer::fromBytes(utf8));
    crypto::wipe(utf8);
    return secure;
}
} // namespace

AppController::AppController(const QString &vaultFolder, QObject *parent)
    : QObject(parent), m_worker(vaultFolder)
{
    m_page = m_worker.vaultExists() ? Page::Unlock : Page::CreateVault;
    connect(&m_worker, &VaultWorker::opened, this, &AppController::onOpened);
    connect(&m_worker, &VaultWorker::failed, this, &AppController::onFailed);
    connect(&m_worker, &VaultWorker::locked, this, [this] {
        m_holderDid.clear();
        m_detail.clear();
        emit detailChanged();
        m_credentials.setSummaries({});
        setBusy(false);
        setPage(Page::Unlock);
        emit credentialsChanged();
    });
    connect(&m_worker, &VaultWorker::importPreviewed, this, [this](const QVariantList &previews) {
        setBusy(false);
        setImportPreviews(previews);
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
            });
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

void AppController::openCredential(qint64 id)
{
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
        setPage(Page::Credentials);
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
}

void AppController::onFailed(const Error &error)
{
    setBusy(false);
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
