// did:key (W3C CCG): a DID that is its own public key, multicodec-prefixed and
// base58btc-encoded.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace vitae::did {

enum class KeyType { Ed25519, P256 };

struct DidKey {
    KeyType type = KeyType::Ed25519;
    QByteArray publicKey;      // raw 32 bytes (Ed25519) or compressed 33 bytes (P-256)
    QString did;               // did:key:z...
    QString fingerprint;       // the z... part, also the verification method fragment
    QString verificationMethod() const { return did + QLatin1Char('#') + fingerprint; }
};

// did:key of a 32-byte Ed25519 public key (multicodec 0xed 0x01).
QString didKeyFromEd25519(QByteArrayView publicKey);

// Parses a did:key (optionally with a #fragment, which must match the key).
Result<DidKey> parseDidKey(QStringView did);

} // namespace vitae::did
