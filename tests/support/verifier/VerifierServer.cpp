#include "VerifierServer.h"

#include "TestIssuer.h"
#include "crypto/Encoding.h"
#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "jose/Jws.h"
#include "present/HolderKey.h"
#include "present/PresentationVerifier.h"
#include "sign/Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace vitae::test {

namespace {

QJsonObject query(const QString &id, const QString &format, const QJsonObject &meta, const QJsonArray &claims)
{
    QJsonObject credential{{"id", id}, {"format", format}, {"meta", meta}};
    if (!claims.isEmpty())
        credential.insert("claims", claims);
    return {{"credentials", QJsonArray{credential}}};
}

QJsonObject dcqlFor(const QByteArray &name)
{
    if (name == "course")
        return query("course", "dc+sd-jwt", {{"vct_values", QJsonArray{"https://college.example/credentials/course"}}},
                     {QJsonObject{{"path", QJsonArray{"given_name"}}}});
    if (name == "choice") {
        // family_name may be left out: the second claim set does without it.
        QJsonObject request = query("course", "dc+sd-jwt", {{"vct_values", QJsonArray{"https://college.example/credentials/course"}}},
                                    {QJsonObject{{"id", "given"}, {"path", QJsonArray{"given_name"}}},
                                     QJsonObject{{"id", "family"}, {"path", QJsonArray{"family_name"}}}});
        QJsonArray credentials = request.value("credentials").toArray();
        QJsonObject course = credentials.first().toObject();
        course.insert("claim_sets", QJsonArray{QJsonArray{"given", "family"}, QJsonArray{"given"}});
        credentials[0] = course;
        request.insert("credentials", credentials);
        return request;
    }
    if (name == "badge")
        return query("badge", "ldp_vc", {{"type_values", QJsonArray{QJsonArray{"OpenBadgeCredential"}}}}, {});
    if (name == "jwt")
        return query("employment", "jwt_vc_json", {{"type_values", QJsonArray{QJsonArray{"VerifiableCredential"}}}}, {});
    return query("licence", "dc+sd-jwt", {{"vct_values", QJsonArray{"https://dmv.example/driving_licence"}}}, {});
}

} // namespace

VerifierServer::VerifierServer()
    : m_http([this](const IncomingRequest &request, QTcpSocket *socket) { handle(request, socket); }),
      m_key(std::move(crypto::Ed25519KeyPair::fromSeed(QByteArray(32, 'v')).value())),
      m_did(did::didKeyFromEd25519(m_key.publicKey()))
{
}

quint16 VerifierServer::listen()
{
    m_port = m_http.listen();
    return m_port;
}

void VerifierServer::handle(const IncomingRequest &request, QTcpSocket *socket)
{
    if (request.method == "GET" && request.path.startsWith("/request/"))
        return handleRequestObject(request.path.mid(9), socket);
    if (request.method == "POST" && request.path == "/response")
        return handleResponse(request, socket);
    if (request.method == "GET" && request.path == "/result") {
        const QString state = request.query.queryItemValue("state");
        if (!m_results.contains(state))
            return MiniHttp::replyJson(socket, 404, {{"error", "unknown state"}});
        return MiniHttp::replyJson(socket, 200, m_results.value(state));
    }
    MiniHttp::replyJson(socket, 404, {{"error", "not found"}});
}

void VerifierServer::handleRequestObject(const QByteArray &name, QTcpSocket *socket)
{
    static const QList<QByteArray> known{"course", "choice", "badge", "jwt", "forged", "pe", "unheld"};
    if (!known.contains(name))
        return MiniHttp::replyJson(socket, 404, {{"error", "no such request"}});
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    const QString state = QString::fromLatin1(name) + "-" + QString::fromLatin1(crypto::randomBytes(6).toHex());
    const QString nonce = QString::fromLatin1(crypto::base64UrlEncode(crypto::randomBytes(16)));
    m_nonces.insert(state, nonce);
    QJsonObject claims{{"client_id", "decentralized_identifier:" + m_did},
                       {"response_type", "vp_token"},
                       {"response_mode", "direct_post"},
                       {"response_uri", base + "/response"},
                       {"nonce", nonce},
                       {"state", state},
                       {"client_metadata", QJsonObject{{"client_name", "Riverside Logistics hiring"}}}};
    if (name == "pe")
        claims.insert("presentation_definition", QJsonObject{{"id", "pd"}, {"input_descriptors", QJsonArray()}});
    else
        claims.insert("dcql_query", dcqlFor(name));
    const QJsonObject header{{"typ", "oauth-authz-req+jwt"}, {"kid", sign::didKeyVerificationMethod(m_key)}};
    // "forged": the header names the client's key, but another key signs.
    const crypto::Ed25519KeyPair other = crypto::Ed25519KeyPair::generate();
    const QByteArray jwt = sign::signCompactJws(header, claims, name == "forged" ? other : m_key);
    MiniHttp::reply(socket, 200, "application/oauth-authz-req+jwt", jwt);
}

QJsonObject VerifierServer::checkPresentation(const QJsonValue &presentation, const QString &nonce) const
{
    const QString clientId = "decentralized_identifier:" + m_did;
    const QByteArray bytes = presentation.isObject() ? QJsonDocument(presentation.toObject()).toJson(QJsonDocument::Compact)
                                                     : presentation.toString().toUtf8();
    if (presentation.isString() && !bytes.contains('~')) {
        // A JWT VP: signed by its iss, for this nonce and audience.
        const auto jws = jose::parseCompactJws(bytes);
        if (!jws)
            return {{"verdict", "failed"}, {"reason", jws.message()}};
        const auto key = present::holderPublicKey(jws->header.value("kid").toString());
        const bool signedOk = key && jose::verifyJws(*jws, *key).ok();
        const bool bound = jws->payload.value("nonce").toString() == nonce && jws->payload.value("aud").toString() == clientId;
        return {{"verdict", signedOk && bound ? "verified" : "failed"},
                {"credentials", jws->payload.value("vp").toObject().value("verifiableCredential").toArray().size()}};
    }
    const present::PresentationResult result =
            present::verifyPresentation(bytes, {nonce, clientId, {}, 300}, verify::VerifyContext{});
    return result.toJson();
}

void VerifierServer::handleResponse(const IncomingRequest &request, QTcpSocket *socket)
{
    const QUrlQuery form = request.form();
    const QString state = form.queryItemValue("state", QUrl::FullyDecoded);
    if (!m_nonces.contains(state))
        return MiniHttp::replyJson(socket, 400, {{"error", "invalid_request"}, {"error_description", "unknown state"}});
    const QJsonObject vpToken = QJsonDocument::fromJson(form.queryItemValue("vp_token", QUrl::FullyDecoded).toUtf8()).object();
    QJsonObject results;
    bool anyFailed = vpToken.isEmpty();
    for (auto it = vpToken.begin(); it != vpToken.end(); ++it) {
        const QJsonObject checked = checkPresentation(it.value().toArray().first(), m_nonces.value(state));
        anyFailed = anyFailed || checked.value("verdict").toString() == "failed";
        results.insert(it.key(), checked);
    }
    m_results.insert(state, results);
    if (anyFailed)
        return MiniHttp::replyJson(socket, 400, {{"error", "invalid_presentation"}});
    MiniHttp::replyJson(socket, 200, {{"redirect_uri", QStringLiteral("http://127.0.0.1:%1/done?state=%2").arg(m_port).arg(state)}});
}

} // namespace vitae::test
