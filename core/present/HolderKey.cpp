#include "present/HolderKey.h"

#include "did/DidJwk.h"
#include "did/DidKey.h"

#include <QCoreApplication>

namespace vitae::present {

QString didOfMethod(const QString &verificationMethod)
{
    return verificationMethod.section(QLatin1Char('#'), 0, 0);
}

Result<jose::PublicKey> holderPublicKey(const QString &verificationMethod)
{
    if (verificationMethod.startsWith(QLatin1String("did:key:"))) {
        Result<did::DidKey> key = did::parseDidKey(verificationMethod);
        if (!key)
            return key.error();
        return key->type == did::KeyType::Ed25519 ? jose::ed25519PublicKey(key->publicKey)
                                                  : jose::p256PublicKeyFromCompressed(key->publicKey);
    }
    if (verificationMethod.startsWith(QLatin1String("did:jwk:")))
        return did::parseDidJwk(didOfMethod(verificationMethod));
    return makeError(ErrorCode::Unsupported,
                     QCoreApplication::translate("vitae", "The holder uses %1, a kind of identifier Vitae cannot check.")
                             .arg(verificationMethod.section(QLatin1Char(':'), 0, 1)));
}

} // namespace vitae::present
