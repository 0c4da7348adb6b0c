#include "gui/PortfolioViewModel.h"

#include "credential/CredentialReader.h"
#include "crypto/Sodium.h"
#include "gui/PortfolioExport.h"
#include "gui/PortfolioListing.h"
#include "portfolio/SelfAssertedEntry.h"
#include "verify/VaultVerification.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>

#include <optional>

namespace vitae::gui {

namespace {
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
            this, [current = m_current](vault::Vault &vault) { return listPortfolios(vault, current); },
            [this](Result<PortfolioListing> listing) {
                setBusy(false);
                if (!listing)
                    return setError(listing.message());
                m_entries = listing->entries;
                m_all = listing->all;
                m_portfolios = listing->portfolios;
                m_current = listing->current;
                m_items = listing->items;
                m_addable = listing->addable;
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
    exportIds(ids, title, file);
}

void PortfolioViewModel::exportPortfolio(const QString &title, const QUrl &file)
{
    if (m_current.isEmpty())
        return setError(tr("Open a portfolio first."));
    QList<qint64> ids;
    for (const QVariant &item : std::as_const(m_items))
        ids.append(item.toMap().value(QStringLiteral("credentialId")).toLongLong());
    if (ids.isEmpty())
        return setError(tr("This portfolio is empty: add something to it before exporting."));
    exportIds(ids, title.trimmed().isEmpty() ? m_current : title, file);
}

void PortfolioViewModel::exportIds(const QList<qint64> &ids, const QString &title, const QUrl &file)
{
    if (!file.isLocalFile())
        return setError(tr("Choose a file on this device."));
    setError(QString());
    setNotice(QString());
    setBusy(true);
    const PortfolioExportRequest request{ids, title, QString(), file.toLocalFile()};
    m_worker.run(
            this, [request](vault::Vault &vault) { return vitae::gui::exportPortfolio(vault, request); },
            [this, path = request.path](Result<PortfolioExported> done) {
                setBusy(false);
                if (!done)
                    return setError(done.message());
                setNotice(tr("Exported %n credential(s) to %1.", nullptr, done->credentials).arg(path));
                emit exported(path);
            });
}

void PortfolioViewModel::changeThenReload(std::function<Status(vault::Vault &)> change, const QString &notice,
                                          const QString &openAfter)
{
    setError(QString());
    setNotice(QString());
    setBusy(true);
    struct Changed {
        std::optional<Error> error;
        Result<PortfolioListing> listing = PortfolioListing{};
    };
    m_worker.run(
            this,
            [change = std::move(change), openAfter, before = m_current](vault::Vault &vault) {
                Changed out;
                if (!vault.isUnlocked()) {
                    out.error = makeError(ErrorCode::InvalidArgument, tr("The vault is locked."));
                    return out;
                }
                // On failure the learner stays where they were.
                if (Status s = change(vault); !s)
                    out.error = s.error();
                out.listing = listPortfolios(vault, out.error ? before : openAfter);
                return out;
            },
            [this, notice](Changed changed) {
                setBusy(false);
                if (changed.listing) {
                    m_entries = changed.listing->entries;
                    m_all = changed.listing->all;
                    m_portfolios = changed.listing->portfolios;
                    m_current = changed.listing->current;
                    m_items = changed.listing->items;
                    m_addable = changed.listing->addable;
                    emit loaded();
                }
                if (changed.error)
                    return setError(changed.error->message);
                if (!changed.listing)
                    return setError(changed.listing.message());
                setNotice(notice);
            });
}

void PortfolioViewModel::createPortfolio(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return setError(tr("Give the portfolio a name, for example the job you are applying for."));
    changeThenReload([trimmed](vault::Vault &vault) { return vault.tags().create(trimmed); },
                     tr("Made the portfolio “%1”. Add what it should show.").arg(trimmed), trimmed);
}

void PortfolioViewModel::renamePortfolio(const QString &name, const QString &newName)
{
    const QString trimmed = newName.simplified();
    if (trimmed.isEmpty())
        return setError(tr("Give the portfolio a name, for example the job you are applying for."));
    changeThenReload([name, trimmed](vault::Vault &vault) { return vault.tags().rename(name, trimmed); },
                     tr("Renamed to “%1”.").arg(trimmed), m_current == name ? trimmed : m_current);
}

void PortfolioViewModel::deletePortfolio(const QString &name)
{
    changeThenReload([name](vault::Vault &vault) { return vault.tags().removeTag(name); },
                     tr("Deleted the portfolio “%1”. Its credentials are still in your vault.").arg(name),
                     m_current == name ? QString() : m_current);
}

void PortfolioViewModel::openPortfolio(const QString &name)
{
    setNotice(QString());
    setError(QString());
    m_current = name;
    load();
}

void PortfolioViewModel::closePortfolio()
{
    setNotice(QString());
    setError(QString());
    m_current.clear();
    m_items.clear();
    m_addable.clear();
    emit loaded();
}

void PortfolioViewModel::addToPortfolio(qint64 credentialId)
{
    if (m_current.isEmpty())
        return setError(tr("Open a portfolio first."));
    changeThenReload([id = credentialId, name = m_current](vault::Vault &vault) {
        return vault.tags().attach(id, name, vault::TagKind::Collection);
    }, QString(), m_current);
}

void PortfolioViewModel::removeFromPortfolio(qint64 credentialId)
{
    if (m_current.isEmpty())
        return setError(tr("Open a portfolio first."));
    changeThenReload([id = credentialId, name = m_current](vault::Vault &vault) {
        return vault.tags().detach(id, name, vault::TagKind::Collection);
    }, QString(), m_current);
}

void PortfolioViewModel::moveItem(qint64 credentialId, int position)
{
    if (m_current.isEmpty())
        return setError(tr("Open a portfolio first."));
    changeThenReload([id = credentialId, name = m_current, position](vault::Vault &vault) {
        return vault.tags().move(id, name, position);
    }, QString(), m_current);
}

void PortfolioViewModel::clear()
{
    m_entries.clear();
    m_all.clear();
    m_portfolios.clear();
    m_current.clear();
    m_items.clear();
    m_addable.clear();
    discardDraft();
    setError(QString());
    setNotice(QString());
    setBusy(false);
    emit loaded();
}

} // namespace vitae::gui
