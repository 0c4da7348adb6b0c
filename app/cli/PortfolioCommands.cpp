#include "cli/PortfolioCommands.h"

#include "cli/ResultText.h"
#include "cli/VerifySetup.h"
#include "credential/CredentialReader.h"
#include "crypto/Sodium.h"
#include "portfolio/Bundle.h"
#include "portfolio/Endorsement.h"
#include "portfolio/SelfAssertedEntry.h"
#include "portfolio/Skills.h"
#include "qr/QrPayload.h"
#ifdef VITAE_HAVE_PDF_WRITER
#include "pdf/PortfolioPdf.h"
#endif
#include "verify/VaultVerification.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSaveFile>

#include <optional>

namespace vitae::cli {

namespace {

Result<QDate> dateOption(const QString &text, const QString &option)
{
    if (text.isEmpty())
        return QDate();
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate); // YYYY-MM
    if (!date.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 takes a date such as 2015-06-30 or 2015-06").arg(option));
    return date;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

struct EvidenceFile {
    vault::EvidenceRecord record;
    portfolio::EvidenceReference reference;
};

Result<QList<EvidenceFile>> readEvidence(const QStringList &paths)
{
    QList<EvidenceFile> files;
    QMimeDatabase mimeTypes;
    for (const QString &path : paths) {
        Result<QByteArray> data = readInput(path, vault::EvidenceStore::DefaultMaxBytes);
        if (!data)
            return data.error();
        EvidenceFile file;
        file.record.name = QFileInfo(path).fileName();
        file.record.mediaType = mimeTypes.mimeTypeForFileNameAndData(path, *data).name();
        file.record.data = *data;
        file.reference = {file.record.name, file.record.mediaType, crypto::sha256(*data), QString()};
        files.append(file);
    }
    return files;
}

// Links as evidence (a unit's page, a published report): named by their
// address, kept in the vault as text/uri-list, referenced (not hashed) by
// the entry, since a web page can change.
Result<QList<EvidenceFile>> readEvidenceLinks(const QStringList &links)
{
    QList<EvidenceFile> files;
    for (const QString &text : links) {
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("--evidence-link takes a web address (got \"%1\")").arg(text.left(200)));
        EvidenceFile file;
        file.record.name = url.toString();
        file.record.mediaType = QStringLiteral("text/uri-list");
        file.record.data = url.toString().toUtf8();
        file.reference = {url.toString(), file.record.mediaType, QByteArray(), url.toString()};
        files.append(file);
    }
    return files;
}

// The stored credentials a portfolio export takes: the numbers given, or a
// collection's, in its order.
Result<QList<qint64>> exportIds(const CliContext &cli, vault::Vault &vault)
{
    if (!cli.portfolio.isEmpty()) {
        Result<bool> exists = vault.tags().exists(cli.portfolio);
        if (exists && !*exists)
            return makeError(ErrorCode::NotFound, QStringLiteral("There is no portfolio called \"%1\".").arg(cli.portfolio));
        Result<QList<qint64>> ids = vault.tags().credentialsWith(cli.portfolio, vault::TagKind::Collection);
        if (ids && ids->isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("The portfolio \"%1\" is empty: add credentials with portfolio add.").arg(cli.portfolio));
        return ids;
    }
    QList<qint64> ids;
    for (int i = 0; i < cli.arguments.size(); ++i) {
        Result<qint64> id = cli.credentialIdArgument(i);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (ids.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Give the numbers of the credentials to export, or --portfolio NAME"));
    return ids;
}

struct ExportedCredential {
    QByteArray raw;
    std::optional<credential::Credential> credential;
    verify::VerificationResult result; // at export time
};

#ifdef VITAE_HAVE_PDF_WRITER
// One card per credential, with its verification at export time in words.
// The card's QR holds the credential itself when it fits one code.
Status writePdf(const portfolio::BundleInput &input, const QList<ExportedCredential> &exported, const QByteArray &bundle,
                const QString &path)
{
    pdf::PdfPortfolio document;
    document.title = input.title;
    document.learnerName = input.learnerName;
    document.bundleJson = bundle;
    for (const ExportedCredential &item : exported) {
        pdf::PdfCard card;
        card.verdict = item.result.verdict();
        for (const verify::CheckResult &check : item.result.checks)
            card.checkSentences.append(check.message);
        if (item.credential) {
            const credential::Credential &credential = *item.credential;
            card.title = credential.title;
            card.issuerName = credential.issuerName.isEmpty() ? credential.issuerId : credential.issuerName;
            card.issuedAt = credential.issuedAt;
            card.validFrom = credential.validFrom;
            card.validUntil = credential.validUntil;
            card.achievement = credential.achievement ? credential.achievement->description : credential.description;
            if (credential.achievement && !credential.achievement->criteria.isEmpty())
                card.achievement += QStringLiteral("\n") + credential.achievement->criteria;
            card.selfAsserted = portfolio::isSelfAssertedEntry(credential.document);
            if (card.selfAsserted && !input.learnerName.isEmpty())
                card.issuerName = input.learnerName; // the learner, not a bare DID
        } else {
            card.title = QStringLiteral("(a credential Vitae can no longer read)");
        }
        if (Result<QStringList> codes = qr::encodePayload(item.raw); codes && codes->size() == 1)
            card.qrPayload = codes->first();
        document.cards.append(card);
    }
    Result<pdf::PdfWritten> written = pdf::writePortfolioPdf(document, path);
    if (!written)
        return written.error();
    return {};
}
#endif

} // namespace

int runEntry(const CliContext &cli)
{
    if (cli.arguments.value(0) != QLatin1String("add"))
        return cli.usage(QStringLiteral("Use: entry add --role R --from DATE [--to DATE] [--organisation O] [--place P] "
                                        "[--description D] [--skill S]... [--evidence FILE]..."));
    Result<QDate> start = dateOption(cli.from, QStringLiteral("--from"));
    Result<QDate> end = dateOption(cli.to, QStringLiteral("--to"));
    if (!start || !end)
        return cli.fail(start ? end.error() : start.error());
    Result<QList<EvidenceFile>> evidence = readEvidence(cli.evidenceFiles);
    if (!evidence)
        return cli.fail(evidence.error());
    Result<QList<EvidenceFile>> links = readEvidenceLinks(cli.evidenceLinks);
    if (!links)
        return cli.fail(links.error());
    evidence->append(*links);
    Result<std::unique_ptr<vault::Vault>> vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());

    const portfolio::ExperienceEntry entry{cli.role, cli.organisation, cli.place, *start, *end, cli.description, cli.skills};
    QList<portfolio::EvidenceReference> references;
    for (const EvidenceFile &file : *evidence)
        references.append(file.reference);
    Result<QJsonObject> vc = portfolio::makeEntryCredential(entry, references, (*vault)->holderKey(), (*vault)->holderDid());
    if (!vc)
        return cli.fail(vc.error());
    Result<credential::Credential> credential = credential::readCredential(QJsonDocument(*vc).toJson(QJsonDocument::Compact));
    if (!credential)
        return cli.fail(credential.error());
    verify::VerifyContext context;
    context.holderDids = {(*vault)->holderDid()};
    const verify::VerificationResult result = verify::verifyCredential(*credential, context);
    Result<qint64> id = (*vault)->credentials().add(verify::makeRecord(*credential, &result, QStringLiteral("self-asserted")));
    if (!id)
        return cli.fail(id.error());
    for (EvidenceFile file : *evidence) {
        file.record.credentialId = *id;
        if (Result<qint64> added = (*vault)->evidence().add(file.record); !added) {
            // No entry without its evidence: take it out again (its
            // evidence rows go with it).
            (void)(*vault)->credentials().remove(*id);
            return cli.fail(added.error());
        }
    }
    return cli.done({{QStringLiteral("id"), *id}, {QStringLiteral("title"), credential->title},
                     {QStringLiteral("evidence"), int(evidence->size())}},
                    QStringLiteral("Added #%1 \"%2\", self-asserted, with %3 evidence file(s).")
                            .arg(*id).arg(credential->title).arg(evidence->size()));
}

int runEndorse(const CliContext &cli)
{
    if (cli.arguments.size() != 1 || cli.outFile.isEmpty())
        return cli.usage(QStringLiteral("Use: endorse FILE --comment TEXT [--name YOUR-NAME] --out OUT"));
    Result<QByteArray> bytes = readInput(cli.arguments.first());
    if (!bytes)
        return cli.fail(bytes.error());
    Result<credential::Credential> endorsed = credential::readCredential(*bytes);
    if (!endorsed)
        return cli.fail(makeError(ErrorCode::InvalidInput, endorsed.message()));
    // The endorser reads what they vouch for: show its verification first.
    const verify::VerificationResult result = verify::verifyCredential(*endorsed, {});
    if (result.find(verify::check::Signature)->outcome != verify::Outcome::Passed)
        return cli.fail(makeError(ErrorCode::InvalidInput,
                                  QStringLiteral("This entry's signature does not check out, so it cannot be endorsed: %1")
                                          .arg(result.find(verify::check::Signature)->message)));
    Result<std::unique_ptr<vault::Vault>> vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    Result<QJsonObject> endorsement = portfolio::makeEndorsement(*endorsed, {cli.comment, cli.name, {}},
                                                                 (*vault)->holderKey(), (*vault)->holderDid());
    if (!endorsement)
        return cli.fail(endorsement.error());
    if (Status written = writeFile(cli.outFile, QJsonDocument(*endorsement).toJson()); !written)
        return cli.fail(written.error());
    return cli.done({{QStringLiteral("out"), cli.outFile}, {QStringLiteral("endorsed"), endorsed->id}},
                    QStringLiteral("You endorsed \"%1\". Send %2 back to its owner.").arg(endorsed->title, cli.outFile));
}

int runExport(const CliContext &cli)
{
    // `--json OUT.json`: the flag --json, then the file as first argument.
    CliContext args = cli;
    QString jsonOut;
    if (cli.json && !args.arguments.isEmpty() && args.arguments.first().endsWith(QLatin1String(".json"))) {
        jsonOut = args.arguments.takeFirst();
        args.json = false;
    }
    if (jsonOut.isEmpty() && cli.pdfFile.isEmpty())
        return cli.usage(QStringLiteral("Use: export --json OUT.json | --pdf OUT.pdf [ID...|--portfolio NAME]"));
#ifndef VITAE_HAVE_PDF_WRITER
    if (!cli.pdfFile.isEmpty())
        return cli.fail(makeError(ErrorCode::Unsupported,
                                  QStringLiteral("This vitae-cli was built without the app, so it cannot draw PDFs; "
                                                 "export --json instead.")));
#endif
    Result<std::unique_ptr<vault::Vault>> vault = args.openVault();
    if (!vault)
        return args.fail(vault.error());
    Result<QList<qint64>> ids = exportIds(args, **vault);
    if (!ids)
        return args.fail(ids.error());
    Result<std::unique_ptr<VerifySetup>> setup = prepareVerification(args);
    if (!setup)
        return args.fail(setup.error());

    // Verify each credential now, keeping what the network said, so the
    // bundle verifies offline later; the results go on the PDF's cards.
    portfolio::RecordingResolver recorder((*setup)->resolver.get());
    verify::VerifyContext context = (*setup)->context();
    context.resolver = &recorder;
    context.holderDids = {(*vault)->holderDid()};
    portfolio::BundleInput input;
    // A named portfolio's export is titled after it unless --title says otherwise.
    input.title = !args.title.isEmpty() ? args.title : !args.portfolio.isEmpty() ? args.portfolio.trimmed() : QStringLiteral("Portfolio");
    input.learnerName = args.name;
    QList<ExportedCredential> exported;
    for (qint64 id : *ids) {
        Result<vault::CredentialRecord> record = (*vault)->credentials().get(id);
        if (!record)
            return args.fail(record.error());
        ExportedCredential item{record->raw, {}, {}};
        if (Result<credential::Credential> credential = credential::readCredential(record->raw)) {
            item.result = verify::verifyCredential(*credential, context);
            item.credential = std::move(*credential);
        }
        exported.append(item);
        const int index = int(input.credentials.size());
        input.credentials.append(record->raw);
        Result<QList<vault::EvidenceRecord>> listed = (*vault)->evidence().listFor(id);
        if (!listed)
            return args.fail(listed.error());
        for (const vault::EvidenceRecord &listing : *listed) {
            Result<vault::EvidenceRecord> file = (*vault)->evidence().get(listing.id);
            if (!file)
                return args.fail(file.error());
            input.evidence.append({file->name, file->mediaType, file->data, index});
        }
    }
    input.snapshots = recorder.recorded();
    // The trust lists given (--trust-list): the entries for these issuers go
    // into the bundle, dated by when each file was last saved.
    for (const QString &path : args.trustLists) {
        Result<QByteArray> list = readInput(path);
        if (!list)
            return args.fail(list.error());
        input.trustLists.append({QString(), QFileInfo(path).fileName(), *list, QFileInfo(path).lastModified().toUTC()});
    }
    Result<QByteArray> bundle = portfolio::makeBundle(input, (*vault)->holderKey(), (*vault)->holderDid());
    if (!bundle)
        return args.fail(bundle.error());
    QStringList written;
    if (!jsonOut.isEmpty()) {
        if (Status saved = writeFile(jsonOut, *bundle); !saved)
            return args.fail(saved.error());
        written.append(jsonOut);
    }
#ifdef VITAE_HAVE_PDF_WRITER
    if (!cli.pdfFile.isEmpty()) {
        if (Status drawn = writePdf(input, exported, *bundle, cli.pdfFile); !drawn)
            return args.fail(drawn.error());
        written.append(cli.pdfFile);
    }
#endif
    return args.done({}, QStringLiteral("Exported %1 credential(s) and %2 evidence file(s) to %3 (%4 saved document(s) "
                                        "let it verify offline).")
                                 .arg(input.credentials.size()).arg(input.evidence.size())
                                 .arg(written.join(QStringLiteral(" and "))).arg(input.snapshots.size()));
}

namespace {

// portfolio create|rename|delete|move: changes to the portfolio itself.
// Returns nullopt for the verbs it does not handle.
std::optional<Status> changePortfolio(const CliContext &cli, vault::TagStore &portfolios, const QString &verb, const QString &name)
{
    if (verb == QLatin1String("create"))
        return portfolios.create(name);
    if (verb == QLatin1String("rename"))
        return portfolios.rename(name, cli.arguments.value(2));
    if (verb == QLatin1String("delete"))
        return portfolios.removeTag(name);
    if (verb == QLatin1String("move")) {
        Result<qint64> id = cli.credentialIdArgument(2);
        if (!id)
            return Status(id.error());
        bool ok = false;
        const int position = cli.arguments.value(3).toInt(&ok); // 1 = first, as `portfolio show` counts
        if (!ok || position < 1)
            return Status(makeError(ErrorCode::InvalidArgument,
                                    QStringLiteral("portfolio move takes a position from 1 (first), not \"%1\".")
                                            .arg(cli.arguments.value(3).left(50))));
        return portfolios.move(*id, name, position - 1);
    }
    return std::nullopt;
}

} // namespace

int runPortfolio(const CliContext &cli)
{
    const QString verb = cli.arguments.value(0);
    const QString name = cli.arguments.value(1);
    const qsizetype count = cli.arguments.size();
    const bool changes = verb == QLatin1String("add") || verb == QLatin1String("remove");
    const bool valid = (verb == QLatin1String("list") && count == 1) || (changes && count >= 3)
            || ((verb == QLatin1String("show") || verb == QLatin1String("create") || verb == QLatin1String("delete")) && count == 2)
            || (verb == QLatin1String("rename") && count == 3) || (verb == QLatin1String("move") && count == 4);
    if (!valid || (verb != QLatin1String("list") && name.trimmed().isEmpty()))
        return cli.usage(QStringLiteral("Use: portfolio list | portfolio create|show|delete NAME | portfolio rename NAME NEW-NAME | "
                                        "portfolio add|remove NAME ID... | portfolio move NAME ID POSITION (1 = first)"));
    Result<std::unique_ptr<vault::Vault>> vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    vault::TagStore portfolios = (*vault)->tags();
    if (verb == QLatin1String("list")) {
        Result<QStringList> names = portfolios.all(vault::TagKind::Collection);
        if (!names)
            return cli.fail(names.error());
        return cli.done({{QStringLiteral("portfolios"), QJsonArray::fromStringList(*names)}},
                        names->isEmpty() ? QStringLiteral("No portfolios yet.") : names->join(QLatin1Char('\n')));
    }
    QString shown = name;
    if (const std::optional<Status> changed = changePortfolio(cli, portfolios, verb, name)) {
        if (!*changed)
            return cli.fail(changed->error());
        if (verb == QLatin1String("delete"))
            return cli.done({{QStringLiteral("deleted"), name.trimmed()}},
                            QStringLiteral("Deleted the portfolio \"%1\"; its credentials are still in the vault.").arg(name.trimmed()));
        if (verb == QLatin1String("rename"))
            shown = cli.arguments.value(2);
    }
    if (verb == QLatin1String("show")) {
        Result<bool> exists = portfolios.exists(name);
        if (!exists)
            return cli.fail(exists.error());
        if (!*exists)
            return cli.fail(makeError(ErrorCode::NotFound, QStringLiteral("There is no portfolio called \"%1\".").arg(name.trimmed())));
    }
    // In the order given: a portfolio keeps the order its items were added
    // in until they are moved.
    for (int i = 2; changes && i < count; ++i) {
        Result<qint64> id = cli.credentialIdArgument(i);
        if (!id)
            return cli.fail(id.error());
        const Status changed = verb == QLatin1String("add") ? portfolios.attach(*id, name, vault::TagKind::Collection)
                                                            : portfolios.detach(*id, name, vault::TagKind::Collection);
        if (!changed)
            return cli.fail(changed.error());
    }
    Result<QList<qint64>> ids = portfolios.credentialsWith(shown, vault::TagKind::Collection);
    if (!ids)
        return cli.fail(ids.error());
    QJsonArray items;
    QString text = QStringLiteral("Portfolio \"%1\":\n").arg(shown.trimmed());
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const qint64 id = ids->at(i);
        Result<vault::CredentialRecord> record = (*vault)->credentials().get(id);
        const QString title = record ? record->name : QStringLiteral("(missing)");
        items.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}});
        text += QStringLiteral("  %1. #%2 %3\n").arg(i + 1).arg(id).arg(title);
    }
    return cli.done({{QStringLiteral("name"), shown.trimmed()}, {QStringLiteral("credentials"), items}},
                    ids->isEmpty() ? QStringLiteral("Portfolio \"%1\" is empty.").arg(shown.trimmed()) : text.trimmed());
}

int runSkills(const CliContext &cli)
{
    Result<std::unique_ptr<vault::Vault>> vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    Result<QList<vault::CredentialSummary>> summaries = (*vault)->credentials().list();
    if (!summaries)
        return cli.fail(summaries.error());
    QList<portfolio::HeldCredential> held;
    for (const vault::CredentialSummary &summary : *summaries) {
        Result<vault::CredentialRecord> record = (*vault)->credentials().get(summary.id);
        if (!record)
            return cli.fail(record.error());
        if (Result<credential::Credential> credential = credential::readCredential(record->raw))
            held.append({summary.id, *credential, credential->issuerId == (*vault)->holderDid()});
    }
    const QList<portfolio::Skill> skills =
            portfolio::searchSkills(portfolio::collectSkills(held), cli.arguments.join(QLatin1Char(' ')));
    QJsonArray json;
    QString text;
    for (const portfolio::Skill &skill : skills) {
        QJsonArray sources;
        QStringList backing;
        for (const portfolio::SkillSource &source : skill.sources) {
            sources.append(QJsonObject{{QStringLiteral("credential"), source.credentialId},
                                       {QStringLiteral("title"), source.credentialTitle},
                                       {QStringLiteral("how"), source.how},
                                       {QStringLiteral("selfAsserted"), source.selfAsserted}});
            backing.append(QStringLiteral("#%1%2").arg(source.credentialId).arg(source.selfAsserted ? QStringLiteral(" (self-asserted)") : QString()));
        }
        json.append(QJsonObject{{QStringLiteral("name"), skill.name},
                                {QStringLiteral("framework"), skill.framework},
                                {QStringLiteral("attested"), skill.attested()},
                                {QStringLiteral("sources"), sources}});
        text += QStringLiteral("%1%2: %3\n")
                        .arg(skill.name, skill.framework.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(skill.framework),
                             backing.join(QStringLiteral(", ")));
    }
    return cli.done({{QStringLiteral("skills"), json}}, skills.isEmpty() ? QStringLiteral("No skills found.") : text.trimmed());
}

int verifyBundleFile(const CliContext &cli, const QByteArray &bytes)
{
    Result<std::unique_ptr<VerifySetup>> setup = prepareVerification(cli);
    if (!setup)
        return cli.fail(setup.error());
    const portfolio::BundleVerification result = portfolio::verifyBundle(bytes, (*setup)->context());
    const verify::Verdict verdict = result.verdict();
    QString text = QStringLiteral("Portfolio \"%1\" of %2 (%3)\nResult: %4\n%5")
                           .arg(result.title, result.learnerName.isEmpty() ? QStringLiteral("(no name)") : result.learnerName,
                                result.holder, verify::verdictName(verdict).toUpper(),
                                describe(result.bundle, QStringLiteral("  ")));
    for (qsizetype i = 0; i < result.credentials.size(); ++i) {
        const portfolio::BundleCredentialResult &held = result.credentials.at(i);
        text += QStringLiteral("Credential %1: %2 (%3)\n%4")
                        .arg(i + 1)
                        .arg(held.credential ? held.credential->title : QStringLiteral("(unreadable)"),
                             verify::verdictName(held.result.verdict()).toUpper(), describe(held.result, QStringLiteral("    ")));
    }
    cli.done(result.toJson(), text.trimmed());
    return exitCodeForVerdict(verdict, cli.strict);
}

} // namespace vitae::cli
