// Public keys as the credential standards carry them (JWK, multikey, did:key)
// and signature verification for the algorithms Vitae accepts.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace vitae::jose {

struct PublicKey {
    enum class Type { Ed25519, P256 };
    Type type = Type::Ed25519;
    // Ed25519: the 32 raw bytes. P-256: the 65-byte uncompressed point
    // (0x04 || x || y); compressed input is decompressed on import.
    QByteArray raw;

    bool operator==(const PublicKey &) const = default;
};

// A JWK with kty OKP/crv Ed25519 or kty EC/crv P-256. Rejects private keys
// ("d" present), other curves and malformed coordinates, with a reason.
Result<PublicKey> publicKeyFromJwk(const QJsonObject &jwk);
QJsonObject publicKeyToJwk(const PublicKey &key);

// From a did:key / multikey: Ed25519 (32 bytes) or compressed P-256 (33
// bytes); points not on the curve are rejected.
Result<PublicKey> ed25519PublicKey(QByteArrayView raw);
Result<PublicKey> p256PublicKeyFromCompressed(QByteArrayView compressed);

// Verifies a raw signature over `message`.
// Ed25519: 64-byte signature. P-256: 64-byte r||s (JOSE / Data Integrity
// form), SHA-256 of the message; high-S signatures are accepted as JOSE does.
bool verifySignature(const PublicKey &key, QByteArrayView message, QByteArrayView signature);

} // namespace vitae::jose
