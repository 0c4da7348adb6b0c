// The vault verbs of vitae-cli: init, passwd, status, list, show, export-raw,
// delete, did.
#include "cli/VaultCommands.h"

#include "cli/CliContext.h"
#include "cli/Passphrase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

#include <cstdio>

namespace vitae::cli {

namespace {

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue dateJson(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(dateText(when)) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryJson(const vault::CredentialSummary &summary)
{
    return {{QStringLiteral("id"), summary.id},
            {QStringLiteral("name"), summary.name},
            {QStringLiteral("issuer"), summary.issuerName},
            {QStringLiteral("format"), summary.format},
            {QStringLiteral("types"), QJsonArray::fromStringList(summary.types)},
            {QStringLiteral("issuedAt"), dateJson(summary.issuedAt)},
            {QStringLiteral("validUntil"), dateJson(summary.validUntil)},
            {QStringLiteral("verification"), summary.verificationStatus},
            {QStringLiteral("importedAt"), dateJson(summary.importedAt)}};
}

// The vault, unlocked, and the credential named by the first argument.
struct OpenCredential {
    std::unique_ptr<vault::Vault> vault;
    vault::CredentialRecord record;
};

Result<OpenCredential> openCredential(const CliContext &cli)
{
    Result<qint64> id = cli.credentialIdArgument(0);
    if (!id)
        return id.error();
    Result<std::unique_ptr<vault::Vault>> open = cli.openVault();
    if (!open)
        return open.error();
    Result<vault::CredentialRecord> record = (*open)->credentials().get(*id);
    if (!record)
        return record.error();
    return OpenCredential{std::move(*open), std::move(*record)};
}

} // namespace

int runInit(const CliContext &cli)
{
    vault::Vault vault(cli.vaultFolder);
    if (vault.exists())
        return cli.fail(makeError(ErrorCode::AlreadyExists,
                                  QStringLiteral("%1 already holds a vault; it was left untouched.").arg(cli.vaultFolder)));
    Result<crypto::SecureBuffer> passphrase = readPassphrase(
            {cli.passphraseFile, "VITAE_PASSPHRASE", QStringLiteral("New vault passphrase: "), true});
    if (!passphrase)
        return cli.fail(passphrase.error());
    if (Status s = vault.create(passphrase->view()); !s)
        return cli.fail(s.error());
    return cli.done({{QStringLiteral("vault"), vault.folder()}, {QStringLiteral("did"), vault.holderDid()}},
                    QStringLiteral("Created a vault in %1\nYour DID: %2\n"
                                   "Nobody can recover a forgotten passphrase: keep a backup.")
                            .arg(QDir::toNativeSeparators(vault.folder()), vault.holderDid()));
}

int runPasswd(const CliContext &cli)
{
    vault::Vault vault(cli.vaultFolder);
    Result<crypto::SecureBuffer> current =
            readPassphrase({cli.passphraseFile, "VITAE_PASSPHRASE", QStringLiteral("Current passphrase: "), false});
    if (!current)
        return cli.fail(current.error());
    Result<crypto::SecureBuffer> next = readPassphrase(
            {cli.newPassphraseFile, "VITAE_NEW_PASSPHRASE", QStringLiteral("New passphrase: "), true});
    if (!next)
        return cli.fail(next.error());
    if (Status s = vault.changePassphrase(current->view(), next->view()); !s)
        return cli.fail(s.error());
    return cli.done({{QStringLiteral("changed"), true}}, QStringLiteral("The passphrase was changed."));
}

int runStatus(const CliContext &cli)
{
    vault::Vault vault(cli.vaultFolder);
    QJsonObject object{{QStringLiteral("vault"), vault.folder()}, {QStringLiteral("exists"), vault.exists()}};
    if (!vault.exists())
        return cli.done(object, QStringLiteral("No vault in %1.").arg(QDir::toNativeSeparators(vault.folder())));

    Result<vault::VaultHeader> header = vault.readHeader();
    if (!header)
        return cli.fail(header.error());
    const bool inUse = vault.isInUseElsewhere();
    object.insert(QStringLiteral("format"), QStringLiteral("%1.%2").arg(header->major).arg(header->minor));
    object.insert(QStringLiteral("kdf"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                                                     {QStringLiteral("opsLimit"), qint64(header->kdf.opsLimit)},
                                                     {QStringLiteral("memLimitBytes"), qint64(header->kdf.memLimit)}});
    object.insert(QStringLiteral("inUseElsewhere"), inUse);
    QString text = QStringLiteral("Vault: %1\nFormat: %2.%3, Argon2id %4 passes, %5 MiB\n")
                           .arg(QDir::toNativeSeparators(vault.folder()))
                           .arg(header->major)
                           .arg(header->minor)
                           .arg(header->kdf.opsLimit)
                           .arg(header->kdf.memLimit / (1024 * 1024));
    if (inUse) {
        object.insert(QStringLiteral("locked"), true);
        return cli.done(object, text + QStringLiteral("In use by another Vitae process; not unlocked here.\n"));
    }

    Result<std::unique_ptr<vault::Vault>> open = cli.openVault();
    if (!open && open.code() == ErrorCode::InvalidArgument) {
        // No passphrase to be had: report what the header says.
        object.insert(QStringLiteral("locked"), true);
        return cli.done(object, text + QStringLiteral("Locked (give a passphrase to see its contents).\n"));
    }
    if (!open)
        return cli.fail(open.error());
    Result<vault::VaultCounts> counts = (*open)->counts();
    if (!counts)
        return cli.fail(counts.error());
    object.insert(QStringLiteral("locked"), false);
    object.insert(QStringLiteral("did"), (*open)->holderDid());
    object.insert(QStringLiteral("credentials"), counts->credentials);
    object.insert(QStringLiteral("evidence"), counts->evidence);
    object.insert(QStringLiteral("tags"), counts->tags);
    object.insert(QStringLiteral("shares"), counts->shares);
    text += QStringLiteral("Unlocked: yes\nDID: %1\nCredentials: %2\nEvidence files: %3\nTags: %4\nShares: %5\n")
                    .arg((*open)->holderDid())
                    .arg(counts->credentials)
                    .arg(counts->evidence)
                    .arg(counts->tags)
                    .arg(counts->shares);
    return cli.done(object, text);
}

int runList(const CliContext &cli)
{
    Result<std::unique_ptr<vault::Vault>> open = cli.openVault();
    if (!open)
        return cli.fail(open.error());
    vault::CredentialStore store = (*open)->credentials();
    const QString query = cli.arguments.join(QLatin1Char(' '));
    Result<QList<vault::CredentialSummary>> summaries = query.isEmpty() ? store.list() : store.search(query);
    if (!summaries)
        return cli.fail(summaries.error());
    QJsonArray array;
    QString text;
    for (const vault::CredentialSummary &summary : *summaries) {
        array.append(summaryJson(summary));
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(summary.id)
                        .arg(summary.name, summary.issuerName, dateText(summary.issuedAt), summary.verificationStatus);
    }
    if (summaries->isEmpty())
        text = QStringLiteral("No credentials.");
    return cli.done({{QStringLiteral("credentials"), array}}, text);
}

int runShow(const CliContext &cli)
{
    Result<OpenCredential> opened = openCredential(cli);
    if (!opened)
        return cli.fail(opened.error());
    const vault::CredentialRecord &record = opened->record;
    const qint64 id = record.id;
    Result<QStringList> tags = opened->vault->tags().tagsOf(id);
    QJsonObject object{{QStringLiteral("id"), record.id},
                       {QStringLiteral("name"), record.name},
                       {QStringLiteral("description"), record.description},
                       {QStringLiteral("issuerId"), record.issuerId},
                       {QStringLiteral("issuer"), record.issuerName},
                       {QStringLiteral("subjectId"), record.subjectId},
                       {QStringLiteral("credentialId"), record.credentialId},
                       {QStringLiteral("format"), record.format},
                       {QStringLiteral("types"), QJsonArray::fromStringList(record.types)},
                       {QStringLiteral("issuedAt"), dateJson(record.issuedAt)},
                       {QStringLiteral("validFrom"), dateJson(record.validFrom)},
                       {QStringLiteral("validUntil"), dateJson(record.validUntil)},
                       {QStringLiteral("verification"), record.verificationStatus},
                       {QStringLiteral("verifiedAt"), dateJson(record.verifiedAt)},
                       {QStringLiteral("importSource"), record.importSource},
                       {QStringLiteral("importedAt"), dateJson(record.importedAt)},
                       {QStringLiteral("sha256"), QString::fromLatin1(record.rawSha256.toHex())},
                       {QStringLiteral("bytes"), record.raw.size()},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(tags ? *tags : QStringList())}};
    const QString text =
            QStringLiteral("Credential %1: %2\nIssuer: %3 (%4)\nSubject: %5\nFormat: %6\nTypes: %7\n"
                           "Issued: %8\nValid until: %9\nVerification: %10 (checked %11)\n"
                           "Imported: %12 from %13\nStored bytes: %14, SHA-256 %15\n")
                    .arg(record.id)
                    .arg(record.name, record.issuerName, record.issuerId, record.subjectId, record.format,
                         record.types.join(QStringLiteral(", ")), dateText(record.issuedAt),
                         dateText(record.validUntil))
                    .arg(record.verificationStatus, dateText(record.verifiedAt), dateText(record.importedAt),
                         record.importSource)
                    .arg(record.raw.size())
                    .arg(QString::fromLatin1(record.rawSha256.toHex()));
    return cli.done(object, text);
}

int runExportRaw(const CliContext &cli)
{
    Result<OpenCredential> opened = openCredential(cli);
    if (!opened)
        return cli.fail(opened.error());
    const vault::CredentialRecord &record = opened->record;
    if (cli.outFile.isEmpty()) {
        // The exact stored bytes, nothing added.
        std::fwrite(record.raw.constData(), 1, std::size_t(record.raw.size()), stdout);
        return std::fflush(stdout) == 0 ? ExitOk : ExitFailed;
    }
    QSaveFile file(cli.outFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(record.raw) != record.raw.size() || !file.commit())
        return cli.fail(makeError(ErrorCode::Io,
                                  QStringLiteral("%1 could not be written: %2").arg(cli.outFile, file.errorString())));
    return ExitOk;
}

int runDelete(const CliContext &cli)
{
    Result<OpenCredential> opened = openCredential(cli);
    if (!opened)
        return cli.fail(opened.error());
    const vault::CredentialRecord &record = opened->record;
    const qint64 id = record.id;
    if (!cli.yes && !confirmOnTerminal(QStringLiteral("Delete credential %1 \"%2\"?").arg(id).arg(record.name)))
        return cli.usage(QStringLiteral("Nothing deleted: confirm on the terminal or pass --yes"));
    if (Status s = opened->vault->credentials().remove(id); !s)
        return cli.fail(s.error());
    return cli.done({{QStringLiteral("deleted"), id}}, QStringLiteral("Deleted credential %1.").arg(id));
}

int runDid(const CliContext &cli)
{
    Result<std::unique_ptr<vault::Vault>> open = cli.openVault();
    if (!open)
        return cli.fail(open.error());
    return cli.done({{QStringLiteral("did"), (*open)->holderDid()}}, (*open)->holderDid());
}

} // namespace vitae::cli
