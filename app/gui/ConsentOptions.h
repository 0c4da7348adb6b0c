// What the learner can choose when a verifier asks (OpenID4VP, DCQL): per
// requested credential every stored credential that answers it, and for
// each the claim sets it can satisfy, so the consent page can offer exactly
// the claims the request lets them leave out. Pure logic, no Qt objects:
// built on the vault thread, read on the GUI thread.
#pragma once

#include "present/Dcql.h"
#include "present/Presentation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vitae::gui {

struct RequestedClaim {
    QString key;      // the DCQL claim id, or its position when it has none
    QString label;    // the claim's path in words
};

// One way to answer a credential query with one credential: the claims of
// one claim set, and what that discloses.
struct DisclosureOption {
    QStringList claimKeys;
    present::DcqlMatch match; // heldIndex, disclose (SD-JWT pointers), shown
};

struct CandidateCredential {
    int heldIndex = -1;
    qint64 vaultId = 0;
    QString title;
    QString issuer;
    bool selective = false; // SD-JWT: claims disclosed one by one
    QList<DisclosureOption> options; // in the request's order of preference
    // Claims in at least one option, and those in every option (required).
    QList<RequestedClaim> claims;
    QStringList requiredKeys;
    QHash<QString, QString> values; // claim key -> its value in words (SD-JWT)
};

struct RequestedCredential {
    QString queryId;
    QString what;                          // "an SD-JWT credential of type …"
    QList<CandidateCredential> candidates; // empty: the vault has none
};

struct ConsentOptions {
    QList<RequestedCredential> requested;
    // Set when the request cannot be answered: which part is missing.
    QString problem;
};

ConsentOptions consentOptionsFor(const present::DcqlQuery &query, const QList<present::PresentItem> &held);

// After the learner ticks (on) or unticks (off) claim `key`: the option
// that honours that choice and otherwise differs least from what was
// chosen before (ties: the request's preference); -1 if none can.
int optionAfterToggle(const CandidateCredential &candidate, int current, const QString &key, bool on);

} // namespace vitae::gui
