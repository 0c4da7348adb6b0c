#include "exchange/HolderBinding.h"

#include "credential/CredentialReader.h"
#include "jose/PublicKey.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace vitae::exchange {

namespace {

QString didOf(const QString &didOrMethod)
{
    return didOrMethod.section(QLatin1Char('#'), 0, 0);
}

Error someoneElse(const QString &named)
{
    return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "This credential was issued to someone else (%1), not to you.")
                                                      .arg(named.left(120)));
}

Error unnamed()
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("vitae", "This credential does not say who it was issued to, so it cannot be tied to you."));
}

Status checkCnf(const QJsonObject &cnf, const QString &holderDid, const QByteArray &holderPublicKey)
{
    if (cnf.value(QLatin1String("jwk")).isObject()) {
        Result<jose::PublicKey> key = jose::publicKeyFromJwk(cnf.value(QLatin1String("jwk")).toObject());
        if (!key)
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "The key this credential is bound to cannot be read: %1").arg(key.message()));
        if (key->type != jose::PublicKey::Type::Ed25519 || key->raw != holderPublicKey)
            return someoneElse(QStringLiteral("another key"));
        return {};
    }
    const QString kid = cnf.value(QLatin1String("kid")).toString();
    if (!kid.isEmpty())
        return didOf(kid) == holderDid ? Status() : Status(someoneElse(kid));
    return unnamed();
}

Status checkSubjects(const QJsonValue &subjects, const QString &holderDid)
{
    const QJsonArray list = subjects.isArray() ? subjects.toArray() : QJsonArray{subjects};
    bool named = false;
    for (const QJsonValue &subject : list) {
        const QString id = subject.toObject().value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        if (didOf(id) != holderDid)
            return someoneElse(id);
        named = true;
    }
    return named ? Status() : Status(unnamed());
}

} // namespace

Status checkBoundToHolder(QByteArrayView bytes, const QString &holderDid, const QByteArray &holderPublicKey)
{
    Result<credential::Credential> read = credential::readCredential(bytes);
    if (!read)
        return makeError(read.code(), QCoreApplication::translate("vitae", "The issuer sent a credential Vitae cannot read: %1").arg(read.message()));
    const credential::Credential &c = *read;
    switch (c.format) {
    case credential::Format::SdJwtVc: {
        const QJsonObject payload = c.jws ? c.jws->payload : c.document;
        if (payload.value(QLatin1String("cnf")).isObject())
            return checkCnf(payload.value(QLatin1String("cnf")).toObject(), holderDid, holderPublicKey);
        const QString sub = payload.value(QLatin1String("sub")).toString();
        if (sub.isEmpty())
            return unnamed();
        return didOf(sub) == holderDid ? Status() : Status(someoneElse(sub));
    }
    case credential::Format::JwtVc: {
        const QJsonObject payload = c.jws ? c.jws->payload : QJsonObject();
        if (payload.value(QLatin1String("cnf")).isObject())
            return checkCnf(payload.value(QLatin1String("cnf")).toObject(), holderDid, holderPublicKey);
        const QString sub = payload.value(QLatin1String("sub")).toString();
        if (!sub.isEmpty())
            return didOf(sub) == holderDid ? Status() : Status(someoneElse(sub));
        const QJsonObject vc = payload.value(QLatin1String("vc")).isObject() ? payload.value(QLatin1String("vc")).toObject()
                                                                              : payload;
        return checkSubjects(vc.value(QLatin1String("credentialSubject")), holderDid);
    }
    case credential::Format::LdpVc:
        return checkSubjects(c.document.value(QLatin1String("credentialSubject")), holderDid);
    case credential::Format::Ob2Hosted:
        return unnamed();
    }
    return unnamed();
}

} // namespace vitae::exchange
