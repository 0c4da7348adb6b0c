// vitae-cli import: files, folders and links (issuer links, credential
// offers, DCC request links, vitae://import) into the vault, after showing
// what will be stored and how it verified.
#include "cli/ImportCommands.h"

#include "cli/CliContext.h"
#include "cli/Passphrase.h"
#include "cli/VerifySetup.h"
#include "exchange/Collect.h"
#include "exchange/Importer.h"
#include "net/HttpResolver.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <cstdio>
#include <future>
#include <unistd.h>

namespace vitae::cli {

namespace {

// Badge images can be larger than credentials.
constexpr qint64 kMaxImportFileBytes = 64 * 1024 * 1024; // a portfolio PDF carries its evidence

QStringList expandArguments(const QStringList &arguments)
{
    QStringList files;
    for (const QString &argument : arguments) {
        if (!QFileInfo(argument).isDir()) {
            files.append(argument);
            continue;
        }
        QStringList inFolder;
        QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            inFolder.append(it.next());
        inFolder.sort();
        files += inFolder;
    }
    return files;
}

// duplicateOf value for a credential met twice in one import.
constexpr qint64 kRepeatedInThisImport = -1;

// The same credential (same bytes or same id) twice in one import is stored once.
void markRepeats(QList<exchange::ImportPreview> &previews)
{
    QSet<QByteArray> seenBytes;
    QSet<QString> seenIds;
    for (exchange::ImportPreview &preview : previews) {
        if (!preview.canStore())
            continue;
        const QString &id = preview.credential->id;
        if (seenBytes.contains(preview.credential->raw) || (!id.isEmpty() && seenIds.contains(id))) {
            preview.duplicateOf = kRepeatedInThisImport;
            continue;
        }
        seenBytes.insert(preview.credential->raw);
        if (!id.isEmpty())
            seenIds.insert(id);
    }
}

// Asks for an OpenID4VCI transaction code on the terminal (not secret: it
// is shown as typed). An empty answer when there is no terminal, so the
// offer fails with a sentence instead of waiting.
std::optional<QString> askTxCodeOnTerminal(const exchange::TxCodeRequest &request)
{
    if (!isatty(STDIN_FILENO))
        return QString();
    QString prompt = QStringLiteral("%1 asks for a transaction code").arg(request.issuer);
    if (request.length > 0)
        prompt += QStringLiteral(" (%1 %2)").arg(request.length).arg(request.inputMode == QLatin1String("numeric")
                                                                             ? QStringLiteral("digits")
                                                                             : QStringLiteral("characters"));
    if (!request.description.isEmpty())
        prompt += QStringLiteral(": \"%1\"").arg(request.description);
    std::fprintf(stderr, "%s\nCode (empty to cancel): ", CliContext::forTerminal(prompt).toLocal8Bit().constData());
    std::fflush(stderr);
    char line[128] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return std::nullopt;
    const QString code = QString::fromLocal8Bit(line).trimmed();
    if (code.isEmpty())
        return std::nullopt;
    return code;
}

// A network link, or nullopt when the argument is a file (or not a link
// Vitae collects from, which then fails as an unreadable file).
std::optional<exchange::Link> collectableLink(const QString &argument)
{
    if (QFileInfo::exists(argument) || argument == QLatin1String("-"))
        return std::nullopt;
    Result<exchange::Link> link = exchange::parseLink(argument);
    if (!link || !exchange::isCollectableLink(link->kind))
        return std::nullopt;
    return *link;
}

// Collects on a worker thread, as the app does; this thread only waits.
Result<exchange::CollectedCredentials> collectLink(const exchange::Link &link, const CliContext &cli,
                                                   net::HttpClient &http, const vault::Vault &vault)
{
    exchange::CollectContext context;
    context.http = &http;
    context.holderKey = &vault.holderKey();
    context.holderDid = vault.holderDid();
    context.txCode = cli.txCode;
    context.askTxCode = askTxCodeOnTerminal;
    Result<exchange::CollectedCredentials> got =
            std::async(std::launch::async, [&] { return exchange::collectFromLink(link, context); }).get();
    if (!got && got.code() == ErrorCode::InvalidArgument && cli.txCode.isEmpty()
        && got.message().contains(QLatin1String("transaction code")))
        return makeError(got.code(), got.message() + QStringLiteral(" Give it with --tx-code CODE."));
    return got;
}

QString previewLine(const exchange::ImportPreview &preview)
{
    if (!preview.credential)
        return QStringLiteral("  cannot read %1: %2\n").arg(preview.found.where, preview.readError.message);
    const credential::Credential &c = *preview.credential;
    QString line = QStringLiteral("  %1 - %2 - %3 (%4)\n")
                           .arg(c.title, c.issuerName.isEmpty() ? c.issuerId : c.issuerName,
                                verify::verdictName(preview.result.verdict()).toUpper(), preview.found.where);
    for (const verify::CheckResult &check : preview.result.checks)
        if (check.outcome != verify::Outcome::Passed)
            line += QStringLiteral("      %1: %2\n").arg(check.check, check.message);
    if (preview.duplicateOf == kRepeatedInThisImport)
        line += QStringLiteral("      appears earlier in this import: skipped\n");
    else if (preview.duplicateOf)
        line += QStringLiteral("      already in your vault (number %1): skipped\n").arg(preview.duplicateOf);
    return line;
}

QJsonObject previewJson(const exchange::ImportPreview &preview, qint64 storedId)
{
    QJsonObject object{{QStringLiteral("source"), preview.found.where}};
    if (!preview.credential) {
        object.insert(QStringLiteral("error"), preview.readError.message);
        return object;
    }
    object.insert(QStringLiteral("title"), preview.credential->title);
    object.insert(QStringLiteral("issuer"), preview.credential->issuerId);
    object.insert(QStringLiteral("verification"), preview.result.toJson());
    if (preview.duplicateOf)
        object.insert(QStringLiteral("duplicateOf"), preview.duplicateOf);
    if (storedId)
        object.insert(QStringLiteral("id"), storedId);
    return object;
}

} // namespace

int runImport(const CliContext &cli)
{
    if (cli.arguments.isEmpty())
        return cli.usage(QStringLiteral("Give the files, folders or links to import"));
    Result<std::unique_ptr<VerifySetup>> setup = prepareVerification(cli);
    if (!setup)
        return cli.fail(setup.error());
    Result<std::unique_ptr<vault::Vault>> open = cli.openVault();
    if (!open)
        return cli.fail(open.error());
    vault::Vault &vault = **open;
    verify::VerifyContext context = (*setup)->context();
    context.holderDids = {vault.holderDid()};

    // Read (or collect) and verify everything first; store nothing yet.
    const QStringList files = expandArguments(cli.arguments);
    QList<exchange::ImportPreview> previews;
    QStringList sources; // importSource of each preview
    QStringList problems;
    QList<ErrorCode> problemCodes;
    std::unique_ptr<net::HttpResolver> http;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.size() > 1)
            std::fprintf(stderr, "[%lld/%lld] %s\n", qlonglong(i + 1), qlonglong(files.size()), qPrintable(CliContext::forTerminal(files.at(i).left(100))));
        Result<QList<exchange::FoundCredential>> found = QList<exchange::FoundCredential>();
        QString sourcePrefix = QStringLiteral("file:");
        QString failure = QStringLiteral("cannot read %1");
        if (const std::optional<exchange::Link> link = collectableLink(files.at(i))) {
            failure = QStringLiteral("cannot collect from the %1: %2").arg(exchange::linkKindName(link->kind), QStringLiteral("%1"));
            if (cli.offline) {
                found = makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 needs the network, but --offline was given.")
                                                                      .arg(exchange::linkKindName(link->kind)));
            } else {
                if (!http) {
                    net::HttpLimits limits;
                    limits.allowLoopbackHttp = cli.allowLoopbackHttp;
                    http = std::make_unique<net::HttpResolver>(limits);
                }
                Result<exchange::CollectedCredentials> collected = collectLink(*link, cli, *http, vault);
                found = collected ? Result<QList<exchange::FoundCredential>>(collected->credentials)
                                  : Result<QList<exchange::FoundCredential>>(collected.error());
                sourcePrefix = QStringLiteral("link:");
            }
        } else {
            Result<QByteArray> bytes = readInput(files.at(i), kMaxImportFileBytes);
            found = bytes ? exchange::credentialsIn(*bytes, QFileInfo(files.at(i)).fileName())
                          : Result<QList<exchange::FoundCredential>>(bytes.error());
        }
        if (!found) {
            problems.append(failure.arg(found.message()));
            problemCodes.append(found.code());
            continue;
        }
        for (const exchange::FoundCredential &item : *found) {
            previews.append(exchange::previewImport(item, vault, context));
            sources.append(sourcePrefix + item.where);
        }
    }

    markRepeats(previews);
    QString text = QStringLiteral("Found %1 credential(s):\n").arg(previews.size());
    for (const exchange::ImportPreview &preview : previews)
        text += previewLine(preview);
    for (const QString &problem : problems)
        text += QStringLiteral("  %1\n").arg(problem);
    const qsizetype storable = std::count_if(previews.begin(), previews.end(),
                                             [](const exchange::ImportPreview &p) { return p.canStore(); });
    if (!cli.json)
        std::fputs(qPrintable(CliContext::forTerminal(text)), stdout);

    QList<qint64> storedIds(previews.size(), 0);
    if (storable > 0) {
        if (!cli.yes && !confirmOnTerminal(QStringLiteral("Add %1 credential(s) to your vault?").arg(storable)))
            return cli.usage(QStringLiteral("Nothing was stored: confirm on the terminal or pass --yes"));
        for (qsizetype i = 0; i < previews.size(); ++i) {
            if (!previews.at(i).canStore())
                continue;
            Result<qint64> id = exchange::storeImport(previews.at(i), vault, sources.at(i));
            if (!id)
                return cli.fail(id.error());
            storedIds[i] = *id;
        }
    }

    QJsonArray items;
    for (qsizetype i = 0; i < previews.size(); ++i)
        items.append(previewJson(previews.at(i), storedIds.at(i)));
    const auto countIf = [&](auto predicate) { return int(std::count_if(previews.begin(), previews.end(), predicate)); };
    const int duplicates = countIf([](const exchange::ImportPreview &p) { return p.credential && p.duplicateOf; });
    const int unreadable = int(problems.size()) + countIf([](const exchange::ImportPreview &p) { return !p.credential; });
    cli.done({{QStringLiteral("items"), items},
              {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
              {QStringLiteral("added"), int(storable)},
              {QStringLiteral("duplicates"), duplicates},
              {QStringLiteral("unreadable"), unreadable}},
             cli.json ? QString()
                      : QStringLiteral("Added %1, already there %2, unreadable %3.").arg(storable).arg(duplicates).arg(unreadable));
    if (unreadable == 0)
        return ExitOk;
    // Nothing usable at all is unusable input (or, for a link, whatever its
    // error says); a partial import is a failure.
    if (storable == 0 && duplicates == 0)
        return problemCodes.isEmpty() ? ExitUsage : exitCodeFor(problemCodes.first());
    return ExitFailed;
}

} // namespace vitae::cli
