// vitae-test-issuer's routes and state. Every flow Vitae collects from, on
// 127.0.0.1, signed by tests/support's TestIssuer:
//   /credentials/{ldp,jwt,sdjwt,vp,ob2}        issuer links
//   /.well-known/openid-credential-issuer, /.well-known/oauth-authorization-server,
//   /offers/<code>, /token, /nonce, /credential  OpenID4VCI (pre-authorized)
//   /draft13/...                                the same as an OpenID4VCI draft 13 issuer
//   /exchanges/<id>, /legacy/<id>               VC-API / DCC request links
//   /hostile/...                                hostile answers (HostileRoutes.cpp)
// Pre-authorized codes name their scenario (see Oid4vciRoutes.cpp).
#pragma once

#include "MiniHttp.h"
#include "TestIssuer.h"

#include <QHash>
#include <QSet>

namespace vitae::test {

class IssuerServer {
public:
    IssuerServer();
    quint16 listen();

private:
    void route(const IncomingRequest &request, QTcpSocket *socket);
    bool serveIssuerLinks(const IncomingRequest &request, QTcpSocket *socket);
    bool serveOid4vci(const IncomingRequest &request, QTcpSocket *socket);
    bool serveDraft13(const IncomingRequest &request, QTcpSocket *socket);
    bool serveVcApi(const IncomingRequest &request, QTcpSocket *socket);
    bool serveHostile(const IncomingRequest &request, QTcpSocket *socket);

    void token(const IncomingRequest &request, QTcpSocket *socket);
    void credential(const IncomingRequest &request, QTcpSocket *socket);
    void exchange(const IncomingRequest &request, QTcpSocket *socket, const QString &id, bool legacy);

    // Credentials issued to a holder (subject id / sub / cnf.jwk).
    QJsonObject ldpFor(const QString &holderDid, const QString &name) const;
    QByteArray jwtFor(const QString &holderDid) const;
    QByteArray sdJwtFor(const QByteArray &holderPublicKey) const;

    QString m_base;
    TestIssuer m_issuer;
    MiniHttp m_http;
    QSet<QString> m_nonces;
    QSet<QString> m_failedOnce;                  // "nonce-once" tokens already refused
    QHash<QString, QString> m_challenges;        // exchange id -> challenge
};

} // namespace vitae::test
