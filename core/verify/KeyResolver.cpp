#include "verify/KeyResolver.h"

#include "did/DidDocument.h"
#include "did/DidJwk.h"
#include "did/DidWeb.h"
#include "json/JsonParser.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QCoreApplication>

namespace vitae::verify {

QString didOf(const QString &didUrl)
{
    return didUrl.section(QLatin1Char('#'), 0, 0);
}

namespace {

// did:key and did:jwk keys are a pure function of their text, and importing
// one (with its curve checks) costs as much as a signature check: remember
// the last few hundred, as a verifier sees the same issuers again and again.
class OfflineKeyCache {
public:
    std::optional<IssuerKey> find(const QString &method)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_keys.constFind(method);
        return it == m_keys.constEnd() ? std::nullopt : std::optional<IssuerKey>(*it);
    }
    void insert(const QString &method, const IssuerKey &key)
    {
        QMutexLocker lock(&m_mutex);
        if (m_keys.size() >= 256)
            m_keys.clear();
        m_keys.insert(method, key);
    }

private:
    QMutex m_mutex;
    QHash<QString, IssuerKey> m_keys;
};

OfflineKeyCache &offlineKeyCache()
{
    static OfflineKeyCache cache;
    return cache;
}

Result<IssuerKey> resolveUncached(const QString &verificationMethod, net::Resolver *resolver);

} // namespace

Result<IssuerKey> resolveAssertionKey(const QString &verificationMethod, net::Resolver *resolver)
{
    const bool offlineMethod = verificationMethod.startsWith(QLatin1String("did:key:"))
            || verificationMethod.startsWith(QLatin1String("did:jwk:"));
    if (offlineMethod)
        if (std::optional<IssuerKey> cached = offlineKeyCache().find(verificationMethod))
            return *cached;
    Result<IssuerKey> key = resolveUncached(verificationMethod, resolver);
    if (key && offlineMethod)
        offlineKeyCache().insert(verificationMethod, *key);
    return key;
}

namespace {

Result<IssuerKey> resolveUncached(const QString &verificationMethod, net::Resolver *resolver)
{
    const QString did = didOf(verificationMethod);
    if (did.startsWith(QLatin1String("did:jwk:"))) {
        Result<jose::PublicKey> key = did::parseDidJwk(verificationMethod);
        if (!key)
            return key.error();
        return IssuerKey{*key, verificationMethod, did};
    }
    Result<did::DidDocument> document = [&]() -> Result<did::DidDocument> {
        if (did.startsWith(QLatin1String("did:key:")))
            return did::didKeyDocument(did);
        if (did.startsWith(QLatin1String("did:web:"))) {
            if (!resolver)
                return makeError(ErrorCode::Network,
                                 QCoreApplication::translate("vitae", "The issuer's key (%1) is published online and Vitae is offline.").arg(did));
            return did::resolveDidWeb(did, *resolver);
        }
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("vitae", "Keys of the kind \"%1\" cannot be checked by this version of Vitae.")
                                 .arg(did.section(QLatin1Char(':'), 0, 1)));
    }();
    if (!document)
        return document.error();
    Result<did::VerificationMethod> method = document->assertionMethod(verificationMethod);
    if (!method)
        return method.error();
    return IssuerKey{method->key, method->id, did};
}

// JWT VC issuer metadata (SD-JWT VC section 4): {"issuer": ..., "jwks": {"keys": [...]}}.
Result<IssuerKey> keyFromIssuerMetadata(const QString &iss, const QString &kid, net::Resolver *resolver)
{
    const QUrl issuer(iss);
    if (issuer.scheme() != QLatin1String("https"))
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("vitae", "The issuer \"%1\" is neither a DID nor an https address.").arg(iss));
    if (!resolver)
        return makeError(ErrorCode::Network, QCoreApplication::translate("vitae", "The issuer's keys (%1) are published online and Vitae is offline.").arg(iss));
    QUrl metadataUrl = issuer;
    metadataUrl.setPath(QStringLiteral("/.well-known/jwt-vc-issuer") + (issuer.path() == QLatin1String("/") ? QString() : issuer.path()));
    Result<net::FetchedDocument> fetched = resolver->fetch(metadataUrl);
    if (!fetched)
        return fetched.error();
    Result<QJsonObject> metadata = json::parseJsonObject(fetched->body);
    if (!metadata)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The issuer's metadata is not valid JSON: %1").arg(metadata.message()));
    if (metadata->value(QLatin1String("issuer")).toString() != iss)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The issuer's metadata names a different issuer."));
    for (const QJsonValue &jwk : metadata->value(QLatin1String("jwks")).toObject().value(QLatin1String("keys")).toArray()) {
        const QJsonObject object = jwk.toObject();
        if (!kid.isEmpty() && object.value(QLatin1String("kid")).toString() != kid)
            continue;
        Result<jose::PublicKey> key = jose::publicKeyFromJwk(object);
        if (key)
            return IssuerKey{*key, kid, iss};
    }
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("vitae", "The issuer publishes no key \"%1\".").arg(kid));
}

} // namespace

Result<IssuerKey> resolveJwtIssuerKey(const QJsonObject &header, const QString &iss, net::Resolver *resolver)
{
    const QString kid = header.value(QLatin1String("kid")).toString();
    if (kid.startsWith(QLatin1String("did:"))) {
        if (!iss.isEmpty() && didOf(kid) != iss)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("vitae", "The token was signed with a key (%1) that does not belong to its issuer (%2).")
                                     .arg(kid, iss));
        return resolveAssertionKey(kid, resolver);
    }
    if (iss.startsWith(QLatin1String("did:"))) {
        if (kid.startsWith(QLatin1Char('#')))
            return resolveAssertionKey(iss + kid, resolver);
        if (iss.startsWith(QLatin1String("did:key:")))
            return resolveAssertionKey(iss + QLatin1Char('#') + iss.mid(8), resolver);
        if (iss.startsWith(QLatin1String("did:jwk:")))
            return resolveAssertionKey(iss + QStringLiteral("#0"), resolver);
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The token does not say which of the issuer's keys signed it (no kid)."));
    }
    return keyFromIssuerMetadata(iss, kid, resolver);
}

} // namespace vitae::verify
