#include "present/HeldCredentials.h"

#include "credential/CredentialReader.h"
#include "vault/Vault.h"

namespace vitae::present {

Result<QList<PresentItem>> heldCredentials(vault::Vault &vault)
{
    Result<QList<vault::CredentialSummary>> summaries = vault.credentials().list();
    if (!summaries)
        return summaries.error();
    QList<PresentItem> held;
    for (const vault::CredentialSummary &summary : *summaries) {
        Result<vault::CredentialRecord> record = vault.credentials().get(summary.id);
        if (!record)
            return record.error();
        if (Result<credential::Credential> credential = credential::readCredential(record->raw)) {
            PresentItem item;
            item.vaultId = summary.id;
            item.credential = std::move(*credential);
            held.append(std::move(item));
        }
    }
    return held;
}

} // namespace vitae::present
