// vitae-cli verify and bench-verify.
#include "cli/VerifyCommands.h"

#include "cli/CliContext.h"
#include "cli/PortfolioCommands.h"
#include "pdfread/PdfBundleReader.h"
#include "portfolio/Bundle.h"
#include "cli/ResultText.h"
#include "cli/VerifySetup.h"
#include "common/ProcessMemory.h"
#include "credential/CredentialReader.h"
#include "verify/ProofSuite.h"
#include "verify/VaultVerification.h"
#include "verify/Verifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <cstdio>

namespace vitae::cli {

namespace {

// Groups credentials for the benchmark by format or cryptosuite.
QString benchGroup(const credential::Credential &credential)
{
    if (credential.format == credential::Format::LdpVc) {
        const QJsonValue proof = credential.document.value(QLatin1String("proof"));
        return verify::proofSuiteName(proof.isArray() ? proof.toArray().first().toObject() : proof.toObject());
    }
    return credential::formatName(credential.format);
}

} // namespace

int runVerify(const CliContext &cli)
{
    if (cli.arguments.size() != 1)
        return cli.usage(QStringLiteral("Give one credential file (or - for standard input)"));
    Result<QByteArray> bytes = readInput(cli.arguments.first(), portfolio::kMaxBundleBytes);
    if (!bytes)
        return cli.fail(bytes.error());
    if (pdf::looksLikePdf(*bytes)) {
        // A portfolio PDF: what is checked is the bundle attached to it.
        Result<QByteArray> bundle = pdf::readBundleFromPdfBytes(*bytes);
        if (!bundle)
            return cli.fail(bundle.error());
        return verifyBundleFile(cli, *bundle);
    }
    if (portfolio::looksLikeBundle(*bytes))
        return verifyBundleFile(cli, *bytes);
    Result<credential::Credential> credential = credential::readCredential(*bytes);
    if (!credential)
        return cli.fail(makeError(ErrorCode::InvalidInput, credential.message()));
    Result<std::unique_ptr<VerifySetup>> setup = prepareVerification(cli);
    if (!setup)
        return cli.fail(setup.error());
    const verify::VerificationResult result = verify::verifyCredential(*credential, (*setup)->context());
    const verify::Verdict verdict = result.verdict();

    QJsonObject json = result.toJson();
    json.insert(QStringLiteral("credential"),
                QJsonObject{{QStringLiteral("title"), credential->title},
                            {QStringLiteral("issuer"), credential->issuerId},
                            {QStringLiteral("issuerName"), credential->issuerName},
                            {QStringLiteral("format"), credential::formatName(credential->format)}});
    const QString text = QStringLiteral("%1\nIssued by %2\nResult: %3\n%4")
                                 .arg(credential->title,
                                      credential->issuerName.isEmpty() ? credential->issuerId
                                                                       : QStringLiteral("%1 (%2)").arg(credential->issuerName, credential->issuerId),
                                      verify::verdictName(verdict).toUpper(), describe(result, QStringLiteral("  ")));
    cli.done(json, text);
    return exitCodeForVerdict(verdict, cli.strict);
}

int runBenchVerify(const CliContext &cli)
{
    if (cli.arguments.size() != 1)
        return cli.usage(QStringLiteral("Give a folder of credential files"));
    const int count = cli.count > 0 ? cli.count : 10000;
    QMap<QString, QList<credential::Credential>> groups;
    const QDir dir(cli.arguments.first());
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        Result<QByteArray> bytes = readInput(info.filePath());
        Result<credential::Credential> credential = bytes ? credential::readCredential(*bytes) : Result<credential::Credential>(bytes.error());
        if (credential)
            groups[benchGroup(*credential)].append(*credential);
        else
            std::fprintf(stderr, "skipped %s: %s\n", qPrintable(CliContext::forTerminal(info.fileName())), qPrintable(CliContext::forTerminal(credential.message())));
    }
    if (groups.isEmpty())
        return cli.fail(makeError(ErrorCode::InvalidInput, QStringLiteral("No credential in %1 could be read.").arg(dir.path())));

    // One thread, offline: parse and verify each file N times in turn.
    verify::VerifyContext context;
    QJsonObject figures;
    const double rssBefore = residentMiB();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QElapsedTimer timer;
        timer.start();
        int passed = 0;
        for (int i = 0; i < count; ++i) {
            const credential::Credential &sample = it.value().at(i % it.value().size());
            Result<credential::Credential> parsed = credential::readCredential(sample.raw);
            if (parsed) {
                const verify::VerificationResult result = verify::verifyCredential(*parsed, context);
                passed += result.find(verify::check::Signature)->outcome == verify::Outcome::Passed;
            }
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        figures.insert(it.key(), QJsonObject{{QStringLiteral("verifications"), count},
                                             {QStringLiteral("seconds"), seconds},
                                             {QStringLiteral("per_second"), count / seconds},
                                             {QStringLiteral("signatures_valid"), passed},
                                             // Flat memory means this stays near rss_mib_before.
                                             {QStringLiteral("rss_mib_before"), rssBefore},
                                             {QStringLiteral("rss_mib_after"), residentMiB()}});
    }
    std::fputs(QJsonDocument(figures).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return ExitOk;
}

int runReverify(const CliContext &cli)
{
    Result<std::unique_ptr<VerifySetup>> setup = prepareVerification(cli);
    if (!setup)
        return cli.fail(setup.error());
    Result<std::unique_ptr<vault::Vault>> open = cli.openVault();
    if (!open)
        return cli.fail(open.error());
    verify::VerifyContext context = (*setup)->context();
    context.holderDids = {(*open)->holderDid()};
    Result<verify::ReverifySummary> summary = verify::reverifyAll(**open, context);
    if (!summary)
        return cli.fail(summary.error());
    QJsonObject byStatus;
    QString text = QStringLiteral("Re-verified %1 credentials:\n").arg(summary->total);
    for (auto it = summary->byStatus.cbegin(); it != summary->byStatus.cend(); ++it) {
        byStatus.insert(it.key(), it.value());
        text += QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    }
    QJsonArray alerts;
    for (const verify::Alert &alert : summary->alerts) {
        alerts.append(QJsonObject{{QStringLiteral("kind"), verify::alertKindName(alert.kind)},
                                  {QStringLiteral("credential"), alert.credentialId},
                                  {QStringLiteral("message"), alert.message}});
        text += QStringLiteral("! #%1 %2\n").arg(alert.credentialId).arg(alert.message);
    }
    return cli.done({{QStringLiteral("total"), summary->total},
                     {QStringLiteral("unreadable"), summary->unreadable},
                     {QStringLiteral("byStatus"), byStatus},
                     {QStringLiteral("alerts"), alerts}},
                    text);
}

} // namespace vitae::cli
