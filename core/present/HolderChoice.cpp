#include "present/HolderChoice.h"

#include <QCoreApplication>

namespace vitae::present {

Result<HolderChoice> HolderChoice::choose(vault::Vault &vault, const QList<PresentItem> &items)
{
    HolderChoice choice;
    choice.m_vault = &vault;
    choice.m_did = vault.holderDid();
    for (const PresentItem &item : items) {
        const QString subject = item.credential.subjectId;
        if (!subject.startsWith(QLatin1String("did:")) || subject == vault.holderDid() || subject == choice.m_did)
            continue;
        Result<std::optional<crypto::Ed25519KeyPair>> brought = vault.holderKeys().keyFor(subject);
        if (!brought)
            return brought.error();
        if (!brought->has_value())
            continue; // someone else's credential: the builder refuses it by name
        if (choice.m_broughtKey) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("vitae", "These credentials belong to two of your identities (%1 and %2); present "
                                            "them separately.").arg(choice.m_did, subject));
        }
        choice.m_broughtKey = std::move(**brought);
        choice.m_did = subject;
    }
    return choice;
}

} // namespace vitae::present
