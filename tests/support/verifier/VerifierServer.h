// A verifier for end-to-end tests of OpenID4VP: it hands out signed request
// objects (client_id decentralized_identifier:<its did:key>) and checks
// what wallets post back with Vitae's own presentation verifier. Routes:
//   GET  /request/<name>  a request object JWT. Names: course (SD-JWT VC,
//        given_name), choice (the same, family_name optional through
//        claim_sets), badge (an Open Badge, ldp_vc), jwt (jwt_vc_json),
//        forged (signed by a key that is not the client's), pe (a
//        Presentation Exchange request), unheld (a credential nobody has)
//   POST /response        direct_post: vp_token and state, verified
//   GET  /result?state=S  what the verifier concluded, as JSON
#pragma once

#include "MiniHttp.h"
#include "crypto/Ed25519.h"

#include <QHash>
#include <QJsonObject>

namespace vitae::test {

class VerifierServer {
public:
    VerifierServer();
    quint16 listen();

private:
    void handle(const IncomingRequest &request, QTcpSocket *socket);
    void handleRequestObject(const QByteArray &name, QTcpSocket *socket);
    void handleResponse(const IncomingRequest &request, QTcpSocket *socket);
    QJsonObject checkPresentation(const QJsonValue &presentation, const QString &nonce) const;

    MiniHttp m_http;
    quint16 m_port = 0;
    crypto::Ed25519KeyPair m_key;
    QString m_did;
    QHash<QString, QString> m_nonces;       // state -> nonce
    QHash<QString, QJsonObject> m_results;  // state -> what was concluded
};

} // namespace vitae::test
