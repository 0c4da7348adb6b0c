#include "JoseTestKeys.h"

#include "crypto/Encoding.h"

#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace vitae::test {

namespace {

EVP_PKEY *pkeyOf(const std::shared_ptr<void> &key)
{
    return static_cast<EVP_PKEY *>(key.get());
}

} // namespace

P256TestKey P256TestKey::generate()
{
    P256TestKey result;
    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (pkey) {
        result.m_key = std::shared_ptr<void>(pkey, [](void *p) { EVP_PKEY_free(static_cast<EVP_PKEY *>(p)); });
    }
    return result;
}

jose::PublicKey P256TestKey::publicKey() const
{
    QByteArray point(65, Qt::Uninitialized);
    size_t length = 0;
    if (!m_key
        || EVP_PKEY_get_octet_string_param(pkeyOf(m_key), OSSL_PKEY_PARAM_PUB_KEY,
                                           reinterpret_cast<unsigned char *>(point.data()),
                                           static_cast<size_t>(point.size()), &length)
                != 1
        || length != 65) {
        return {};
    }
    return jose::PublicKey{jose::PublicKey::Type::P256, point};
}

QByteArray P256TestKey::sign(QByteArrayView message) const
{
    if (!m_key) {
        return {};
    }
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t derLength = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.data());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, pkeyOf(m_key)) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &derLength, data, static_cast<size_t>(message.size())) != 1) {
        return {};
    }
    QByteArray der(static_cast<qsizetype>(derLength), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &derLength, data,
                       static_cast<size_t>(message.size()))
        != 1) {
        return {};
    }
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> sig(
            d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(derLength)), &ECDSA_SIG_free);
    if (!sig) {
        return {};
    }
    QByteArray raw(64, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), out, 32) != 32
        || BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), out + 32, 32) != 32) {
        return {};
    }
    return raw;
}

QByteArray makeCompactJws(const QByteArray &headerJson, const QByteArray &payloadJson, const Signer &sign)
{
    const QByteArray signingInput = crypto::base64UrlEncode(headerJson) + '.' + crypto::base64UrlEncode(payloadJson);
    return signingInput + '.' + crypto::base64UrlEncode(sign(signingInput));
}

QByteArray makeCompactJws(const QJsonObject &header, const QJsonObject &payload, const Signer &sign)
{
    return makeCompactJws(QJsonDocument(header).toJson(QJsonDocument::Compact),
                          QJsonDocument(payload).toJson(QJsonDocument::Compact), sign);
}

} // namespace vitae::test
