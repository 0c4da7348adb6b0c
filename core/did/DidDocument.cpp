#include "did/DidDocument.h"

#include "crypto/Encoding.h"
#include "did/DidKey.h"

#include <QJsonArray>
#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace vitae::did {

namespace {

// Multicodec codes as unsigned varints.
constexpr char kEd25519Prefix[] = {char(0xed), 0x01};
constexpr char kP256Prefix[] = {char(0x80), 0x24};
constexpr qsizetype kEd25519Size = 32;
constexpr qsizetype kP256CompressedSize = 33;

// A document with more methods than this is not one we need to read fully.
constexpr qsizetype kMaxMethods = 256;

// Relations that may embed methods we must know about to say "not
// authorised" instead of "unknown".
const QStringList kOtherRelations = {QStringLiteral("authentication"), QStringLiteral("keyAgreement"),
                                     QStringLiteral("capabilityInvocation"),
                                     QStringLiteral("capabilityDelegation")};

bool isLegacyEd25519Type(const QString &type)
{
    return type == QLatin1String("Ed25519VerificationKey2018") || type == QLatin1String("Ed25519VerificationKey2020");
}

bool hasPrefix(const QByteArray &bytes, const char (&prefix)[2], qsizetype keySize)
{
    return bytes.size() == 2 + keySize && bytes.startsWith(QByteArrayView(prefix, 2));
}

// Multikey bytes (prefixed) or, for the Ed25519 2018/2020 suites, the raw key.
std::optional<jose::PublicKey> keyFromBytes(const QByteArray &bytes, const QString &type)
{
    Result<jose::PublicKey> key = makeError(ErrorCode::InvalidInput, QString());
    if (hasPrefix(bytes, kEd25519Prefix, kEd25519Size))
        key = jose::ed25519PublicKey(QByteArrayView(bytes).sliced(2));
    else if (hasPrefix(bytes, kP256Prefix, kP256CompressedSize))
        key = jose::p256PublicKeyFromCompressed(QByteArrayView(bytes).sliced(2));
    else if (isLegacyEd25519Type(type) && bytes.size() == kEd25519Size)
        key = jose::ed25519PublicKey(bytes);
    if (!key)
        return std::nullopt;
    return key.value();
}

std::optional<jose::PublicKey> readKey(const QJsonObject &method, const QString &type)
{
    if (const QJsonValue jwk = method.value(QLatin1String("publicKeyJwk")); jwk.isObject()) {
        auto key = jose::publicKeyFromJwk(jwk.toObject());
        return key ? std::optional(key.value()) : std::nullopt;
    }
    if (const QJsonValue multibase = method.value(QLatin1String("publicKeyMultibase")); multibase.isString()) {
        const QString text = multibase.toString();
        // Multikey is base58btc; 'u' (base64url) is multibase too but no
        // suite publishes keys that way.
        if (!text.startsWith(QLatin1Char('z')))
            return std::nullopt;
        const auto bytes = crypto::multibaseDecode(text.toLatin1());
        return bytes ? keyFromBytes(*bytes, type) : std::nullopt;
    }
    if (const QJsonValue base58 = method.value(QLatin1String("publicKeyBase58")); base58.isString()) {
        if (!isLegacyEd25519Type(type))
            return std::nullopt;
        const auto bytes = crypto::base58btcDecode(base58.toString().toLatin1());
        return bytes ? keyFromBytes(*bytes, type) : std::nullopt;
    }
    return std::nullopt;
}

// "#key-1" -> "did:web:example.com#key-1"; absolute DID URLs stay as they are.
QString absoluteId(const QString &id, const QString &documentId)
{
    if (id.startsWith(QLatin1Char('#')))
        return documentId + id;
    if (id.startsWith(QLatin1String("did:")))
        return id;
    return QString();
}

std::optional<VerificationMethod> readMethod(const QJsonObject &json, const QString &documentId)
{
    VerificationMethod method;
    method.id = absoluteId(json.value(QLatin1String("id")).toString(), documentId);
    method.type = json.value(QLatin1String("type")).toString();
    if (method.id.isEmpty() || method.type.isEmpty())
        return std::nullopt;
    method.controller = json.value(QLatin1String("controller")).toString();
    if (method.controller.isEmpty())
        method.controller = documentId;
    const auto key = readKey(json, method.type);
    if (!key)
        return std::nullopt; // a key we cannot read cannot verify anything
    method.key = *key;
    return method;
}

void addMethod(DidDocument &document, VerificationMethod method)
{
    for (const VerificationMethod &existing : std::as_const(document.methods)) {
        if (existing.id == method.id)
            return; // the first definition wins; repeats are usually the same key
    }
    if (document.methods.size() < kMaxMethods)
        document.methods.append(std::move(method));
}

// Reads one verification relationship: references are returned as absolute
// ids; embedded methods are added to the document as well.
QStringList readRelation(DidDocument &document, const QJsonObject &json, const QString &name)
{
    QStringList ids;
    const QJsonValue value = json.value(name);
    const QJsonArray entries = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const auto &entry : entries) {
        if (entry.isString()) {
            const QString id = absoluteId(entry.toString(), document.id);
            if (!id.isEmpty())
                ids.append(id);
        } else if (entry.isObject()) {
            if (auto method = readMethod(entry.toObject(), document.id)) {
                ids.append(method->id);
                addMethod(document, std::move(*method));
            }
        }
    }
    return ids;
}

} // namespace

Result<VerificationMethod> DidDocument::assertionMethod(const QString &methodId) const
{
    const QString wanted = absoluteId(methodId, id);
    const auto found = std::find_if(methods.cbegin(), methods.cend(),
                                    [&wanted](const VerificationMethod &method) { return method.id == wanted; });
    if (wanted.isEmpty() || found == methods.cend()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("vitae", "The DID document of %1 has no verification method %2.").arg(id, methodId));
    }
    if (!assertionMethodIds.contains(wanted)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "%1 is not authorised to issue credentials (assertionMethod).").arg(wanted));
    }
    return *found;
}

Result<DidDocument> parseDidDocument(const QJsonObject &json, const QString &expectedDid)
{
    DidDocument document;
    document.id = json.value(QLatin1String("id")).toString();
    if (document.id.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "The DID document for %1 has no \"id\".").arg(expectedDid));
    }
    if (document.id != expectedDid) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "The DID document for %1 describes a different DID (%2).")
                                 .arg(expectedDid, document.id));
    }

    const QJsonValue declared = json.value(QLatin1String("verificationMethod"));
    const QJsonArray methods = declared.isArray() ? declared.toArray() : QJsonArray{declared};
    for (const auto &entry : methods) {
        if (!entry.isObject())
            continue;
        if (auto method = readMethod(entry.toObject(), document.id))
            addMethod(document, std::move(*method));
    }
    for (const QString &relation : kOtherRelations)
        (void)readRelation(document, json, relation);
    document.assertionMethodIds = readRelation(document, json, QStringLiteral("assertionMethod"));
    document.assertionMethodIds.removeDuplicates();
    return document;
}

Result<DidDocument> didKeyDocument(const QString &didKey)
{
    const auto parsed = parseDidKey(didKey);
    if (!parsed)
        return parsed.error();
    const DidKey &key = parsed.value();

    auto publicKey = key.type == KeyType::Ed25519 ? jose::ed25519PublicKey(key.publicKey)
                                                  : jose::p256PublicKeyFromCompressed(key.publicKey);
    if (!publicKey) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "The key in %1 is not usable: %2").arg(key.did, publicKey.message()));
    }

    VerificationMethod method;
    method.id = key.verificationMethod();
    method.type = QStringLiteral("Multikey");
    method.controller = key.did;
    method.key = publicKey.value();

    DidDocument document;
    document.id = key.did;
    document.methods.append(method);
    document.assertionMethodIds.append(method.id);
    return document;
}

} // namespace vitae::did
