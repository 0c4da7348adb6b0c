// Moving from the Digital Credentials Consortium's Learner Credential
// Wallet: its backup is a JSON array of Universal Wallet "UnlockedWallet"
// profiles (type UniversalWallet2020), each a flat "contents" list of
// credentials, the profile's DID document, its Ed25519VerificationKey2020
// (with the private key) and a ProfileMetadata entry with its name.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"
#include "exchange/Importer.h"

#include <QJsonValue>

#include <vector>

namespace vitae::exchange {

struct LcwProfile {
    QString name;                     // "Untitled profile" when it has none
    QString did;                      // the profile's did:key
    QList<FoundCredential> credentials;
    // The profile's signing key, checked against its DID. Null when the
    // backup holds none, or one Vitae cannot use (then keyProblem says why).
    crypto::Ed25519KeyPair key;
    QString keyProblem;
};

// Whether `document` looks like an LCW backup (an UnlockedWallet, or an array
// of them), so the importer can route it here.
bool isLcwBackup(const QJsonValue &document);

// Errors (InvalidInput / LimitExceeded): not a wallet backup, a profile with
// no contents. A profile whose key is missing or damaged is still read; its
// credentials come in and keyProblem says what happened to the key.
Result<std::vector<LcwProfile>> readLcwBackup(const QJsonValue &document, const QString &name);

} // namespace vitae::exchange
