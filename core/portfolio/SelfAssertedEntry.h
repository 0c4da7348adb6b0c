// Experience a learner asserts about themselves (a role, where, when, what
// they did, the skills it took), signed by the wallet as an Open Badges 3.0
// credential whose issuer is the learner. It says so: issuer and subject are
// the same DID, and its criteria state that nobody else checked it. It
// commits to the SHA-256 of each evidence file, so a verifier can tell that a
// file is unchanged.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace vitae::portfolio {

struct ExperienceEntry {
    QString role;          // required, e.g. "Logistics coordinator"
    QString organisation;  // e.g. "U.S. Army" or "St Mary's parish"
    QString place;         // e.g. "Fort Hood, Texas"
    QDate start;           // required
    QDate end;             // invalid: ongoing
    QString description;
    QStringList skills;
};

struct EvidenceReference {
    QString name;       // a file name, or a title for a link
    QString mediaType;  // e.g. application/pdf; text/uri-list for a link
    QByteArray sha256;  // raw 32 bytes of the file (empty for a link)
    QString url;        // for a link
};

// "sha256-<base64>" (W3C Subresource Integrity), as VC 2.0's digestSRI.
QString digestSri(QByteArrayView sha256);

// The words every self-asserted entry carries in its criteria.
extern const QString kSelfAssertedNarrative;

// Errors: InvalidArgument naming a missing field (role, start), an end
// before the start; InvalidInput if signing fails.
Result<QJsonObject> makeEntryCredential(const ExperienceEntry &entry, const QList<EvidenceReference> &evidence,
                                        const crypto::Ed25519KeyPair &holderKey, const QString &holderDid,
                                        const QDateTime &now = {});

// Whether a credential document is one of these (issuer = subject and our
// criteria), for labelling.
bool isSelfAssertedEntry(const QJsonObject &document);

} // namespace vitae::portfolio
