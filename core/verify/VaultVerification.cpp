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

Result<ReverifySummary> reverifyAll(vault::Vault &vault, const VerifyContext &context)
{
    Result<QList<vault::CredentialSummary>> all = vault.credentials().list();
    if (!all)
        return all.error();
    ReverifySummary summary;
    for (const vault::CredentialSummary &item : *all) {
        Result<vault::CredentialRecord> record = vault.credentials().get(item.id);
        if (!record)
            return record.error();
        ++summary.total;
        Result<credential::Credential> credential = credential::readCredential(record->raw);
        VerificationResult result;
        result.checkedAt = context.now();
        if (credential) {
            result = verifyCredential(*credential, context);
        } else {
            ++summary.unreadable;
            result.add(check::Structure, Outcome::Failed, QStringLiteral("structure.unreadable"), credential.message());
        }
        const QString status = displayStatus(result);
        ++summary.byStatus[status];
        if (Status s = vault.credentials().setVerification(item.id, status,
                                                            QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact),
                                                            result.checkedAt);
            !s)
            return s.error();
    }
    return summary;
}

} // namespace vitae::verify
