#include "cli/PresentCommands.h"

#include "cli/ResultText.h"
#include "cli/VerifySetup.h"
#include "credential/CredentialReader.h"
#include "cli/Passphrase.h"
#include "cli/QrCommands.h"
#include "qr/PngReader.h"
#include "exchange/DeepLink.h"
#include "net/HttpResolver.h"
#include "present/HolderChoice.h"
#include "present/Oid4vp.h"
#include "present/HeldCredentials.h"
#include "present/Presentation.h"
#include "present/PresentationVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace vitae::cli {

namespace {

// --disclose ID=claim,claim... (repeatable) as a map from credential number.
Result<QHash<qint64, QStringList>> disclosuresOf(const CliContext &cli)
{
    QHash<qint64, QStringList> out;
    for (const QString &option : cli.disclosures) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        bool ok = false;
        const qint64 id = option.left(equals).toLongLong(&ok);
        if (equals <= 0 || !ok)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("--disclose takes ID=claim,claim (got \"%1\")").arg(option));
        out[id].append(option.mid(equals + 1).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    return out;
}

Result<present::PresentOptions> presentOptionsOf(const CliContext &cli)
{
    present::PresentOptions options;
    options.challenge = cli.challenge;
    options.domain = cli.domain;
    if (!cli.expires.isEmpty()) {
        options.expires = QDateTime::fromString(cli.expires, Qt::ISODate);
        if (!options.expires.isValid())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("--expires takes an ISO 8601 date and time"));
    }
    if (cli.suite == QLatin1String("eddsa-rdfc-2022"))
        options.suite = sign::ProofSuiteKind::EddsaRdfc2022;
    else if (cli.suite == QLatin1String("Ed25519Signature2020"))
        options.suite = sign::ProofSuiteKind::Ed25519Signature2020;
    else if (cli.suite == QLatin1String("eddsa-jcs-2022"))
        options.suite = sign::ProofSuiteKind::EddsaJcs2022;
    else if (!cli.suite.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--suite is one of eddsa-rdfc-2022, Ed25519Signature2020, eddsa-jcs-2022"));
    return options;
}

Status writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fputc('\n', stdout);
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}


QString disclosedText(const QJsonArray &disclosed)
{
    QString text;
    for (const QJsonValue &value : disclosed) {
        const QJsonObject item = value.toObject();
        const QJsonValue what = item.value(QLatin1String("disclosed"));
        QStringList claims;
        for (const QJsonValue &claim : what.toArray())
            claims.append(claim.toString());
        text += QStringLiteral("  #%1 %2: %3\n")
                        .arg(item.value(QLatin1String("vaultId")).toInteger())
                        .arg(item.value(QLatin1String("title")).toString(),
                             what.isString() ? what.toString()
                                             : claims.isEmpty() ? QStringLiteral("only the always-visible claims")
                                                                : claims.join(QStringLiteral(", ")));
    }
    return text;
}

// A presentation file, or PNG images of its QR frames in any order.
Result<QByteArray> presentationInput(const QStringList &paths)
{
    Result<QByteArray> first = readInput(paths.first());
    if (!first)
        return first.error();
    if (!qr::looksLikePngFile(*first)) {
        if (paths.size() > 1)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("Give one presentation file, or only PNG images"));
        return first;
    }
    Result<ScannedImages> scanned = scanImages(paths);
    if (!scanned)
        return scanned.error();
    if (!scanned->vitaeSeen)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("These images hold no Vitae presentation QR code."));
    return scanned->reassembler.payload();
}

} // namespace

int runPresent(const CliContext &cli)
{
    if (cli.arguments.isEmpty())
        return cli.usage(QStringLiteral("Give the numbers of the credentials to present"));
    if (cli.challenge.isEmpty())
        return cli.usage(QStringLiteral("present needs --challenge (the verifier's nonce)"));
    Result<QHash<qint64, QStringList>> disclose = disclosuresOf(cli);
    if (!disclose)
        return cli.fail(disclose.error());
    Result<present::PresentOptions> options = presentOptionsOf(cli);
    if (!options)
        return cli.fail(options.error());
    Result<std::unique_ptr<vault::Vault>> vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());

    QList<present::PresentItem> items;
    for (int i = 0; i < cli.arguments.size(); ++i) {
        Result<qint64> id = cli.credentialIdArgument(i);
        if (!id)
            return cli.fail(id.error());
        Result<vault::CredentialRecord> record = (*vault)->credentials().get(*id);
        if (!record)
            return cli.fail(record.error());
        Result<credential::Credential> credential = credential::readCredential(record->raw);
        if (!credential)
            return cli.fail(credential.error());
        present::PresentItem item;
        item.vaultId = *id;
        item.credential = std::move(*credential);
        item.disclose = disclose->take(*id);
        items.append(std::move(item));
    }
    if (!disclose->isEmpty())
        return cli.usage(QStringLiteral("--disclose names credential %1, which is not presented").arg(disclose->keys().first()));

    Result<present::HolderChoice> holder = present::HolderChoice::choose(**vault, items);
    if (!holder)
        return cli.fail(holder.error());
    Result<present::BuiltPresentation> built = present::buildPresentation(items, holder->key(), holder->did(), *options);
    if (!built)
        return cli.fail(built.error());
    if (Status written = writeOutput(cli.outFile, built->bytes); !written)
        return cli.fail(written.error());
    Result<qint64> logged = (*vault)->shares().append(present::shareRecordFor(*built, *options, QStringLiteral("file")));
    if (!logged)
        return cli.fail(logged.error());

    const QJsonObject json{{QStringLiteral("out"), cli.outFile},
                           {QStringLiteral("mediaType"), built->mediaType},
                           {QStringLiteral("disclosed"), built->disclosed},
                           {QStringLiteral("share"), *logged}};
    const QString text = QStringLiteral("Presentation (%1) written to %2. Disclosed:\n%3")
                                 .arg(built->mediaType, cli.outFile, disclosedText(built->disclosed));
    if (!cli.outFile.isEmpty() && cli.outFile != QLatin1String("-"))
        cli.done(json, text.trimmed());
    else
        std::fprintf(stderr, "%s", qPrintable(CliContext::forTerminal(text)));
    return ExitOk;
}

int runVerifyPresentation(const CliContext &cli)
{
    if (cli.arguments.isEmpty())
        return cli.usage(QStringLiteral("Give a presentation file (or - for standard input), or PNG images of its QR code(s)"));
    if (cli.challenge.isEmpty())
        return cli.usage(QStringLiteral("verify-presentation needs --challenge (the one you gave the holder)"));
    Result<QByteArray> bytes = presentationInput(cli.arguments);
    if (!bytes)
        return cli.fail(bytes.error());
    Result<std::unique_ptr<VerifySetup>> setup = prepareVerification(cli);
    if (!setup)
        return cli.fail(setup.error());
    present::PresentationExpectations expectations;
    expectations.challenge = cli.challenge;
    expectations.domain = cli.domain;
    const present::PresentationResult result = present::verifyPresentation(*bytes, expectations, (*setup)->context());
    const verify::Verdict verdict = result.verdict();

    QString text = QStringLiteral("Presentation by %1\nResult: %2\n%3")
                           .arg(result.holder.isEmpty() ? QStringLiteral("(unknown holder)") : result.holder,
                                verify::verdictName(verdict).toUpper(), describe(result.presentation, QStringLiteral("  ")));
    for (qsizetype i = 0; i < result.credentials.size(); ++i) {
        const present::PresentedCredential &presented = result.credentials.at(i);
        const QString title = presented.credential ? presented.credential->title : QStringLiteral("(unreadable)");
        text += QStringLiteral("Credential %1: %2 (%3)\n%4    Disclosed: %5\n")
                        .arg(i + 1)
                        .arg(title, verify::verdictName(presented.result.verdict()).toUpper(),
                             describe(presented.result, QStringLiteral("    ")),
                             QString::fromUtf8(QJsonDocument(presented.disclosedClaims).toJson(QJsonDocument::Compact)));
    }
    cli.done(result.toJson(), text.trimmed());
    return exitCodeForVerdict(verdict, cli.strict);
}

int runShares(const CliContext &cli)
{
    Result<std::unique_ptr<vault::Vault>> vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    Result<QList<vault::ShareRecord>> shares = (*vault)->shares().all();
    if (!shares)
        return cli.fail(shares.error());
    QJsonArray json;
    QString text;
    for (const vault::ShareRecord &share : *shares) {
        const QJsonArray disclosed = QJsonDocument::fromJson(share.disclosedJson).array();
        json.append(QJsonObject{{QStringLiteral("id"), share.id},
                                {QStringLiteral("sharedAt"), share.sharedAt.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("verifier"), share.verifier},
                                {QStringLiteral("domain"), share.domain},
                                {QStringLiteral("challenge"), share.challenge},
                                {QStringLiteral("channel"), share.channel},
                                {QStringLiteral("disclosed"), disclosed}});
        text += QStringLiteral("%1  %2 via %3 to %4\n%5")
                        .arg(share.id)
                        .arg(share.sharedAt.toUTC().toString(Qt::ISODate), share.channel,
                             share.domain.isEmpty() ? QStringLiteral("(no domain)") : share.domain, disclosedText(disclosed));
    }
    if (shares->isEmpty())
        text = QStringLiteral("Nothing has been shared yet.");
    return cli.done(QJsonObject{{QStringLiteral("shares"), json}}, text.trimmed());
}

int runRespond(const CliContext &cli)
{
    if (cli.arguments.size() != 1)
        return cli.usage(QStringLiteral("Give the verifier's openid4vp:// link"));
    Result<exchange::Link> link = exchange::parseLink(cli.arguments.first());
    if (!link)
        return cli.fail(link.error());
    if (link->kind != exchange::LinkKind::PresentationRequest)
        return cli.usage(QStringLiteral("This is a %1, not a verifier's request").arg(exchange::linkKindName(link->kind)));
    net::HttpLimits limits;
    limits.allowLoopbackHttp = cli.allowLoopbackHttp;
    net::HttpResolver http(limits);
    Result<present::VerifierRequest> request = present::readVerifierRequest(*link, http);
    if (!request)
        return cli.fail(request.error());

    Result<std::unique_ptr<vault::Vault>> vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    Result<QList<present::PresentItem>> held = present::heldCredentials(**vault);
    if (!held)
        return cli.fail(held.error());
    QList<credential::Credential> credentials;
    for (const present::PresentItem &item : *held)
        credentials.append(item.credential);
    Result<QList<present::DcqlMatch>> matches = present::matchDcql(request->query, credentials);
    if (!matches)
        return cli.fail(matches.error());
    QList<present::PresentItem> chosen;
    QString consent = QStringLiteral("%1 asks for a presentation. %2\nIt would receive:\n")
                              .arg(request->verifierName, request->identity);
    for (const present::DcqlMatch &match : *matches) {
        const present::PresentItem &item = held->at(match.heldIndex);
        chosen.append(item);
        consent += QStringLiteral("  #%1 %2: %3\n").arg(item.vaultId).arg(item.credential.title, match.shown.join(QStringLiteral(", ")));
    }
    // With --json, stdout carries only the result object.
    std::fprintf(cli.json ? stderr : stdout, "%s", qPrintable(CliContext::forTerminal(consent)));
    std::fflush(stdout);
    if (!cli.yes && !confirmOnTerminal(QStringLiteral("Send this to %1?").arg(request->verifierName)))
        return cli.usage(QStringLiteral("Nothing was sent: confirm on the terminal or pass --yes"));

    Result<present::HolderChoice> holder = present::HolderChoice::choose(**vault, chosen);
    if (!holder)
        return cli.fail(holder.error());
    Result<present::VerifierAnswer> answer = present::answerVerifier(*request, *matches, *held, holder->key(), holder->did());
    if (!answer)
        return cli.fail(answer.error());
    Result<QUrl> sent = present::sendAnswer(*request, *answer, http);
    if (!sent)
        return cli.fail(sent.error());
    vault::ShareRecord record;
    record.sharedAt = QDateTime::currentDateTimeUtc();
    record.verifier = request->verifierName;
    record.domain = request->clientId;
    record.challenge = request->nonce;
    record.channel = QStringLiteral("openid4vp");
    for (const present::PresentItem &item : chosen)
        record.credentialIds.append(item.vaultId);
    record.disclosedJson = QJsonDocument(answer->disclosed).toJson(QJsonDocument::Compact);
    if (Result<qint64> logged = (*vault)->shares().append(record); !logged)
        return cli.fail(logged.error());
    return cli.done({{QStringLiteral("sent"), true}, {QStringLiteral("redirect"), sent->toString()},
                     {QStringLiteral("disclosed"), answer->disclosed}},
                    QStringLiteral("Sent to %1.").arg(request->verifierName));
}

} // namespace vitae::cli
