#include "gui/PortfolioExport.h"

#include "credential/CredentialReader.h"
#include "gui/TrustLists.h"
#include "pdf/PortfolioPdf.h"
#include "portfolio/Bundle.h"
#include "portfolio/SelfAssertedEntry.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace vitae::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vitae::gui", text); // the context lupdate gives tr() here
}

// One card per credential, with its verification at export time in words.
pdf::PdfCard cardFor(const QString &learnerName, const verify::VerificationResult &result,
                     const std::optional<credential::Credential> &credential)
{
    pdf::PdfCard card;
    card.verdict = result.verdict();
    for (const verify::CheckResult &check : result.checks)
        card.checkSentences.append(check.message);
    if (!credential) {
        card.title = QCoreApplication::translate("vitae::gui", "(a credential Vitae can no longer read)");
        return card;
    }
    card.title = credential->title;
    card.issuerName = credential->issuerName.isEmpty() ? credential->issuerId : credential->issuerName;
    card.issuedAt = credential->issuedAt;
    card.validFrom = credential->validFrom;
    card.validUntil = credential->validUntil;
    card.achievement = credential->achievement ? credential->achievement->description : credential->description;
    card.selfAsserted = portfolio::isSelfAssertedEntry(credential->document);
    if (card.selfAsserted && !learnerName.isEmpty())
        card.issuerName = learnerName;
    return card;
}

} // namespace

Result<PortfolioExported> exportPortfolio(vault::Vault &vault, const PortfolioExportRequest &request)
{
    if (!vault.isUnlocked())
        return makeError(ErrorCode::InvalidArgument, tr("The vault is locked."));
    if (request.credentialIds.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("This portfolio is empty: add something to it before exporting."));
    // Offline for now: a recorder over no resolver keeps nothing, so the
    // bundle carries no network snapshots from the app yet.
    portfolio::RecordingResolver recorder(nullptr);
    verify::VerifyContext context;
    context.resolver = &recorder;
    context.holderDids = {vault.holderDid()};
    portfolio::BundleInput input;
    input.title = request.title.trimmed().isEmpty() ? tr("Portfolio") : request.title.trimmed();
    input.learnerName = request.learnerName.trimmed();
    const verify::TrustStore trust = learnerTrustStore(vault.database());
    context.trust = &trust;
    pdf::PdfPortfolio document;
    for (qint64 id : request.credentialIds) {
        Result<vault::CredentialRecord> record = vault.credentials().get(id);
        if (!record)
            return record.error();
        std::optional<credential::Credential> credential;
        verify::VerificationResult result;
        if (Result<credential::Credential> read = credential::readCredential(record->raw)) {
            result = verify::verifyCredential(*read, context);
            credential = std::move(*read);
        }
        document.cards.append(cardFor(input.learnerName, result, credential));
        const int index = int(input.credentials.size());
        input.credentials.append(record->raw);
        Result<QList<vault::EvidenceRecord>> listed = vault.evidence().listFor(id);
        if (!listed)
            return listed.error();
        for (const vault::EvidenceRecord &listing : std::as_const(*listed)) {
            Result<vault::EvidenceRecord> file = vault.evidence().get(listing.id);
            if (!file)
                return file.error();
            input.evidence.append({file->name, file->mediaType, file->data, index});
        }
    }
    input.snapshots = recorder.recorded();
    QHash<QString, QDateTime> listAdded;
    if (Result<QList<StoredTrustList>> lists = storedTrustLists(vault.database()))
        for (const StoredTrustList &list : std::as_const(*lists))
            listAdded.insert(list.name, list.addedAt);
    input.trustEntries = portfolio::trustSnapshotsFor(input.credentials, trust, listAdded);
    Result<QByteArray> bundle = portfolio::makeBundle(input, vault.holderKey(), vault.holderDid());
    if (!bundle)
        return bundle.error();
    const PortfolioExported done{int(input.credentials.size()), int(input.evidence.size()), int(input.snapshots.size())};
    if (request.path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        document.title = input.title;
        document.learnerName = input.learnerName;
        document.bundleJson = *bundle;
        Result<pdf::PdfWritten> written = pdf::writePortfolioPdf(document, request.path);
        if (!written)
            return written.error();
        return done;
    }
    QSaveFile out(request.path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bundle) != bundle->size() || !out.commit())
        return makeError(ErrorCode::Io, tr("Could not save %1: %2").arg(request.path, out.errorString()));
    return done;
}

} // namespace vitae::gui
