// vitae-cli: the wallet from the command line, one verb per command.
#include "cli/CliContext.h"
#include "cli/BackupCommands.h"
#include "cli/ImportCommands.h"
#include "cli/PortfolioCommands.h"
#include "cli/PresentCommands.h"
#include "cli/QrCommands.h"
#include "cli/VaultCommands.h"
#include "cli/VerifyCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#ifdef VITAE_HAVE_PDF_WRITER
#include <QGuiApplication>
#endif

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <span>
#include <functional>
#include <map>
#include <sys/resource.h>

using namespace vitae::cli;

namespace {

const char *kHelp = R"(Usage: vitae-cli [options] <command> [arguments]

Vitae keeps a learner's verifiable credentials in an encrypted vault.

Commands:
  init                 create a new vault (and the holder's DID)
  import FILE|DIR|LINK...
                       add credentials from files (JSON, JWT, SD-JWT, presentations,
                       baked badge PNG/SVG) or links: issuer links (https://...),
                       openid-credential-offer://, dccrequest:// and vitae://import;
                       shows each with its verification first, skips duplicates,
                       asks (or --yes). --tx-code CODE gives an offer's transaction
                       code (else it is asked for on the terminal)
  passwd               change the vault passphrase
  status               show the vault's state, counts and DID
  list [WORDS...]      list credentials, or search them for WORDS
  show ID              show one credential's details
  export-raw ID        write a credential's exact stored bytes (stdout or --out)
  delete ID            delete a credential (asks, or --yes)
  did                  print the holder's DID
  backup OUT           write an encrypted backup of the whole vault (keys included)
                       to OUT, under a backup passphrase of its own
  restore FILE         restore a backup into a NEW vault (--vault DIR, which must
                       not hold a vault); the DID stays the same
  reverify             verify every stored credential again, store the results, and
                       tell what changed (revoked, suspended, expired, expiring soon)
  verify FILE|-        verify a credential (JSON-LD, JWT, SD-JWT, Open Badge 2.0)
                       or a portfolio bundle or PDF (every credential and evidence file)
  present ID...        make a presentation of credentials, bound to --challenge
                       (and --domain); --disclose ID=claim,claim chooses the
                       claims of an SD-JWT credential; --expires ISO; --suite;
                       written to --out (or stdout) and recorded in the share log
  verify-presentation FILE|-|IMAGE...  check a presentation (a file, or PNG
                       images of its QR frames in any order) against your --challenge
                       (and --domain): holder proof, replay, expiry, binding,
                       and every credential in it
  shares               list the share log: what was disclosed, to whom, when
  respond LINK         answer a verifier's openid4vp:// request (DCQL): shows who
                       asks and exactly what would be disclosed, asks (or --yes),
                       sends it, and records it in the share log
  entry add            add self-asserted experience, signed by you and labelled so:
                       --role R --from DATE [--to DATE] [--organisation O]
                       [--place P] [--description D] [--skill S]... [--evidence FILE]...
                       [--evidence-link URL]...
  endorse FILE         endorse someone's entry with your key: --comment TEXT
                       [--name YOUR-NAME] --out OUT (they import OUT)
  export --json OUT.json | --pdf OUT.pdf [ID...|--portfolio NAME]
                       a signed bundle of credentials and evidence that verifies
                       offline (--title, --name), as JSON or as a readable PDF
                       with the bundle attached; check either with verify
  skills [WORDS...]    the skills behind your credentials, and what backs each
  portfolio add|remove NAME ID...   a named selection of credentials (say, one
                       per job application), kept in the order added;
                       portfolio create|delete NAME, portfolio rename NAME NEW,
                       portfolio move NAME ID POSITION (1 = first),
                       portfolio show NAME, portfolio list
  bench-verify DIR     verify every credential in DIR repeatedly, offline, and
                       print verifications per second per format as JSON
  qr FILE --out DIR    write FILE's bytes as Vitae QR code PNGs (DIR/frame-001.png...)
  scan IMAGE...        read QR code PNGs (frames in any order); writes the data to
                       --out FILE or stdout, or prints a QR code's text (a link...)

Options:
  --vault DIR              vault folder (default: %1)
  --passphrase-file FILE   read the passphrase from FILE (else $VITAE_PASSPHRASE,
                           else a prompt on the terminal)
  --new-passphrase-file FILE  the new passphrase for passwd (else $VITAE_NEW_PASSPHRASE)
  --backup-passphrase-file FILE  the backup's passphrase for backup/restore (else
                           $VITAE_BACKUP_PASSPHRASE, else a prompt)
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
  --tx-code CODE           import: the transaction code a credential offer needs
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

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef VITAE_HAVE_PDF_WRITER
    const auto arguments = std::span(argv, size_t(argc));
    const bool drawsPdf = std::any_of(arguments.begin(), arguments.end(), [](const char *a) { return std::strcmp(a, "export") == 0; })
            && std::any_of(arguments.begin(), arguments.end(), [](const char *a) { return std::strncmp(a, "--pdf", 5) == 0; });
    if (drawsPdf) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    // Secrets pass through this process: never leave them in a core dump.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    // Drawing a PDF needs fonts, so `export --pdf` runs with a (windowless)
    // QGuiApplication; every other command needs QtCore only.
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
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
    const QCommandLineOption roleOption(QStringLiteral("role"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption organisationOption(QStringLiteral("organisation"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption placeOption(QStringLiteral("place"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption descriptionOption(QStringLiteral("description"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption skillOption(QStringLiteral("skill"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption evidenceOption(QStringLiteral("evidence"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption evidenceLinkOption(QStringLiteral("evidence-link"), QString(), QStringLiteral("URL"));
    const QCommandLineOption commentOption(QStringLiteral("comment"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption portfolioOption(QStringLiteral("portfolio"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringLiteral("version"));
    parser.addOptions({vaultOption, passphraseOption, newPassphraseOption, outOption, yesOption, jsonOption,
                       strictOption, offlineOption, loopbackOption, resolveOption, trustOption, contextOption, countOption,
                       txCodeOption, challengeOption, domainOption, discloseOption, expiresOption, suiteOption,
                       backupPassphraseOption, roleOption, organisationOption, placeOption, fromOption, toOption,
                       descriptionOption, skillOption, evidenceOption, evidenceLinkOption, commentOption, nameOption, titleOption,
                       portfolioOption, pdfOption, helpOption, versionOption});
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
    cli.role = parser.value(roleOption);
    cli.organisation = parser.value(organisationOption);
    cli.place = parser.value(placeOption);
    cli.from = parser.value(fromOption);
    cli.to = parser.value(toOption);
    cli.description = parser.value(descriptionOption);
    cli.skills = parser.values(skillOption);
    cli.evidenceFiles = parser.values(evidenceOption);
    cli.evidenceLinks = parser.values(evidenceLinkOption);
    cli.comment = parser.value(commentOption);
    cli.name = parser.value(nameOption);
    cli.title = parser.value(titleOption);
    cli.portfolio = parser.value(portfolioOption);
    cli.pdfFile = parser.value(pdfOption);
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
            {QStringLiteral("entry"), runEntry},       {QStringLiteral("endorse"), runEndorse},
            {QStringLiteral("export"), runExport},     {QStringLiteral("skills"), runSkills},
            {QStringLiteral("portfolio"), runPortfolio},
    };
    const QString command = cli.arguments.takeFirst();
    const auto found = commands.find(command);
    if (found == commands.end())
        return cli.usage(QStringLiteral("Unknown command \"%1\"").arg(command));
    return found->second(cli);
}
