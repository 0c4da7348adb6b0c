// Endorsements: someone who knew the work (a supervisor, a treasurer) reads
// a learner's entry and signs an Open Badges 3.0 EndorsementCredential about
// it with their own key; the learner imports it and sees it beside the entry.
// Files or QR codes carry it both ways; no server is involved.
#pragma once

#include "common/Result.h"
#include "credential/Credential.h"
#include "crypto/Ed25519.h"

#include <QDateTime>
#include <QJsonObject>

namespace vitae::portfolio {

struct EndorsementRequest {
    QString comment;      // required: what the endorser says about the work
    QString endorserName; // e.g. "Maria Lopez, parish treasurer"
    QDateTime now;        // invalid: the current time
};

// Signs an endorsement of `endorsed` (which must have an id) as
// `endorserDid`. Errors: InvalidArgument (no comment, nothing to refer to,
// endorsing one's own credential).
Result<QJsonObject> makeEndorsement(const credential::Credential &endorsed, const EndorsementRequest &request,
                                    const crypto::Ed25519KeyPair &endorserKey, const QString &endorserDid);

// The id of the credential an EndorsementCredential is about, or empty when
// `credential` is not an endorsement.
QString endorsedId(const credential::Credential &credential);

} // namespace vitae::portfolio
