#include "gui/CredentialRecheck.h"

#include "credential/CredentialReader.h"
#include "gui/AppHttpLimits.h"
#include "gui/TrustLists.h"
#include "net/CancellableResolver.h"
#include "net/HttpResolver.h"
#include "vault/Vault.h"
#include "verify/VaultVerification.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace vitae::gui {

Result<RecheckPlan> planRecheck(vault::Vault &vault)
{
    if (!vault.isUnlocked())
        return makeError(ErrorCode::Locked, QCoreApplication::translate("vitae", "Unlock your vault first."));
    Result<QList<vault::CredentialSummary>> summaries = vault.credentials().list();
    if (!summaries)
        return summaries.error();
    return RecheckPlan{std::move(*summaries), learnerTrustStore(vault.database()), vault.holderDid()};
}

Result<RecheckInput> readForRecheck(vault::Vault &vault, const RecheckPlan &plan, qsizetype from, qsizetype count)
{
    if (!vault.isUnlocked())
        return makeError(ErrorCode::Locked, QCoreApplication::translate("vitae", "Unlock your vault first."));
    RecheckInput input;
    for (const vault::CredentialSummary &summary : plan.summaries.mid(from, count)) {
        Result<vault::CredentialRecord> record = vault.credentials().get(summary.id);
        if (!record && record.code() == ErrorCode::NotFound)
            continue; // deleted since the plan was made
        if (!record)
            return record.error();
        input.summaries.append(summary);
        input.raws.append(record->raw);
    }
    input.trust = plan.trust;
    input.holderDid = plan.holderDid;
    return input;
}

RecheckOutput recheckCredentials(const RecheckInput &input, const std::atomic<bool> &cancel)
{
    RecheckOutput output;
    output.now = QDateTime::currentDateTimeUtc();
    net::HttpResolver http(appHttpLimits());
    net::CancellableResolver resolver(http, cancel);
    verify::VerifyContext context;
    context.resolver = &resolver;
    context.trust = &input.trust;
    context.holderDids = {input.holderDid};
    for (qsizetype i = 0; i < input.summaries.size(); ++i) {
        if (cancel.load()) {
            output.cancelled = true;
            return output;
        }
        const vault::CredentialSummary &before = input.summaries.at(i);
        verify::VerificationResult result;
        result.checkedAt = context.now();
        // As reverifyOne does: bytes that no longer parse are kept and marked.
        if (Result<credential::Credential> credential = credential::readCredential(input.raws.at(i)))
            result = verify::verifyCredential(*credential, context);
        else
            result.add(verify::check::Structure, verify::Outcome::Failed, QStringLiteral("structure.unreadable"),
                       credential.message());
        if (cancel.load()) { // a request cut short says nothing about the credential
            output.cancelled = true;
            return output;
        }
        output.results.append({before.id, verify::displayStatus(result),
                               QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact), result.checkedAt});
        if (std::optional<verify::Alert> alert = verify::alertFor(before, result, output.now))
            output.alerts.append(*alert);
    }
    return output;
}

Status storeRecheck(vault::Vault &vault, const RecheckOutput &output)
{
    if (!vault.isUnlocked())
        return makeError(ErrorCode::Locked, QCoreApplication::translate("vitae", "Unlock your vault first."));
    for (const RecheckOutput::Fresh &fresh : output.results) {
        const Status stored = vault.credentials().setVerification(fresh.id, fresh.status, fresh.json, fresh.checkedAt);
        if (!stored && stored.code() != ErrorCode::NotFound)
            return stored;
    }
    return {};
}

} // namespace vitae::gui
