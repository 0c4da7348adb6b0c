#include "jose/PublicKey.h"

#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/Sodium.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>

#include <sodium.h>

#include <memory>

#include <QCoreApplication>

namespace vitae::jose {

namespace {

constexpr qsizetype kEd25519KeyBytes = 32;
constexpr qsizetype kP256CoordinateBytes = 32;
constexpr qsizetype kP256UncompressedBytes = 1 + 2 * kP256CoordinateBytes;
constexpr qsizetype kP256CompressedBytes = 1 + kP256CoordinateBytes;
constexpr qsizetype kSignatureBytes = 64;

// Owning handles so that every early return frees what OpenSSL allocated.
template <auto FreeFunction>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T *object) const { FreeFunction(object); }
};
using GroupPtr = std::unique_ptr<EC_GROUP, OpenSslDeleter<EC_GROUP_free>>;
using PointPtr = std::unique_ptr<EC_POINT, OpenSslDeleter<EC_POINT_free>>;
using BnCtxPtr = std::unique_ptr<BN_CTX, OpenSslDeleter<BN_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OpenSslDeleter<ECDSA_SIG_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslDeleter<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, OpenSslDeleter<OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, OpenSslDeleter<OSSL_PARAM_free>>;

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

Error invalidKey(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The public key is not usable: %1.").arg(why));
}

// Decodes any SEC1 encoding of a P-256 point and returns it uncompressed.
// OpenSSL rejects encodings whose point is not on the curve; the explicit
// checks below keep that true even if a future version relaxes it.
std::optional<QByteArray> p256Uncompressed(QByteArrayView encoded)
{
    GroupPtr group(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    PointPtr point(group ? EC_POINT_new(group.get()) : nullptr);
    BnCtxPtr bnCtx(BN_CTX_new());
    if (!group || !point || !bnCtx) {
        ERR_clear_error();
        return std::nullopt;
    }
    QByteArray result(kP256UncompressedBytes, Qt::Uninitialized);
    const bool ok = EC_POINT_oct2point(group.get(), point.get(), bytesOf(encoded),
                                       static_cast<size_t>(encoded.size()), bnCtx.get())
                    == 1
            && EC_POINT_is_at_infinity(group.get(), point.get()) == 0
            && EC_POINT_is_on_curve(group.get(), point.get(), bnCtx.get()) == 1
            && EC_POINT_point2oct(group.get(), point.get(), POINT_CONVERSION_UNCOMPRESSED,
                                  reinterpret_cast<unsigned char *>(result.data()),
                                  static_cast<size_t>(result.size()), bnCtx.get())
                    == static_cast<size_t>(kP256UncompressedBytes);
    ERR_clear_error(); // a rejected point leaves errors we have already handled
    if (!ok) {
        return std::nullopt;
    }
    return result;
}

PkeyPtr p256Pkey(QByteArrayView uncompressed)
{
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder
        || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, SN_X9_62_prime256v1, 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, uncompressed.data(),
                                            static_cast<size_t>(uncompressed.size()))
                != 1) {
        return nullptr;
    }
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1) {
        return nullptr;
    }
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        return nullptr;
    }
    return PkeyPtr(raw);
}

// JOSE carries r||s; OpenSSL verifies the DER ECDSA-Sig-Value.
std::optional<QByteArray> derFromRawSignature(QByteArrayView signature)
{
    const int half = static_cast<int>(signature.size() / 2);
    EcdsaSigPtr sig(ECDSA_SIG_new());
    BignumPtr r(BN_bin2bn(bytesOf(signature), half, nullptr));
    BignumPtr s(BN_bin2bn(bytesOf(signature) + half, half, nullptr));
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1) {
        return std::nullopt;
    }
    // ECDSA_SIG_set0 took ownership of r and s.
    r.release();
    s.release();
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0 || !der) {
        return std::nullopt;
    }
    QByteArray result(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return result;
}

bool verifyEs256(QByteArrayView uncompressed, QByteArrayView message, QByteArrayView signature)
{
    if (uncompressed.size() != kP256UncompressedBytes || signature.size() != kSignatureBytes) {
        return false;
    }
    const PkeyPtr pkey = p256Pkey(uncompressed);
    const auto der = derFromRawSignature(signature);
    MdCtxPtr mdCtx(EVP_MD_CTX_new());
    bool ok = pkey && der && mdCtx
            && EVP_DigestVerifyInit(mdCtx.get(), nullptr, EVP_sha256(), nullptr, pkey.get()) == 1;
    ok = ok
            && EVP_DigestVerify(mdCtx.get(), bytesOf(*der), static_cast<size_t>(der->size()), bytesOf(message),
                                static_cast<size_t>(message.size()))
                    == 1;
    ERR_clear_error(); // do not leave a failed verification in this thread's error queue
    return ok;
}

// A JWK member that must be base64url of exactly `size` bytes.
Result<QByteArray> jwkBytes(const QJsonObject &jwk, const QString &member, qsizetype size)
{
    const QJsonValue value = jwk.value(member);
    if (!value.isString()) {
        return invalidKey(QStringLiteral("the JWK has no \"%1\" string").arg(member));
    }
    // Non-ASCII turns into '?' here, which the strict decoder refuses.
    const auto bytes = crypto::base64UrlDecode(value.toString().toLatin1());
    if (!bytes) {
        return invalidKey(QStringLiteral("the JWK's \"%1\" is not valid base64url").arg(member));
    }
    if (bytes->size() != size) {
        return invalidKey(QStringLiteral("the JWK's \"%1\" is %2 bytes long, expected %3")
                                  .arg(member)
                                  .arg(bytes->size())
                                  .arg(size));
    }
    return *bytes;
}

} // namespace

Result<PublicKey> ed25519PublicKey(QByteArrayView raw)
{
    if (raw.size() != kEd25519KeyBytes) {
        return invalidKey(QStringLiteral("an Ed25519 key is 32 bytes, this one is %1").arg(raw.size()));
    }
    crypto::ensureSodiumInitialized();
    // Also rejects small-order points, which would make any signature trivial.
    if (crypto_core_ed25519_is_valid_point(bytesOf(raw)) != 1) {
        return invalidKey(QStringLiteral("the Ed25519 key is not a valid point on the curve"));
    }
    return PublicKey{PublicKey::Type::Ed25519, raw.toByteArray()};
}

Result<PublicKey> p256PublicKeyFromCompressed(QByteArrayView compressed)
{
    if (compressed.size() != kP256CompressedBytes
        || (compressed[0] != char(0x02) && compressed[0] != char(0x03))) {
        return invalidKey(QStringLiteral("a compressed P-256 key is 33 bytes starting with 02 or 03"));
    }
    const auto uncompressed = p256Uncompressed(compressed);
    if (!uncompressed) {
        return invalidKey(QStringLiteral("the P-256 key is not a point on the curve"));
    }
    return PublicKey{PublicKey::Type::P256, *uncompressed};
}

Result<PublicKey> publicKeyFromJwk(const QJsonObject &jwk)
{
    if (jwk.contains(QLatin1String("d"))) {
        return invalidKey(QStringLiteral("the JWK is a private key (it has \"d\"), and private keys are never accepted"));
    }
    // Shortened: these names end up in messages shown to people.
    const QString kty = jwk.value(QLatin1String("kty")).toString().left(40);
    const QString crv = jwk.value(QLatin1String("crv")).toString().left(40);
    if ((kty == QLatin1String("OKP") || kty == QLatin1String("EC")) && crv.isEmpty()) {
        return invalidKey(QStringLiteral("the JWK has no \"crv\" string"));
    }
    if (kty == QLatin1String("OKP")) {
        if (crv != QLatin1String("Ed25519")) {
            return makeError(ErrorCode::Unsupported,
                             QCoreApplication::translate("vitae", "The public key is not usable: curve \"%1\" is not supported.").arg(crv));
        }
        const auto x = jwkBytes(jwk, QStringLiteral("x"), kEd25519KeyBytes);
        if (!x) {
            return x.error();
        }
        return ed25519PublicKey(x.value());
    }
    if (kty == QLatin1String("EC")) {
        if (crv != QLatin1String("P-256")) {
            return makeError(ErrorCode::Unsupported,
                             QCoreApplication::translate("vitae", "The public key is not usable: curve \"%1\" is not supported.").arg(crv));
        }
        const auto x = jwkBytes(jwk, QStringLiteral("x"), kP256CoordinateBytes);
        if (!x) {
            return x.error();
        }
        const auto y = jwkBytes(jwk, QStringLiteral("y"), kP256CoordinateBytes);
        if (!y) {
            return y.error();
        }
        const QByteArray point = QByteArray(1, char(0x04)) + x.value() + y.value();
        const auto uncompressed = p256Uncompressed(point);
        if (!uncompressed) {
            return invalidKey(QStringLiteral("the P-256 key is not a point on the curve"));
        }
        return PublicKey{PublicKey::Type::P256, *uncompressed};
    }
    if (kty.isEmpty()) {
        return invalidKey(QStringLiteral("the JWK has no \"kty\" string"));
    }
    return makeError(ErrorCode::Unsupported,
                     QCoreApplication::translate("vitae", "The public key is not usable: key type \"%1\" is not supported.").arg(kty));
}

QJsonObject publicKeyToJwk(const PublicKey &key)
{
    auto encode = [](QByteArrayView bytes) { return QString::fromLatin1(crypto::base64UrlEncode(bytes)); };
    if (key.type == PublicKey::Type::Ed25519) {
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                           {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                           {QStringLiteral("x"), encode(key.raw)}};
    }
    if (key.raw.size() != kP256UncompressedBytes) {
        return {}; // not a key we made; nothing sensible to export
    }
    return QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                       {QStringLiteral("crv"), QStringLiteral("P-256")},
                       {QStringLiteral("x"), encode(key.raw.mid(1, kP256CoordinateBytes))},
                       {QStringLiteral("y"), encode(key.raw.mid(1 + kP256CoordinateBytes))}};
}

bool verifySignature(const PublicKey &key, QByteArrayView message, QByteArrayView signature)
{
    switch (key.type) {
    case PublicKey::Type::Ed25519:
        return key.raw.size() == kEd25519KeyBytes && signature.size() == kSignatureBytes
                && crypto::ed25519Verify(key.raw, message, signature);
    case PublicKey::Type::P256:
        return verifyEs256(key.raw, message, signature);
    }
    return false;
}

} // namespace vitae::jose
