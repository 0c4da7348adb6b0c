// The one thread that owns the vault: every vault job (Argon2id included)
// runs here, in order, so the GUI thread never waits on crypto or disk.
#pragma once

#include "exchange/Importer.h"
#include "vault/Vault.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace vitae::gui {

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
    void storePending();
    void discardPending();
    // One credential's details; re-verify it (offline) or delete it.
    void loadDetail(qint64 id);
    void reverify(qint64 id);
    void deleteCredential(qint64 id);

    QString folder() const { return m_folder; }
    // Reads only the header file: safe from any thread.
    bool vaultExists() const;

signals:
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
    void post(Job job);

    QString m_folder;
    QThread m_thread;
    std::unique_ptr<vault::Vault> m_vault; // touched only on m_thread
    QList<exchange::ImportPreview> m_pending; // likewise
};

} // namespace vitae::gui
