#include "gui/VaultWorker.h"

#include "credential/CredentialReader.h"
#include "exchange/Collect.h"
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

void VaultWorker::previewFiles(const QStringList &paths)
{
    post([this, paths] {
        m_pending.clear();
        m_pendingSource = QStringLiteral("file:");
        verify::VerifyContext context; // offline: nothing leaves the device before the learner agrees
        context.holderDids = {m_vault->holderDid()};
        QVariantList previews;
        for (const QString &path : paths) {
            QFile file(path);
            Result<QList<exchange::FoundCredential>> found =
                    file.open(QIODevice::ReadOnly) && file.size() <= kMaxImportFileBytes
                    ? exchange::credentialsIn(file.readAll(), QFileInfo(path).fileName())
                    : Result<QList<exchange::FoundCredential>>(makeError(
                              ErrorCode::InvalidInput, QStringLiteral("%1 cannot be read.").arg(QFileInfo(path).fileName())));
            if (!found) {
                previews.append(QVariantMap{{QStringLiteral("source"), QFileInfo(path).fileName()},
                                            {QStringLiteral("error"), found.message()},
                                            {QStringLiteral("canStore"), false}});
                continue;
            }
            for (const exchange::FoundCredential &item : *found) {
                m_pending.append(exchange::previewImport(item, *m_vault, context));
                previews.append(describePreview(m_pending.last()));
            }
        }
        emit importPreviewed(previews);
    });
}

void VaultWorker::previewLink(const QString &text, const QString &txCode)
{
    post([this, text, txCode] {
        m_pending.clear();
        m_pendingSource = QStringLiteral("link:");
        Result<exchange::Link> link = exchange::parseLink(text);
        if (!link)
            return emit failed(link.error());
        net::HttpLimits limits;
        limits.allowLoopbackHttp = qEnvironmentVariable("VITAE_ALLOW_LOOPBACK_HTTP") == QLatin1String("1");
        net::HttpResolver http(limits);
        exchange::CollectContext context;
        context.http = &http;
        context.holderKey = &m_vault->holderKey();
        context.holderDid = m_vault->holderDid();
        context.txCode = txCode;
        std::optional<exchange::TxCodeRequest> asked;
        context.askTxCode = [&asked](const exchange::TxCodeRequest &request) {
            asked = request; // the learner is asked on the GUI thread, then this runs again
            return std::optional<QString>();
        };
        Result<exchange::CollectedCredentials> collected = exchange::collectFromLink(*link, context);
        if (!collected && asked) {
            QString prompt = tr("%1 asks for the transaction code it sent you").arg(asked->issuer);
            if (asked->length > 0)
                prompt += asked->inputMode == QLatin1String("numeric") ? tr(" (%n digits)", nullptr, asked->length)
                                                                      : tr(" (%n characters)", nullptr, asked->length);
            if (!asked->description.isEmpty())
                prompt += QStringLiteral(": ") + asked->description.left(120);
            return emit txCodeNeeded(prompt + QLatin1Char('.'));
        }
        if (!collected)
            return emit failed(collected.error());
        // The learner chose to go online for this link, so the checks may
        // too (status lists, did:web).
        verify::VerifyContext verifyContext;
        verifyContext.resolver = &http;
        verifyContext.holderDids = {m_vault->holderDid()};
        QVariantList previews;
        for (const exchange::FoundCredential &item : std::as_const(collected->credentials)) {
            m_pending.append(exchange::previewImport(item, *m_vault, verifyContext));
            previews.append(describePreview(m_pending.last()));
        }
        emit importPreviewed(previews);
    });
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
        verify::VerifyContext context; // offline
        context.holderDids = {m_vault->holderDid()};
        if (Result<verify::VerificationResult> result = verify::reverifyOne(*m_vault, id, context); !result)
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
