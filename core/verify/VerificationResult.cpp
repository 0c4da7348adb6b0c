#include "verify/VerificationResult.h"

#include "common/ErrorText.h"

#include <QJsonArray>

namespace vitae::verify {

void VerificationResult::add(const QString &check, Outcome outcome, const QString &code, const QString &message)
{
    // Messages quote what the credential says (names, DIDs, terms): keep
    // control characters out of screens and terminals.
    checks.append({check, outcome, code, quoteOutsideText(message, 1000)});
}

Verdict VerificationResult::verdict() const
{
    bool failed = false;
    bool signatureUnknown = false;
    bool warning = false;
    for (const CheckResult &result : checks) {
        failed |= result.outcome == Outcome::Failed;
        signatureUnknown |= result.check == check::Signature && result.outcome == Outcome::Unknown;
        warning |= result.outcome == Outcome::Warning || result.outcome == Outcome::Unknown;
    }
    for (const VerificationResult &inner : nested) {
        const Verdict v = inner.verdict();
        failed |= v == Verdict::Failed;
        signatureUnknown |= v == Verdict::Unknown;
        warning |= v == Verdict::Warning;
    }
    if (failed)
        return Verdict::Failed;
    if (signatureUnknown || checks.isEmpty())
        return Verdict::Unknown;
    return warning ? Verdict::Warning : Verdict::Verified;
}

bool VerificationResult::hasCheck(const QString &check) const
{
    return find(check) != nullptr;
}

const CheckResult *VerificationResult::find(const QString &check) const
{
    for (const CheckResult &result : checks)
        if (result.check == check)
            return &result;
    return nullptr;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Verified: return QStringLiteral("verified");
    case Verdict::Warning: return QStringLiteral("warning");
    case Verdict::Failed: return QStringLiteral("failed");
    case Verdict::Unknown: return QStringLiteral("unknown");
    }
    return QString();
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed: return QStringLiteral("passed");
    case Outcome::Warning: return QStringLiteral("warning");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Unknown: return QStringLiteral("unknown");
    }
    return QString();
}

QJsonObject VerificationResult::toJson() const
{
    QJsonArray checkArray;
    for (const CheckResult &result : checks)
        checkArray.append(QJsonObject{{QStringLiteral("check"), result.check},
                                      {QStringLiteral("outcome"), outcomeName(result.outcome)},
                                      {QStringLiteral("code"), result.code},
                                      {QStringLiteral("message"), result.message}});
    QJsonObject object{{QStringLiteral("verdict"), verdictName(verdict())},
                       {QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("checks"), checkArray}};
    if (!nested.isEmpty()) {
        QJsonArray inner;
        for (const VerificationResult &result : nested)
            inner.append(result.toJson());
        object.insert(QStringLiteral("nested"), inner);
    }
    return object;
}

} // namespace vitae::verify
