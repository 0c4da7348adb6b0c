#include "did/DidJwk.h"

#include "crypto/Encoding.h"
#include "json/JsonParser.h"

#include <QCoreApplication>

namespace vitae::did {

namespace {

const QLatin1String kPrefix("did:jwk:");
// The only DID URL fragment did:jwk defines: its single key.
const QLatin1String kKeyFragment("#0");
// A P-256 JWK with a few extra members is well under 1 KB; anything far
// larger is not a key.
constexpr qsizetype kMaxDidLength = 8 * 1024;

Error invalid(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "Not a valid did:jwk: %1.").arg(why));
}

} // namespace

Result<jose::PublicKey> parseDidJwk(QStringView did)
{
    if (did.size() > kMaxDidLength) {
        return invalid(QStringLiteral("it is longer than %1 characters").arg(kMaxDidLength));
    }
    if (!did.startsWith(kPrefix)) {
        return invalid(QStringLiteral("it does not start with \"did:jwk:\""));
    }
    QStringView encoded = did.sliced(kPrefix.size());
    if (const qsizetype hash = encoded.indexOf(QLatin1Char('#')); hash >= 0) {
        if (encoded.sliced(hash) != kKeyFragment) {
            return invalid(QStringLiteral("its only key is \"#0\", other fragments do not exist"));
        }
        encoded = encoded.first(hash);
    }
    if (encoded.isEmpty()) {
        return invalid(QStringLiteral("the key is missing after \"did:jwk:\""));
    }
    for (const QChar c : encoded) {
        if (c.unicode() > 0x7f) {
            return invalid(QStringLiteral("the key is not valid base64url"));
        }
    }
    const auto bytes = crypto::base64UrlDecode(encoded.toLatin1());
    if (!bytes) {
        return invalid(QStringLiteral("the key is not valid base64url"));
    }
    const auto jwk = json::parseJsonObject(*bytes);
    if (!jwk) {
        return invalid(QStringLiteral("the key is not a JSON object (%1)").arg(jwk.message()));
    }
    auto key = jose::publicKeyFromJwk(jwk.value());
    if (!key) {
        QString why = key.message();
        if (why.endsWith(QLatin1Char('.'))) {
            why.chop(1);
        }
        return invalid(why);
    }
    return key;
}

} // namespace vitae::did
