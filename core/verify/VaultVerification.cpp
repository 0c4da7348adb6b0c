#include "verify/VaultVerification.h"

#include "credential/CredentialReader.h"

#include <QJsonDocument>

namespace vitae::verify {

QString displayStatus(const VerificationResult &result)
{
    for (const CheckResult &check : result.checks) {
        if (check.code == QLatin1String("status.revoked"))
            return QStringLiteral("revoked");
        if (check.code == QLatin1String("status.suspended"))
            return QStringLiteral("suspended");
        if (check.code == QLatin1String("validity.expired"))
            return QStringLiteral("expired");
    }
    const Verdict verdict = result.verdict();
    if (verdict != Verdict::Failed) {
        const CheckResult *issuer = result.find(check::IssuerTrust);
        if (issuer && issuer->code == QLatin1String("issuer.self-asserted"))
            return QStringLiteral("self-asserted");
    }
    return verdictName(verdict);
}

vault::CredentialRecord makeRecord(const credential::Credential &credential, const VerificationResult *result,
                                   const QString &importSource)
{
    vault::CredentialRecord record;
    record.raw = credential.raw;
    record.format = credential::formatName(credential.format);
    record.credentialId = credential.id.isEmpty() ? QString() : credential.id;
    record.issuerId = credential.issuerId;
    record.issuerName = credential.issuerName;
    record.subjectId = credential.subjectId;
    record.types = credential.types;
    record.name = credential.title;
    record.description = credential.description;
    record.issuedAt = credential.issuedAt;
    record.validFrom = credential.validFrom;
    record.validUntil = credential.validUntil;
    record.importSource = importSource;
    if (result) {
        record.verificationStatus = displayStatus(*result);
        record.verificationJson = QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact);
        record.verifiedAt = result->checkedAt;
    }
    return record;
}

Result<VerificationResult> reverifyOne(vault::Vault &vault, qint64 id, const VerifyContext &context)
{
    Result<vault::CredentialRecord> record = vault.credentials().get(id);
    if (!record)
        return record.error();
    Result<credential::Credential> credential = credential::readCredential(record->raw);
    VerificationResult result;
    result.checkedAt = context.now();
    if (credential)
        result = verifyCredential(*credential, context);
    else
        result.add(check::Structure, Outcome::Failed, QStringLiteral("structure.unreadable"), credential.message());
    if (Status s = vault.credentials().setVerification(id, displayStatus(result),
                                                        QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact),
                                                        result.checkedAt);
        !s)
        return s.error();
    return result;
}

Result<ReverifySummary> reverifyAll(vault::Vault &vault, const VerifyContext &context)
{
    Result<QList<vault::CredentialSummary>> all = vault.credentials().list();
    if (!all)
        return all.error();
    ReverifySummary summary;
    for (const vault::CredentialSummary &item : *all) {
        Result<VerificationResult> result = reverifyOne(vault, item.id, context);
        if (!result)
            return result.error();
        ++summary.total;
        const CheckResult *structure = result->find(check::Structure);
        if (structure && structure->code == QLatin1String("structure.unreadable"))
            ++summary.unreadable;
        ++summary.byStatus[displayStatus(*result)];
        if (std::optional<Alert> alert = alertFor(item, *result, context.now()))
            summary.alerts.append(*alert);
    }
    return summary;
}

} // namespace vitae::verify
