// vitae-cli backup OUT and restore FILE --vault NEWDIR: the whole vault in
// one encrypted file under a backup passphrase of its own, and back into a
// new vault (never over an existing one).
#include "cli/BackupCommands.h"

#include "backup/Backup.h"
#include "cli/Passphrase.h"

#include <QDir>
#include <QFileInfo>

namespace vitae::cli {

namespace {

// The backup passphrase: --backup-passphrase-file, $VITAE_BACKUP_PASSPHRASE,
// or the terminal (twice when making a backup).
Result<crypto::SecureBuffer> backupPassphrase(const CliContext &cli, bool creating)
{
    Result<crypto::SecureBuffer> passphrase = readPassphrase(
            {cli.backupPassphraseFile, "VITAE_BACKUP_PASSPHRASE",
             creating ? QStringLiteral("Passphrase for the backup: ") : QStringLiteral("Backup passphrase: "),
             creating});
    // readPassphrase's own advice names the vault passphrase's sources.
    if (!passphrase && cli.backupPassphraseFile.isEmpty() && !qEnvironmentVariableIsSet("VITAE_BACKUP_PASSPHRASE")
        && passphrase.message().startsWith(QLatin1String("No passphrase given")))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("No backup passphrase given and no terminal to ask on: use "
                                        "--backup-passphrase-file or the VITAE_BACKUP_PASSPHRASE environment variable."));
    return passphrase;
}

QJsonObject countsJson(const vault::VaultCounts &counts)
{
    return {{QStringLiteral("credentials"), counts.credentials},
            {QStringLiteral("evidence"), counts.evidence},
            {QStringLiteral("tags"), counts.tags},
            {QStringLiteral("shares"), counts.shares}};
}

QString countsText(const vault::VaultCounts &counts)
{
    return QStringLiteral("%1 credential(s), %2 evidence file(s), %3 tag(s), %4 share(s)")
            .arg(counts.credentials)
            .arg(counts.evidence)
            .arg(counts.tags)
            .arg(counts.shares);
}

} // namespace

int runBackup(const CliContext &cli)
{
    if (cli.arguments.size() != 1)
        return cli.usage(QStringLiteral("Give the file to write the backup to: vitae-cli backup OUT"));
    const QString out = cli.arguments.first();
    // Asked first, so a missing backup passphrase costs no unlock.
    Result<crypto::SecureBuffer> passphrase = backupPassphrase(cli, true);
    if (!passphrase)
        return cli.fail(passphrase.error());
    Result<std::unique_ptr<vault::Vault>> open = cli.openVault();
    if (!open)
        return cli.fail(open.error());
    vault::Vault &vault = **open;
    if (Status s = backup::writeBackup(vault, out, passphrase->view()); !s)
        return cli.fail(s.error());
    Result<vault::VaultCounts> counts = vault.counts();
    if (!counts)
        return cli.fail(counts.error());
    QJsonObject object = countsJson(*counts);
    object.insert(QStringLiteral("backup"), QFileInfo(out).absoluteFilePath());
    object.insert(QStringLiteral("did"), vault.holderDid());
    return cli.done(object, QStringLiteral("Backed up %1 to %2.\nKeep the backup passphrase safe: without it the "
                                           "backup cannot be restored.")
                                    .arg(countsText(*counts), QDir::toNativeSeparators(out)));
}

int runRestore(const CliContext &cli)
{
    if (cli.arguments.size() != 1)
        return cli.usage(QStringLiteral("Give the backup file: vitae-cli restore FILE --vault NEWDIR"));
    const QString file = cli.arguments.first();
    if (!QFileInfo::exists(file))
        return cli.fail(makeError(ErrorCode::NotFound, QStringLiteral("There is no file %1.").arg(file)));
    if (vault::Vault(cli.vaultFolder).exists())
        return cli.fail(makeError(ErrorCode::AlreadyExists,
                                  QStringLiteral("%1 already holds a vault; a restore never touches an existing vault. "
                                                 "Choose a new folder with --vault.")
                                          .arg(cli.vaultFolder)));
    Result<crypto::SecureBuffer> passphrase = backupPassphrase(cli, false);
    if (!passphrase)
        return cli.fail(passphrase.error());
    Result<crypto::SecureBuffer> newPassphrase = readPassphrase(
            {cli.passphraseFile, "VITAE_PASSPHRASE", QStringLiteral("Passphrase for the restored vault: "), true});
    if (!newPassphrase)
        return cli.fail(newPassphrase.error());
    Result<backup::BackupInfo> info =
            backup::restoreBackup(file, passphrase->view(), cli.vaultFolder, newPassphrase->view());
    if (!info)
        return cli.fail(info.error());
    const QString folder = QDir(cli.vaultFolder).absolutePath();
    QJsonObject object = countsJson(info->counts);
    object.insert(QStringLiteral("vault"), folder);
    object.insert(QStringLiteral("did"), info->holderDid);
    object.insert(QStringLiteral("backupCreatedAt"), info->createdAt.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("backupAppVersion"), info->appVersion);
    return cli.done(object, QStringLiteral("Restored %1 into %2\nYour DID: %3\nThe backup was made on %4 by Vitae %5.")
                                    .arg(countsText(info->counts), QDir::toNativeSeparators(folder), info->holderDid,
                                         info->createdAt.toUTC().toString(Qt::ISODate), info->appVersion));
}

} // namespace vitae::cli
