#include "exchange/LcwWallet.h"

#include "crypto/Encoding.h"
#include "crypto/Sodium.h"
#include "did/DidKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>

namespace vitae::exchange {

namespace {

constexpr int kMaxProfiles = 100;
constexpr int kMaxContents = 10000;

bool hasType(const QJsonObject &object, const QString &type)
{
    const QJsonValue value = object.value(QLatin1String("type"));
    return value.toString() == type || value.toArray().contains(type);
}

bool isWallet(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return object.value(QLatin1String("contents")).isArray()
            && (hasType(object, QStringLiteral("UniversalWallet2020")) || hasType(object, QStringLiteral("UnlockedWallet")));
}

// Ed25519VerificationKey2020's privateKeyMultibase: 'z' base58btc of the
// multicodec ed25519-priv prefix (0x80 0x26) and the 64-byte secret key
// (seed followed by the public key); some writers keep only the seed.
Result<crypto::Ed25519KeyPair> keyFrom(const QJsonObject &key, const QString &did)
{
    const auto decoded = crypto::multibaseDecode(key.value(QLatin1String("privateKeyMultibase")).toString().toLatin1());
    if (!decoded || decoded->size() < 2 || uchar(decoded->at(0)) != 0x80 || uchar(decoded->at(1)) != 0x26)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the profile's private key is not an Ed25519 key Vitae can read"));
    QByteArray secret = decoded->sliced(2);
    if (secret.size() != 32 && secret.size() != 64) {
        crypto::wipe(secret);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the profile's private key has the wrong length"));
    }
    Result<crypto::Ed25519KeyPair> pair = crypto::Ed25519KeyPair::fromSeed(QByteArrayView(secret).first(32));
    const QByteArray storedPublic = secret.size() == 64 ? secret.sliced(32) : QByteArray();
    crypto::wipe(secret);
    QByteArray scratch = *decoded;
    crypto::wipe(scratch);
    if (!pair)
        return pair.error();
    const bool publicMatches = storedPublic.isEmpty() || storedPublic == pair->publicKey();
    if (!publicMatches || did::didKeyFromEd25519(pair->publicKey()) != did)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the profile's private key does not belong to its DID"));
    return pair;
}

LcwProfile readProfile(const QJsonObject &wallet, const QString &where)
{
    LcwProfile profile;
    QJsonObject verificationKey;
    const QJsonArray contents = wallet.value(QLatin1String("contents")).toArray();
    for (const QJsonValue &value : contents) {
        const QJsonObject item = value.toObject();
        if (hasType(item, QStringLiteral("VerifiableCredential"))) {
            profile.credentials.append({QJsonDocument(item).toJson(QJsonDocument::Compact), QString()});
        } else if (hasType(item, QStringLiteral("Ed25519VerificationKey2020"))) {
            verificationKey = item;
        } else if (hasType(item, QStringLiteral("ProfileMetadata"))) {
            profile.name = item.value(QLatin1String("data")).toObject().value(QLatin1String("profileName")).toString();
        } else if (item.value(QLatin1String("@context")).toArray().contains(QLatin1String("https://www.w3.org/ns/did/v1"))) {
            profile.did = item.value(QLatin1String("id")).toString();
        }
    }
    if (profile.name.isEmpty())
        profile.name = QCoreApplication::translate("vitae", "Untitled profile");
    for (qsizetype i = 0; i < profile.credentials.size(); ++i)
        profile.credentials[i].where = QCoreApplication::translate("vitae", "%1, profile \"%2\", credential %3 of %4")
                                               .arg(where, profile.name).arg(i + 1).arg(profile.credentials.size());
    if (profile.did.isEmpty())
        profile.did = verificationKey.value(QLatin1String("controller")).toString();
    if (verificationKey.isEmpty()) {
        profile.keyProblem = QStringLiteral("the backup holds no key for this profile");
    } else {
        Result<crypto::Ed25519KeyPair> key = keyFrom(verificationKey, profile.did);
        if (key)
            profile.key = std::move(*key);
        else
            profile.keyProblem = key.message();
    }
    return profile;
}

} // namespace

bool isLcwBackup(const QJsonValue &document)
{
    if (document.isArray()) {
        const QJsonArray items = document.toArray();
        return !items.isEmpty() && std::all_of(items.begin(), items.end(), [](const QJsonValue &item) { return isWallet(item); });
    }
    return isWallet(document);
}

Result<std::vector<LcwProfile>> readLcwBackup(const QJsonValue &document, const QString &name)
{
    if (!isLcwBackup(document))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "%1 is not a Learner Credential Wallet backup.").arg(name));
    const QJsonArray wallets = document.isArray() ? document.toArray() : QJsonArray{document};
    if (wallets.size() > kMaxProfiles)
        return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "%1 holds more than %2 profiles.").arg(name).arg(kMaxProfiles));
    std::vector<LcwProfile> profiles;
    for (const QJsonValue &wallet : wallets) {
        if (wallet.toObject().value(QLatin1String("contents")).toArray().size() > kMaxContents)
            return makeError(ErrorCode::LimitExceeded, QCoreApplication::translate("vitae", "%1 holds more than %2 items in one profile.").arg(name).arg(kMaxContents));
        profiles.push_back(readProfile(wallet.toObject(), name));
    }
    return profiles;
}

} // namespace vitae::exchange
