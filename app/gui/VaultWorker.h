// The one thread that owns the vault: every vault job (Argon2id included)
// runs here, in order, so the GUI thread never waits on crypto or disk.
#pragma once

#include "exchange/Importer.h"
#include "vault/Vault.h"
#include "verify/TrustStore.h"
#include "verify/Verifier.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace vitae::gui {

struct LinkCollection;

class VaultWorker : public QObject {
    Q_OBJECT
public:
    explicit VaultWorker(QString folder);
    ~VaultWorker() override;

    // Queue work on the vault thread. Passphrases arrive in secure memory.
    void create(std::shared_ptr<crypto::SecureBuffer> passphrase);
    void unlock(std::shared_ptr<crypto::SecureBuffer> passphrase);
    void lock();
    void loadCredentials(const QString &query);
    // Reads and verifies the files (offline), keeping the previews until
    // storePending() or discardPending().
    void previewFiles(const QStringList &paths);
    // Collects what a link offers (issuer link, OpenID4VCI offer, DCC
    // request, vitae://import) over the network, holder-bound to this
    // vault, and previews it like files. Nothing is stored. When an offer
    // needs a transaction code that was not given, txCodeNeeded says so.
    // Plain http only to 127.0.0.1, and only with the developer option
    // VITAE_ALLOW_LOOPBACK_HTTP=1 in the environment. The network part runs
    // on a thread of its own (LinkCollector), not the vault thread.
    void previewLink(const QString &link, const QString &txCode);
    // Stops the link collection under way, if any: it ends within about
    // 100 ms and nothing of it is previewed or reported. Call from the
    // thread that called previewLink.
    void cancelCollect();
    // Reads and verifies (offline) a credential that came as text, e.g. from
    // a QR code or the clipboard, like previewFiles. `name` says where from.
    void previewBytes(const QByteArray &bytes, const QString &name);
    void storePending();
    void discardPending();
    // One credential's details; re-verify it (offline) or delete it.
    void loadDetail(qint64 id);
    void reverify(qint64 id);
    void deleteCredential(qint64 id);

    // For the pages' view models: runs job(vault) on the vault thread, in
    // order with every other vault job, then done(result) on the thread of
    // `receiver`. The result crosses threads by value. The receiver must
    // outlive this worker (AppController declares its view models before
    // the worker, so the worker, which finishes its queue when destroyed,
    // goes first); a job finding the vault locked should say so itself.
    template <typename Job, typename Done>
    void run(QObject *receiver, Job job, Done done)
    {
        post([this, receiver, job = std::move(job), done = std::move(done)]() mutable {
            auto result = job(*m_vault);
            QMetaObject::invokeMethod(
                    receiver, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                    Qt::QueuedConnection);
        });
    }

    QString folder() const { return m_folder; }
    // Reads only the header file: safe from any thread.
    bool vaultExists() const;

signals:
    void txCodeNeeded(const QString &prompt);
    void opened(const QString &holderDid);
    void locked();
    void failed(const vitae::Error &error);
    void credentialsLoaded(const QList<vitae::vault::CredentialSummary> &summaries, const QString &query);
    // One map per credential found: title, issuer, verdict, status, checks
    // (sentences that are not plain passes), canStore, duplicateOf, error.
    void importPreviewed(const QVariantList &previews);
    void imported(int count);
    void detailLoaded(const QVariantMap &detail);
    void deleted(qint64 id);

private:
    template <typename Job>
    void post(Job job)
    {
        QMetaObject::invokeMethod(this, std::move(job), Qt::QueuedConnection);
    }
    QVariantList endorsementsOf(const QString &credentialId); // on the vault thread
    verify::VerifyContext offlineContext(const verify::TrustStore &trust) const; // on the vault thread
    void previewFound(const Result<QList<exchange::FoundCredential>> &found, const QString &name,
                      const verify::VerifyContext &context, QVariantList &previews); // likewise
    void finishLinkPreview(LinkCollection &collected, const std::atomic<bool> &cancel); // likewise

    QString m_folder;
    QThread m_thread;
    std::unique_ptr<vault::Vault> m_vault; // touched only on m_thread
    QList<exchange::ImportPreview> m_pending; // likewise
    QString m_pendingSource;                  // "file:" or "link:", recorded with each credential
    // Link collections run here, one at a time; the flag of the latest one
    // is set to cancel it (touched only on the caller's thread).
    QThreadPool m_collectPool;
    std::shared_ptr<std::atomic<bool>> m_collectCancel;
};

} // namespace vitae::gui
