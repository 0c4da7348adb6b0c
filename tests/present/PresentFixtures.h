// What the presentation tests share: a holder, an issuer, and credentials
// issued to that holder in every format.
#pragma once

#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "did/DidKey.h"
#include "jose/PublicKey.h"
#include "present/Presentation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vitae::test {

inline present::PresentItem item(const credential::Credential &credential, const QStringList &disclose = {},
                                 qint64 vaultId = 0)
{
    present::PresentItem item;
    item.vaultId = vaultId;
    item.credential = credential;
    item.disclose = disclose;
    return item;
}

struct PresentFixtures {
    TestIssuer issuer{'i'};
    crypto::Ed25519KeyPair holderKey = std::move(crypto::Ed25519KeyPair::fromSeed(QByteArray(32, 'h')).value());
    QString holderDid = did::didKeyFromEd25519(holderKey.publicKey());

    QJsonObject holderJwk() const { return jose::publicKeyToJwk(jose::ed25519PublicKey(holderKey.publicKey()).value()); }

    credential::Credential read(const QByteArray &bytes) const
    {
        auto credential = credential::readCredential(bytes);
        if (!credential)
            qFatal("fixture unreadable: %s", qPrintable(credential.message()));
        return *credential;
    }

    // An eddsa-jcs-2022 Open Badge issued to `subject` (the holder by default).
    credential::Credential badge(const QString &name, QString subject = {}) const
    {
        QJsonObject vc = issuer.badge(name);
        QJsonObject credentialSubject = vc.value("credentialSubject").toObject();
        credentialSubject.insert("id", subject.isEmpty() ? holderDid : subject);
        vc.insert("credentialSubject", credentialSubject);
        vc.insert("id", "urn:uuid:" + QString::number(qHash(name)));
        return read(QJsonDocument(issuer.signJcs(vc)).toJson(QJsonDocument::Compact));
    }

    credential::Credential jwtVc() const
    {
        const QJsonObject payload{{"iss", issuer.did()}, {"sub", holderDid}, {"nbf", 1735689600},
                                  {"vc", QJsonObject{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                                                     {"type", QJsonArray{"VerifiableCredential"}},
                                                     {"credentialSubject", QJsonObject{{"id", holderDid}, {"name", "Ana"}}}}}};
        return read(issuer.signJwt(payload, {{"typ", "JWT"}}));
    }

    credential::Credential sdJwt(bool bound = true) const
    {
        return read(issuer.sdJwtVc(bound ? holderJwk() : QJsonObject{}));
    }
};

} // namespace vitae::test
