// The outcome of verifying a credential: an overall verdict and one entry per
// check, each with a stable machine code and a sentence for the learner.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vitae::verify {

enum class Outcome { Passed, Warning, Failed, Unknown };
enum class Verdict { Verified, Warning, Failed, Unknown };

// The checks, in the order they are shown.
namespace check {
inline const QString Structure = QStringLiteral("structure");
inline const QString Signature = QStringLiteral("signature");
inline const QString ValidityWindow = QStringLiteral("validity");
inline const QString Status = QStringLiteral("status");
inline const QString IssuerTrust = QStringLiteral("issuer");
} // namespace check

struct CheckResult {
    QString check;   // one of check::*
    Outcome outcome = Outcome::Unknown;
    QString code;    // stable, e.g. "signature.valid", "status.revoked"
    QString message; // a sentence for a learner
};

struct VerificationResult {
    QList<CheckResult> checks;
    QDateTime checkedAt;
    QList<VerificationResult> nested; // CLR: one per credential inside

    void add(const QString &check, Outcome outcome, const QString &code, const QString &message);
    // Failed if any check failed; Unknown if the signature could not be
    // checked; Warning if any check warned or was unknown; else Verified.
    // Nested credentials count too.
    Verdict verdict() const;
    bool hasCheck(const QString &check) const;
    const CheckResult *find(const QString &check) const;

    QJsonObject toJson() const;
};

QString verdictName(Verdict verdict);
QString outcomeName(Outcome outcome);

} // namespace vitae::verify
