#include "did/DidKey.h"

#include "crypto/Encoding.h"

#include <QCoreApplication>

namespace vitae::did {

namespace {
// Multicodec codes as unsigned varints.
constexpr unsigned char kEd25519Pub[] = {0xed, 0x01};
constexpr unsigned char kP256Pub[] = {0x80, 0x24};

const QString kPrefix = QStringLiteral("did:key:");

Error invalid(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "Not a valid did:key: %1").arg(why));
}

bool startsWith(QByteArrayView bytes, const unsigned char (&prefix)[2])
{
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == prefix[0]
            && static_cast<unsigned char>(bytes[1]) == prefix[1];
}
} // namespace

QString didKeyFromEd25519(QByteArrayView publicKey)
{
    QByteArray prefixed(reinterpret_cast<const char *>(kEd25519Pub), 2);
    prefixed.append(publicKey);
    return kPrefix + QString::fromLatin1(crypto::multibaseBase58btc(prefixed));
}

Result<DidKey> parseDidKey(QStringView did)
{
    if (did.size() > 512)
        return invalid(QStringLiteral("it is too long."));
    if (!did.startsWith(kPrefix))
        return invalid(QStringLiteral("it does not start with \"did:key:\"."));
    QStringView rest = did.sliced(kPrefix.size());
    QStringView fragment;
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0) {
        fragment = rest.sliced(hash + 1);
        rest = rest.first(hash);
    }
    if (!rest.startsWith(QLatin1Char('z')))
        return invalid(QStringLiteral("only base58btc keys (starting with 'z') are defined."));
    if (!fragment.isEmpty() && fragment != rest)
        return invalid(QStringLiteral("the fragment does not name the key itself."));

    const auto decoded = crypto::multibaseDecode(rest.toLatin1());
    if (!decoded)
        return invalid(QStringLiteral("the key is not valid base58btc."));

    DidKey key;
    key.did = kPrefix + rest.toString();
    key.fingerprint = rest.toString();
    if (startsWith(*decoded, kEd25519Pub) && decoded->size() == 2 + 32) {
        key.type = KeyType::Ed25519;
    } else if (startsWith(*decoded, kP256Pub) && decoded->size() == 2 + 33
               && (decoded->at(2) == 0x02 || decoded->at(2) == 0x03)) {
        key.type = KeyType::P256;
    } else {
        return invalid(QStringLiteral("the key type is not supported (Ed25519 and P-256 are)."));
    }
    key.publicKey = decoded->sliced(2);
    return key;
}

} // namespace vitae::did
