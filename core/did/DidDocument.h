// A DID document reduced to what verification needs: its verification
// methods and which of them may assert (sign credentials).
#pragma once

#include "common/Result.h"
#include "jose/PublicKey.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vitae::did {

struct VerificationMethod {
    QString id;          // absolute: did#fragment
    QString type;        // Multikey, Ed25519VerificationKey2020, JsonWebKey2020, ...
    QString controller;
    jose::PublicKey key;
};

struct DidDocument {
    QString id;
    QList<VerificationMethod> methods;
    QStringList assertionMethodIds; // absolute ids authorised for assertionMethod

    // The method with this id (absolute or "#fragment"), if it is in
    // assertionMethod. Errors: NotFound "no verification method <id>",
    // InvalidInput "<id> is not authorised to issue credentials (assertionMethod)".
    Result<VerificationMethod> assertionMethod(const QString &id) const;
};

// Reads a DID document JSON (did core v1). Key material in
// publicKeyMultibase (Ed25519 0xed01 multikey or raw base58 for
// Ed25519VerificationKey2020/2018, P-256 0x8024 multikey) or publicKeyJwk;
// publicKeyBase58 for Ed25519VerificationKey2018. Methods whose keys cannot
// be read are skipped, not fatal. `expectedDid` must equal the "id".
Result<DidDocument> parseDidDocument(const QJsonObject &json, const QString &expectedDid);

// The DID document a did:key stands for (Ed25519 or P-256): one method,
// authorised for assertionMethod.
Result<DidDocument> didKeyDocument(const QString &didKey);

} // namespace vitae::did
