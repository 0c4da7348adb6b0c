#include "cli/ResultText.h"

#include "cli/CliContext.h"

namespace vitae::cli {

QString outcomeSymbol(verify::Outcome outcome)
{
    switch (outcome) {
    case verify::Outcome::Passed: return QStringLiteral("ok  ");
    case verify::Outcome::Warning: return QStringLiteral("warn");
    case verify::Outcome::Failed: return QStringLiteral("FAIL");
    case verify::Outcome::Unknown: return QStringLiteral("??  ");
    }
    return QString();
}

QString describe(const verify::VerificationResult &result, const QString &indent)
{
    QString text;
    for (const verify::CheckResult &check : result.checks)
        text += QStringLiteral("%1[%2] %3: %4\n").arg(indent, outcomeSymbol(check.outcome), check.check, check.message);
    for (qsizetype i = 0; i < result.nested.size(); ++i)
        text += QStringLiteral("%1Credential %2 inside (%3):\n%4")
                        .arg(indent).arg(i + 1).arg(verify::verdictName(result.nested.at(i).verdict()).toUpper(),
                                                    describe(result.nested.at(i), indent + QStringLiteral("    ")));
    return text;
}

int exitCodeForVerdict(verify::Verdict verdict, bool strict)
{
    if (verdict == verify::Verdict::Failed || (strict && verdict != verify::Verdict::Verified))
        return ExitFailed;
    return ExitOk;
}

} // namespace vitae::cli
