#include "gui/VaultWorker.h"

#include <QFileInfo>

namespace vitae::gui {

VaultWorker::VaultWorker(QString folder) : m_folder(std::move(folder))
{
    qRegisterMetaType<vitae::Error>();
    qRegisterMetaType<QList<vitae::vault::CredentialSummary>>();
    m_thread.setObjectName(QStringLiteral("vault"));
    moveToThread(&m_thread);
    m_thread.start();
    post([this] { m_vault = std::make_unique<vault::Vault>(m_folder); });
}

VaultWorker::~VaultWorker()
{
    // Lock (zeroing keys) on the vault thread, then stop it.
    QMetaObject::invokeMethod(this, [this] { m_vault.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename Job>
void VaultWorker::post(Job job)
{
    QMetaObject::invokeMethod(this, std::move(job), Qt::QueuedConnection);
}

bool VaultWorker::vaultExists() const
{
    return QFileInfo::exists(m_folder + QLatin1Char('/') + QLatin1String(vault::Vault::HeaderFileName));
}

void VaultWorker::create(std::shared_ptr<crypto::SecureBuffer> passphrase)
{
    post([this, passphrase] {
        const Status status = m_vault->create(passphrase->view());
        passphrase->clear();
        if (status)
            emit opened(m_vault->holderDid());
        else
            emit failed(status.error());
    });
}

void VaultWorker::unlock(std::shared_ptr<crypto::SecureBuffer> passphrase)
{
    post([this, passphrase] {
        const Status status = m_vault->unlock(passphrase->view());
        passphrase->clear();
        if (status)
            emit opened(m_vault->holderDid());
        else
            emit failed(status.error());
    });
}

void VaultWorker::lock()
{
    post([this] {
        m_vault->lock();
        emit locked();
    });
}

void VaultWorker::loadCredentials(const QString &query)
{
    post([this, query] {
        vault::CredentialStore store = m_vault->credentials();
        Result<QList<vault::CredentialSummary>> summaries = query.trimmed().isEmpty() ? store.list() : store.search(query);
        if (summaries)
            emit credentialsLoaded(*summaries, query);
        else
            emit failed(summaries.error());
    });
}

} // namespace vitae::gui
