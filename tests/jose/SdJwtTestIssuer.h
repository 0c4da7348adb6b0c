// SD-JWT test helpers: an issuer with a fixed Ed25519 key and small
// conveniences shared by the SD-JWT test suites.
#pragma once

#include "JoseTestKeys.h"

#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/Sodium.h"
#include "jose/SdJwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace vitae::test {

// Issues SD-JWTs signed with a fixed Ed25519 key; disclosures are written
// compactly, the way most issuers do.
class SdJwtTestIssuer {
public:
    SdJwtTestIssuer() : m_key(crypto::Ed25519KeyPair::fromSeed(QByteArray(32, '\x07')).value()) {}

    static QByteArray disclosure(const QJsonArray &array)
    {
        return crypto::base64UrlEncode(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    static QByteArray property(const QString &name, const QJsonValue &value)
    {
        return disclosure(QJsonArray{QString::fromLatin1(crypto::base64UrlEncode(crypto::randomBytes(16))), name, value});
    }
    static QByteArray element(const QJsonValue &value)
    {
        return disclosure(QJsonArray{QString::fromLatin1(crypto::base64UrlEncode(crypto::randomBytes(16))), value});
    }
    static QString digest(const QByteArray &disclosure) { return QString::fromLatin1(jose::sdDigest(disclosure)); }

    QByteArray issue(const QJsonObject &payload, const QList<QByteArray> &disclosures) const
    {
        QByteArray text = test::makeCompactJws(QJsonObject{{"alg", "EdDSA"}}, payload,
                                               [this](QByteArrayView input) { return m_key.sign(input); });
        text += '~';
        for (const QByteArray &d : disclosures) {
            text += d + '~';
        }
        return text;
    }
    jose::PublicKey publicKey() const { return jose::ed25519PublicKey(m_key.publicKey()).value(); }

private:
    crypto::Ed25519KeyPair m_key;
};

inline Result<jose::DisclosedClaims> processSdJwt(QByteArrayView text, const jose::SdJwtLimits &limits = {})
{
    auto sdJwt = jose::parseSdJwt(text, limits);
    if (!sdJwt) {
        return sdJwt.error();
    }
    return jose::applyDisclosures(sdJwt.value(), limits);
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace vitae::test
