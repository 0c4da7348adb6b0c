// vitae-cli: the wallet from the command line, one verb per command.
#include "cli/CliContext.h"
#include "cli/BackupCommands.h"
#include "cli/ImportCommands.h"
#include "cli/PresentCommands.h"
#include "cli/QrCommands.h"
#include "cli/VaultCommands.h"
#include "cli/VerifyCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>
#include <sys/resource.h>

using namespace vitae::cli;

namespace {

const char *kHelp = R"(Usage: vitae-cli [options] <command> [arguments]

Vitae keeps a learner's verifiable credentials in an encrypted vault.

Commands:
  init                 create a new vault (and the holder's DID)
  import FILE|DIR...   add credentials from files (JSON, JWT, SD-JWT, presentations,
                       baked badge PNG/SVG); shows each with its verification
                       first, skips duplicates, asks (or --yes)
  passwd               change the vault passphrase
  status               show the vault's state, counts and DID
  list [WORDS...]      list credentials, or search them for WORDS
  show ID              show one credential's details
  export-raw ID        write a credential's exact stored bytes (stdout or --out)
  delete ID            delete a credential (asks, or --yes)
  did                  print the holder's DID
  reverify             verify every stored credential again and store the results
  verify FILE|-        verify a credential (JSON-LD, JWT, SD-JWT, Open Badge 2.0)
  present ID...        make a presentation of credentials, bound to --challenge
                       (and --domain); --disclose ID=claim,claim chooses the
                       claims of an SD-JWT credential; --expires ISO; --suite;
                       written to --out (or stdout) and recorded in the share log
  verify-presentation FILE|-  check a presentation against your --challenge
                       (and --domain): holder proof, replay, expiry, binding,
                       and every credential in it
  shares               list the share log: what was disclosed, to whom, when
  respond LINK         answer an openid4vp:// request (not available yet)
  bench-verify DIR     verify every credential in DIR repeatedly, offline, and
                       print verifications per second per format as JSON

Options:
  --vault DIR              vault folder (default: %1)
  --passphrase-file FILE   read the passphrase from FILE (else $VITAE_PASSPHRASE,
                           else a prompt on the terminal)
  --new-passphrase-file FILE  the new passphrase for passwd (else $VITAE_NEW_PASSPHRASE)
  --out FILE               where export-raw writes
  --yes                    do not ask for confirmation
  --resolve URL=FILE       verify: serve URL from FILE instead of the network
                           (repeatable; for status lists, DID documents...)
  --offline                verify: never use the network
  --trust-list FILE        verify: issuers you recognise (repeatable; Vitae
                           trust list or DCC issuer registry JSON)
  --context URL=FILE       verify: use FILE as the JSON-LD context URL (repeatable;
                           contexts are never fetched, and only the well-known
                           ones ship with Vitae)
  --strict                 verify: warnings (unknown issuer, status unknown) fail too
  --allow-loopback-http    developer option: allow plain http to 127.0.0.1
  --count N                bench-verify: verifications per format (default 10000)
  --json                   machine-readable output on stdout
  -h, --help               this help
  --version                the version

Exit codes:
  0  success
  1  the operation failed (wrong passphrase, vault in use, damaged vault, not
     found...); verify: a check failed (signature, structure, validity window,
     revoked or suspended), or with --strict a warning
  2  usage error or unusable input
)";

} // namespace

int main(int argc, char *argv[])
{
    // Secrets pass through this process: never leave them in a core dump.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Vitae"));
    QCoreApplication::setOrganizationName(QStringLiteral("Vitae"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VITAE_VERSION));

    QCommandLineParser parser;
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption passphraseOption(QStringLiteral("passphrase-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption newPassphraseOption(QStringLiteral("new-passphrase-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption strictOption(QStringLiteral("strict"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"));
    const QCommandLineOption loopbackOption(QStringLiteral("allow-loopback-http"));
    const QCommandLineOption resolveOption(QStringLiteral("resolve"), QString(), QStringLiteral("URL=FILE"));
    const QCommandLineOption trustOption(QStringLiteral("trust-list"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption contextOption(QStringLiteral("context"), QString(), QStringLiteral("URL=FILE"));
    const QCommandLineOption countOption(QStringLiteral("count"), QString(), QStringLiteral("N"));
    const QCommandLineOption txCodeOption(QStringLiteral("tx-code"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption challengeOption(QStringLiteral("challenge"), QString(), QStringLiteral("C"));
    const QCommandLineOption domainOption(QStringLiteral("domain"), QString(), QStringLiteral("D"));
    const QCommandLineOption discloseOption(QStringLiteral("disclose"), QString(), QStringLiteral("ID=CLAIMS"));
    const QCommandLineOption expiresOption(QStringLiteral("expires"), QString(), QStringLiteral("ISO"));
    const QCommandLineOption suiteOption(QStringLiteral("suite"), QString(), QStringLiteral("SUITE"));
    const QCommandLineOption backupPassphraseOption(QStringLiteral("backup-passphrase-file"), QString(),
                                                    QStringLiteral("FILE"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringLiteral("version"));
    parser.addOptions({vaultOption, passphraseOption, newPassphraseOption, outOption, yesOption, jsonOption,
                       strictOption, offlineOption, loopbackOption, resolveOption, trustOption, contextOption, countOption,
                       txCodeOption, challengeOption, domainOption, discloseOption, expiresOption, suiteOption,
                       backupPassphraseOption, helpOption, versionOption});
    parser.addPositionalArgument(QStringLiteral("command"), QString());

    CliContext cli;
    if (!parser.parse(QCoreApplication::arguments()))
        return cli.usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::printf(kHelp, qPrintable(vitae::vault::Vault::defaultFolder()));
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        std::printf("vitae-cli %s\n", VITAE_VERSION);
        return ExitOk;
    }

    cli.arguments = parser.positionalArguments();
    cli.vaultFolder = parser.isSet(vaultOption) ? parser.value(vaultOption) : vitae::vault::Vault::defaultFolder();
    cli.passphraseFile = parser.value(passphraseOption);
    cli.newPassphraseFile = parser.value(newPassphraseOption);
    cli.outFile = parser.value(outOption);
    cli.json = parser.isSet(jsonOption);
    cli.yes = parser.isSet(yesOption);
    cli.strict = parser.isSet(strictOption);
    cli.offline = parser.isSet(offlineOption);
    cli.allowLoopbackHttp = parser.isSet(loopbackOption);
    cli.resolveMappings = parser.values(resolveOption);
    cli.trustLists = parser.values(trustOption);
    cli.contextMappings = parser.values(contextOption);
    cli.txCode = parser.value(txCodeOption);
    cli.challenge = parser.value(challengeOption);
    cli.domain = parser.value(domainOption);
    cli.disclosures = parser.values(discloseOption);
    cli.expires = parser.value(expiresOption);
    cli.suite = parser.value(suiteOption);
    cli.backupPassphraseFile = parser.value(backupPassphraseOption);
    if (parser.isSet(countOption)) {
        bool ok = false;
        cli.count = parser.value(countOption).toInt(&ok);
        if (!ok || cli.count <= 0)
            return cli.usage(QStringLiteral("--count needs a positive number"));
    }
    if (cli.arguments.isEmpty())
        return cli.usage(QStringLiteral("Give a command"));

    const std::map<QString, std::function<int(const CliContext &)>> commands{
            {QStringLiteral("init"), runInit},         {QStringLiteral("passwd"), runPasswd},
            {QStringLiteral("status"), runStatus},     {QStringLiteral("list"), runList},
            {QStringLiteral("show"), runShow},         {QStringLiteral("export-raw"), runExportRaw},
            {QStringLiteral("delete"), runDelete},     {QStringLiteral("did"), runDid},
            {QStringLiteral("verify"), runVerify},     {QStringLiteral("bench-verify"), runBenchVerify},
            {QStringLiteral("reverify"), runReverify}, {QStringLiteral("import"), runImport},
            {QStringLiteral("qr"), runQr},             {QStringLiteral("scan"), runScan},
            {QStringLiteral("backup"), runBackup},     {QStringLiteral("restore"), runRestore},
            {QStringLiteral("present"), runPresent},   {QStringLiteral("verify-presentation"), runVerifyPresentation},
            {QStringLiteral("respond"), runRespond},   {QStringLiteral("shares"), runShares},
    };
    const QString command = cli.arguments.takeFirst();
    const auto found = commands.find(command);
    if (found == commands.end())
        return cli.usage(QStringLiteral("Unknown command \"%1\"").arg(command));
    return found->second(cli);
}
