// Test-only signing helpers for the JOSE tests: a P-256 key made with OpenSSL
// and a compact-JWS builder. Production code only ever verifies.
#pragma once

#include "jose/PublicKey.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace vitae::test {

class P256TestKey {
public:
    // A fresh random key; null (isNull()) only if OpenSSL fails.
    static P256TestKey generate();

    bool isNull() const { return !m_key; }
    jose::PublicKey publicKey() const;
    // ES256 signature in JOSE form: r || s, 32 bytes each.
    QByteArray sign(QByteArrayView message) const;

private:
    std::shared_ptr<void> m_key; // EVP_PKEY, freed by its deleter
};

using Signer = std::function<QByteArray(QByteArrayView signingInput)>;

// b64url(header) '.' b64url(payload) '.' b64url(sign(...)).
QByteArray makeCompactJws(const QJsonObject &header, const QJsonObject &payload, const Signer &sign);
QByteArray makeCompactJws(const QByteArray &headerJson, const QByteArray &payloadJson, const Signer &sign);

} // namespace vitae::test
