// Is a credential an issuer just handed over really the learner's? Checked
// for OpenID4VCI and VC-API exchanges, where Vitae proved its key or DID and
// the issuer should have bound the credential to it.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace vitae::exchange {

// SD-JWT: cnf.jwk (or cnf.kid) is the holder's key; JWT VC: sub (else
// credentialSubject.id) is the holder's DID; JSON-LD: every
// credentialSubject.id is. InvalidInput "This credential was issued to
// someone else (...)" on a mismatch, "This credential does not say who it
// was issued to..." when it names no holder, or a read error.
Status checkBoundToHolder(QByteArrayView credential, const QString &holderDid, const QByteArray &holderPublicKey);

} // namespace vitae::exchange
