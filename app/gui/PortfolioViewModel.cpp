#include "gui/PortfolioViewModel.h"

#include "credential/CredentialReader.h"
#include "crypto/Sodium.h"
#include "portfolio/Bundle.h"
#include "portfolio/SelfAssertedEntry.h"
#include "verify/VaultVerification.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSaveFile>

#include <optional>

namespace vitae::gui {

namespace {
struct Listing {
    std::optional<Error> error;
    QVariantList entries;
    QVariantList all;
};

struct Added {
    std::optional<Error> error;
    qint64 id = 0;
    QString title;
};

Result<QDate> monthOf(const QString &text, bool required, const QString &field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && !required)
        return QDate();
    const QDate date = QDate::fromString(trimmed + QStringLiteral("-01"), Qt::ISODate);
    if (!date.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         PortfolioViewModel::tr("Write the %1 month as year and month, for example 2019-04.").arg(field));
    return date;
}

Result<Listing> list(vault::Vault &vault)
{
    Result<QList<vault::CredentialSummary>> summaries = vault.credentials().list();
    if (!summaries)
        return summaries.error();
    Listing out;
    for (const vault::CredentialSummary &summary : *summaries) {
        Result<vault::CredentialRecord> record = vault.credentials().get(summary.id);
        if (!record)
            return record.error();
        const bool selfAsserted = record->issuerId == vault.holderDid();
        out.all.append(QVariantMap{{QStringLiteral("credentialId"), summary.id},
                                   {QStringLiteral("title"), record->name},
                                   {QStringLiteral("issuer"), record->issuerName.isEmpty() ? record->issuerId : record->issuerName},
                                   {QStringLiteral("selfAsserted"), selfAsserted}});
        if (!selfAsserted)
            continue;
        QStringList evidence;
        if (Result<QList<vault::EvidenceRecord>> files = vault.evidence().listFor(summary.id))
            for (const vault::EvidenceRecord &file : *files)
                evidence.append(file.name);
        out.entries.append(QVariantMap{{QStringLiteral("credentialId"), summary.id},
                                       {QStringLiteral("title"), record->name},
                                       {QStringLiteral("description"), record->description},
                                       {QStringLiteral("evidence"), evidence}});
    }
    return out;
}
} // namespace

PortfolioViewModel::PortfolioViewModel(VaultWorker &worker, QObject *parent) : ViewModel(parent), m_worker(worker) {}

QStringList PortfolioViewModel::draftEvidence() const
{
    QStringList names;
    for (const QString &path : m_evidencePaths)
        names.append(QFileInfo(path).fileName());
    return names;
}

void PortfolioViewModel::load()
{
    setBusy(true);
    m_worker.run(
            this,
            [](vault::Vault &vault) -> Result<Listing> {
                if (!vault.isUnlocked())
                    return Listing{};
                return list(vault);
            },
            [this](Result<Listing> listing) {
                setBusy(false);
                if (!listing)
                    return setError(listing.message());
                m_entries = listing->entries;
                m_all = listing->all;
                emit loaded();
            });
}

void PortfolioViewModel::addSkill(const QString &skill)
{
    const QString trimmed = skill.simplified();
    if (trimmed.isEmpty() || m_skills.contains(trimmed, Qt::CaseInsensitive))
        return;
    m_skills.append(trimmed);
    emit draftChanged();
}

void PortfolioViewModel::removeSkill(int index)
{
    if (index >= 0 && index < m_skills.size()) {
        m_skills.removeAt(index);
        emit draftChanged();
    }
}

void PortfolioViewModel::addEvidence(const QList<QUrl> &files)
{
    for (const QUrl &url : files)
        if (url.isLocalFile() && !m_evidencePaths.contains(url.toLocalFile()))
            m_evidencePaths.append(url.toLocalFile());
    emit draftChanged();
}

void PortfolioViewModel::removeEvidence(int index)
{
    if (index >= 0 && index < m_evidencePaths.size()) {
        m_evidencePaths.removeAt(index);
        emit draftChanged();
    }
}

void PortfolioViewModel::discardDraft()
{
    m_skills.clear();
    m_evidencePaths.clear();
    emit draftChanged();
}

void PortfolioViewModel::addExperience(const QString &role, const QString &organisation, const QString &place,
                                       const QString &startMonth, const QString &endMonth, const QString &description)
{
    if (role.trimmed().isEmpty())
        return setError(tr("Write the role you had, for example “Logistics planning officer”."));
    const Result<QDate> start = monthOf(startMonth, true, tr("start"));
    const Result<QDate> end = monthOf(endMonth, false, tr("end"));
    if (!start || !end)
        return setError(start ? end.message() : start.message());
    setError(QString());
    setNotice(QString());
    setBusy(true);
    const portfolio::ExperienceEntry entry{role.trimmed(), organisation.trimmed(), place.trimmed(), *start,
                                           end->isValid() ? end->addMonths(1).addDays(-1) : QDate(),
                                           description.trimmed(), m_skills};
    m_worker.run(
            this,
            [entry, paths = m_evidencePaths](vault::Vault &vault) {
                Added out;
                auto fail = [&out](const Error &error) {
                    out.error = error;
                    return out;
                };
                if (!vault.isUnlocked())
                    return fail(makeError(ErrorCode::InvalidArgument, tr("The vault is locked.")));
                QList<vault::EvidenceRecord> files;
                QList<portfolio::EvidenceReference> references;
                QMimeDatabase mimeTypes;
                for (const QString &path : paths) {
                    QFile file(path);
                    if (!file.open(QIODevice::ReadOnly))
                        return fail(makeError(ErrorCode::Io, tr("%1 cannot be read.").arg(QFileInfo(path).fileName())));
                    if (file.size() > vault::EvidenceStore::DefaultMaxBytes)
                        return fail(makeError(ErrorCode::LimitExceeded,
                                              tr("%1 is larger than %2 MB.").arg(QFileInfo(path).fileName())
                                                      .arg(vault::EvidenceStore::DefaultMaxBytes / (1024 * 1024))));
                    vault::EvidenceRecord record;
                    record.name = QFileInfo(path).fileName();
                    record.data = file.readAll();
                    record.mediaType = mimeTypes.mimeTypeForFileNameAndData(path, record.data).name();
                    references.append({record.name, record.mediaType, crypto::sha256(record.data), QString()});
                    files.append(record);
                }
                Result<QJsonObject> vc = portfolio::makeEntryCredential(entry, references, vault.holderKey(), vault.holderDid());
                if (!vc)
                    return fail(vc.error());
                Result<credential::Credential> credential =
                        credential::readCredential(QJsonDocument(*vc).toJson(QJsonDocument::Compact));
                if (!credential)
                    return fail(credential.error());
                verify::VerifyContext context; // offline; the entry is signed by this vault's key
                context.holderDids = {vault.holderDid()};
                const verify::VerificationResult result = verify::verifyCredential(*credential, context);
                Result<qint64> id = vault.credentials().add(verify::makeRecord(*credential, &result, QStringLiteral("self-asserted")));
                if (!id)
                    return fail(id.error());
                for (vault::EvidenceRecord file : files) {
                    file.credentialId = *id;
                    if (Result<qint64> added = vault.evidence().add(file); !added) {
                        // No entry without its evidence: take it out again.
                        (void)vault.credentials().remove(*id);
                        return fail(added.error());
                    }
                }
                out.id = *id;
                out.title = credential->title;
                return out;
            },
            [this](Added added) {
                setBusy(false);
                if (added.error)
                    return setError(added.error->message);
                discardDraft();
                setNotice(tr("Added “%1”. It is marked self-asserted: you vouch for it, nobody else has checked it yet.")
                                  .arg(added.title));
                emit entryAdded(added.id);
                load();
            });
}

void PortfolioViewModel::exportBundle(const QVariantList &credentialIds, const QString &title, const QUrl &file)
{
    QList<qint64> ids;
    for (const QVariant &id : credentialIds)
        ids.append(id.toLongLong());
    if (ids.isEmpty())
        return setError(tr("Choose at least one credential to export."));
    if (!file.isLocalFile())
        return setError(tr("Choose a file on this device."));
    setError(QString());
    setNotice(QString());
    setBusy(true);
    const QString path = file.toLocalFile();
    m_worker.run(
            this,
            [ids, path, title](vault::Vault &vault) -> std::optional<Error> {
                if (!vault.isUnlocked())
                    return makeError(ErrorCode::InvalidArgument, tr("The vault is locked."));
                // Offline for now: a recorder over no resolver keeps nothing,
                // so the bundle carries no network snapshots yet.
                portfolio::RecordingResolver recorder(nullptr);
                verify::VerifyContext context;
                context.resolver = &recorder;
                context.holderDids = {vault.holderDid()};
                portfolio::BundleInput input;
                input.title = title.trimmed().isEmpty() ? tr("Portfolio") : title.trimmed();
                for (qint64 id : ids) {
                    Result<vault::CredentialRecord> record = vault.credentials().get(id);
                    if (!record)
                        return record.error();
                    if (Result<credential::Credential> credential = credential::readCredential(record->raw))
                        (void)verify::verifyCredential(*credential, context);
                    const int index = int(input.credentials.size());
                    input.credentials.append(record->raw);
                    Result<QList<vault::EvidenceRecord>> listed = vault.evidence().listFor(id);
                    if (!listed)
                        return listed.error();
                    for (const vault::EvidenceRecord &listing : *listed) {
                        Result<vault::EvidenceRecord> evidence = vault.evidence().get(listing.id);
                        if (!evidence)
                            return evidence.error();
                        input.evidence.append({evidence->name, evidence->mediaType, evidence->data, index});
                    }
                }
                input.snapshots = recorder.recorded();
                Result<QByteArray> bundle = portfolio::makeBundle(input, vault.holderKey(), vault.holderDid());
                if (!bundle)
                    return bundle.error();
                QSaveFile out(path);
                if (!out.open(QIODevice::WriteOnly) || out.write(*bundle) != bundle->size() || !out.commit())
                    return makeError(ErrorCode::Io, tr("Could not save %1: %2").arg(path, out.errorString()));
                return std::nullopt;
            },
            [this, path, count = ids.size()](std::optional<Error> error) {
                setBusy(false);
                if (error)
                    return setError(error->message);
                setNotice(tr("Exported %n credential(s) to %1.", nullptr, int(count)).arg(path));
                emit exported(path);
            });
}

void PortfolioViewModel::clear()
{
    m_entries.clear();
    m_all.clear();
    discardDraft();
    setError(QString());
    setNotice(QString());
    setBusy(false);
    emit loaded();
}

} // namespace vitae::gui
