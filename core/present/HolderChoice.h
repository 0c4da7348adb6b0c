// Which of the learner's identities presents a set of credentials: the one
// their subjects name when it is a key brought from another wallet, else the
// vault's own holder key.
#pragma once

#include "present/Presentation.h"
#include "vault/Vault.h"

#include <optional>

namespace vitae::present {

class HolderChoice {
public:
    // Errors: InvalidArgument when the credentials belong to two different
    // identities of the learner ("present them separately").
    static Result<HolderChoice> choose(vault::Vault &vault, const QList<PresentItem> &items);

    const crypto::Ed25519KeyPair &key() const { return m_broughtKey ? *m_broughtKey : m_vault->holderKey(); }
    QString did() const { return m_did; }

private:
    vault::Vault *m_vault = nullptr;
    std::optional<crypto::Ed25519KeyPair> m_broughtKey;
    QString m_did;
};

} // namespace vitae::present
