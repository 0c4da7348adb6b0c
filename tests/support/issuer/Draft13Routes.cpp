// An issuer still speaking OpenID4VCI draft 13 under /draft13: metadata only
// at the appended well-known address, token_endpoint in the issuer metadata,
// no nonce endpoint (c_nonce comes with the token), credential requests by
// format with a single "proof", and a single "credential" in the answer.
#include "IssuerServer.h"

#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "jose/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace vitae::test {

bool IssuerServer::serveDraft13(const IncomingRequest &request, QTcpSocket *socket)
{
    const QString base = m_base + "/draft13";
    if (request.path == "/draft13/.well-known/openid-credential-issuer") {
        const QJsonObject definition{{"type", QJsonArray{"VerifiableCredential", "OpenBadgeCredential"}}};
        MiniHttp::replyJson(socket, 200,
                            {{"credential_issuer", base},
                             {"credential_endpoint", base + "/credential"},
                             {"token_endpoint", base + "/token"},
                             {"credential_configurations_supported",
                              QJsonObject{{"ldp", QJsonObject{{"format", "ldp_vc"}, {"credential_definition", definition}}}}}});
    } else if (request.path == "/draft13/token" && request.method == "POST") {
        const QString nonce = QString::fromLatin1(crypto::randomBytes(12).toHex());
        m_nonces.insert(nonce);
        MiniHttp::replyJson(socket, 200, {{"access_token", "at-draft13"}, {"token_type", "Bearer"}, {"c_nonce", nonce}});
    } else if (request.path == "/draft13/credential" && request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonObject proof = body.value("proof").toObject();
        Result<jose::Jws> jws = jose::parseCompactJws(proof.value("jwt").toString().toLatin1());
        Result<did::DidKey> holder = jws ? did::parseDidKey(jws->header.value("kid").toString())
                                         : Result<did::DidKey>(Error{ErrorCode::InvalidInput, {}});
        if (request.headers.value("authorization") != "Bearer at-draft13" || body.value("format") != "ldp_vc"
            || proof.value("proof_type") != "jwt" || !holder || jws->payload.value("aud").toString() != base
            || !m_nonces.contains(jws->payload.value("nonce").toString()))
            return MiniHttp::replyJson(socket, 400, {{"error", "invalid_request"}}), true;
        MiniHttp::replyJson(socket, 200, {{"credential", ldpFor(holder->did, "Draft Badge")}, {"c_nonce", "next"}});
    } else {
        return false;
    }
    return true;
}

} // namespace vitae::test
