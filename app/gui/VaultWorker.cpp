#include "gui/VaultWorker.h"

#include "credential/CredentialReader.h"
#include "exchange/Collect.h"
#include "gui/TrustLists.h"
#include "gui/LinkCollector.h"
#include "portfolio/Endorsement.h"
#include "net/HttpResolver.h"
#include "verify/VaultVerification.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace vitae::gui {

VaultWorker::VaultWorker(QString folder) : m_folder(std::move(folder))
{
    qRegisterMetaType<vitae::Error>();
    qRegisterMetaType<QList<vitae::vault::CredentialSummary>>();
    m_thread.setObjectName(QStringLiteral("vault"));
    m_collectPool.setMaxThreadCount(1);
    moveToThread(&m_thread);
    m_thread.start();
    post([this] { m_vault = std::make_unique<vault::Vault>(m_folder); });
}

VaultWorker::~VaultWorker()
{
    // A collection still running posts its end to the vault thread: let it
    // stop (within about 100 ms) before the vault goes.
    cancelCollect();
    m_collectPool.waitForDone();
    // Lock (zeroing keys) on the vault thread, then stop it.
    QMetaObject::invokeMethod(this, [this] { m_vault.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
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
    cancelCollect(); // its copy of the holder key goes with it
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

namespace {
// Badge images can be larger than credentials.
constexpr qint64 kMaxImportFileBytes = 64 * 1024 * 1024; // a portfolio PDF carries its evidence

QVariantMap describePreview(const exchange::ImportPreview &preview)
{
    QVariantMap map{{QStringLiteral("source"), preview.found.where}};
    if (!preview.credential) {
        map.insert(QStringLiteral("error"), preview.readError.message);
        map.insert(QStringLiteral("canStore"), false);
        return map;
    }
    QStringList checks;
    for (const verify::CheckResult &check : preview.result.checks)
        if (check.outcome != verify::Outcome::Passed)
            checks.append(check.message);
    map.insert(QStringLiteral("title"), preview.credential->title);
    map.insert(QStringLiteral("issuer"), preview.credential->issuerName.isEmpty() ? preview.credential->issuerId
                                                                               : preview.credential->issuerName);
    map.insert(QStringLiteral("status"), verify::displayStatus(preview.result));
    map.insert(QStringLiteral("checks"), checks);
    map.insert(QStringLiteral("duplicateOf"), preview.duplicateOf);
    map.insert(QStringLiteral("canStore"), preview.canStore());
    return map;
}
} // namespace

// Offline (nothing leaves the device before the learner agrees), with the
// issuers the learner's trust lists recognise. `trust` must outlive it.
verify::VerifyContext VaultWorker::offlineContext(const verify::TrustStore &trust) const
{
    verify::VerifyContext context;
    context.holderDids = {m_vault->holderDid()};
    context.trust = &trust;
    return context;
}

// Adds a preview for each credential found (or one error line) to `previews`.
void VaultWorker::previewFound(const Result<QList<exchange::FoundCredential>> &found, const QString &name,
                               const verify::VerifyContext &context, QVariantList &previews)
{
    if (!found) {
        previews.append(QVariantMap{{QStringLiteral("source"), name},
                                    {QStringLiteral("error"), found.message()},
                                    {QStringLiteral("canStore"), false}});
        return;
    }
    for (const exchange::FoundCredential &item : *found) {
        m_pending.append(exchange::previewImport(item, *m_vault, context));
        previews.append(describePreview(m_pending.last()));
    }
}

void VaultWorker::previewFiles(const QStringList &paths)
{
    post([this, paths] {
        m_pending.clear();
        m_pendingSource = QStringLiteral("file:");
        QVariantList previews;
        // Read once for all the files, not once per file.
        const verify::TrustStore trust = learnerTrustStore(m_vault->database());
        const verify::VerifyContext context = offlineContext(trust);
        for (const QString &path : paths) {
            QFile file(path);
            Result<QList<exchange::FoundCredential>> found =
                    file.open(QIODevice::ReadOnly) && file.size() <= kMaxImportFileBytes
                    ? exchange::credentialsIn(file.readAll(), QFileInfo(path).fileName())
                    : Result<QList<exchange::FoundCredential>>(makeError(
                              ErrorCode::InvalidInput, tr("%1 cannot be read.").arg(QFileInfo(path).fileName())));
            previewFound(found, QFileInfo(path).fileName(), context, previews);
        }
        emit importPreviewed(previews);
    });
}

void VaultWorker::previewBytes(const QByteArray &bytes, const QString &name)
{
    post([this, bytes, name] {
        m_pending.clear();
        m_pendingSource = QStringLiteral("scan:");
        QVariantList previews;
        const verify::TrustStore trust = learnerTrustStore(m_vault->database());
        previewFound(exchange::credentialsIn(bytes, name), name, offlineContext(trust), previews);
        emit importPreviewed(previews);
    });
}

void VaultWorker::cancelCollect()
{
    if (m_collectCancel)
        m_collectCancel->store(true);
    m_collectCancel.reset();
}

void VaultWorker::previewLink(const QString &text, const QString &txCode)
{
    cancelCollect(); // a newer request replaces an older one
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_collectCancel = cancel;
    // On the vault thread only what needs the vault: the holder's key and
    // DID. The network part runs on m_collectPool, so vault work queued
    // meanwhile is not held up and the learner can cancel it.
    post([this, text, txCode, cancel] {
        if (cancel->load())
            return;
        Result<exchange::Link> link = exchange::parseLink(text);
        if (!link)
            return emit failed(link.error());
        if (!m_vault->isUnlocked())
            return emit failed(makeError(ErrorCode::Locked, tr("Unlock your vault first; the link waits for you.")));
        Result<crypto::Ed25519KeyPair> key = crypto::Ed25519KeyPair::fromSeed(m_vault->holderKey().seed().view());
        if (!key)
            return emit failed(key.error());
        auto holderKey = std::make_shared<const crypto::Ed25519KeyPair>(std::move(*key));
        m_collectPool.start([this, link = *link, txCode, cancel, holderKey, holderDid = m_vault->holderDid()] {
            LinkCollection collected = collectLink(link, txCode, *holderKey, holderDid, *cancel);
            if (cancel->load())
                return; // the learner stopped it: nothing is previewed or reported
            post([this, collected = std::move(collected), cancel]() mutable { finishLinkPreview(collected, *cancel); });
        });
    });
}

// On the vault thread, after collectLink: the duplicates, then the preview.
void VaultWorker::finishLinkPreview(LinkCollection &collected, const std::atomic<bool> &cancel)
{
    if (cancel.load() || !m_vault->isUnlocked())
        return;
    if (collected.txCodeAsked) {
        const exchange::TxCodeRequest &asked = *collected.txCodeAsked;
        QString prompt = tr("%1 asks for the transaction code it sent you").arg(asked.issuer);
        if (asked.length > 0)
            prompt += asked.inputMode == QLatin1String("numeric") ? tr(" (%n digits)", nullptr, asked.length)
                                                                 : tr(" (%n characters)", nullptr, asked.length);
        if (!asked.description.isEmpty())
            prompt += QStringLiteral(": ") + asked.description.left(120);
        return emit txCodeNeeded(prompt + QLatin1Char('.'));
    }
    if (collected.error)
        return emit failed(*collected.error);
    m_pending.clear();
    m_pendingSource = QStringLiteral("link:");
    QVariantList previews;
    for (exchange::ImportPreview &preview : collected.previews) {
        if (preview.credential) {
            Result<qint64> duplicate = m_vault->credentials().findDuplicate(preview.credential->raw, preview.credential->id);
            preview.duplicateOf = duplicate ? *duplicate : 0;
        }
        m_pending.append(std::move(preview));
        previews.append(describePreview(m_pending.last()));
    }
    emit importPreviewed(previews);
}

void VaultWorker::storePending()
{
    post([this] {
        int count = 0;
        for (const exchange::ImportPreview &preview : std::as_const(m_pending)) {
            if (!preview.canStore())
                continue;
            Result<qint64> id = exchange::storeImport(preview, *m_vault, m_pendingSource + preview.found.where);
            if (!id && id.code() != ErrorCode::AlreadyExists) {
                m_pending.clear();
                emit failed(id.error());
                return;
            }
            count += id ? 1 : 0;
        }
        m_pending.clear();
        emit imported(count);
    });
}

void VaultWorker::discardPending()
{
    post([this] { m_pending.clear(); });
}

namespace {
QString shortDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat) : QString();
}

QVariantMap describeRecord(const vault::CredentialRecord &record)
{
    QVariantList checks;
    const QJsonObject result = QJsonDocument::fromJson(record.verificationJson).object();
    for (const QJsonValue &check : result.value(QStringLiteral("checks")).toArray())
        checks.append(check.toObject().toVariantMap());
    const bool printable = !record.raw.contains('\0') && QString::fromUtf8(record.raw).toUtf8() == record.raw;
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("title"), record.name},
            {QStringLiteral("description"), record.description},
            {QStringLiteral("issuer"), record.issuerName.isEmpty() ? record.issuerId : record.issuerName},
            {QStringLiteral("issuerId"), record.issuerId},
            {QStringLiteral("subjectId"), record.subjectId},
            {QStringLiteral("format"), record.format},
            {QStringLiteral("types"), record.types.join(QStringLiteral(", "))},
            {QStringLiteral("issued"), shortDate(record.issuedAt)},
            {QStringLiteral("validUntil"), shortDate(record.validUntil)},
            {QStringLiteral("status"), record.verificationStatus},
            {QStringLiteral("verifiedAt"), shortDate(record.verifiedAt)},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("source"), record.importSource},
            {QStringLiteral("imported"), shortDate(record.importedAt)},
            {QStringLiteral("raw"), printable ? QString::fromUtf8(record.raw) : QString()}};
}
} // namespace

void VaultWorker::loadDetail(qint64 id)
{
    post([this, id] {
        Result<vault::CredentialRecord> record = m_vault->credentials().get(id);
        if (!record)
            return emit failed(record.error());
        QVariantMap detail = describeRecord(*record);
        detail.insert(QStringLiteral("endorsements"), endorsementsOf(record->credentialId));
        emit detailLoaded(detail);
    });
}

// The stored endorsements of a credential (OB 3.0 EndorsementCredentials
// whose subject is its id): who endorsed it, what they said, and how their
// endorsement verified.
QVariantList VaultWorker::endorsementsOf(const QString &credentialId)
{
    QVariantList found;
    if (credentialId.isEmpty())
        return found;
    Result<QList<vault::CredentialSummary>> all = m_vault->credentials().list();
    for (const vault::CredentialSummary &summary : all ? *all : QList<vault::CredentialSummary>()) {
        if (!summary.types.contains(QStringLiteral("EndorsementCredential")))
            continue;
        Result<vault::CredentialRecord> record = m_vault->credentials().get(summary.id);
        Result<credential::Credential> endorsement = record ? credential::readCredential(record->raw)
                                                            : Result<credential::Credential>(record.error());
        if (!endorsement || portfolio::endorsedId(*endorsement) != credentialId)
            continue;
        found.append(QVariantMap{
                {QStringLiteral("id"), summary.id},
                {QStringLiteral("endorser"), endorsement->issuerName.isEmpty() ? endorsement->issuerId : endorsement->issuerName},
                {QStringLiteral("comment"), endorsement->document.value(QLatin1String("credentialSubject")).toObject()
                                                    .value(QLatin1String("endorsementComment")).toString()},
                {QStringLiteral("status"), summary.verificationStatus}});
    }
    return found;
}

void VaultWorker::reverify(qint64 id)
{
    post([this, id] {
        const verify::TrustStore trust = learnerTrustStore(m_vault->database());
        if (Result<verify::VerificationResult> result = verify::reverifyOne(*m_vault, id, offlineContext(trust)); !result)
            return emit failed(result.error());
        loadDetail(id);
    });
}

void VaultWorker::deleteCredential(qint64 id)
{
    post([this, id] {
        if (Status s = m_vault->credentials().remove(id); !s)
            return emit failed(s.error());
        emit deleted(id);
    });
}

} // namespace vitae::gui
