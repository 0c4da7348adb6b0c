// OpenID4VCI 1.0, pre-authorized code flow, issuer side. The pre-authorized
// code names the scenario:
//   plain         no transaction code
//   tx            needs tx_code 1234
//   other-holder  issues to another holder than the proof's key
//   bad-nonce     every credential request gets invalid_nonce
//   nonce-once    the first credential request gets invalid_nonce
// GET /offers/<code>?ids=sdjwt,jwt serves the offer for credential_offer_uri.
#include "IssuerServer.h"

#include "crypto/Sodium.h"
#include "did/DidKey.h"
#include "jose/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace vitae::test {

namespace {

const QString kTxCode = QStringLiteral("1234");
const QStringList kScenarios = {"plain", "tx", "other-holder", "bad-nonce", "nonce-once"};

QJsonObject oauthError(const QString &error, const QString &description)
{
    return {{"error", error}, {"error_description", description}};
}

struct ProofCheck {
    QString error;       // empty when the proof is good
    QString holderDid;
    QByteArray holderKey;
};

ProofCheck checkProof(const QByteArray &jwt, const QString &audience, const QSet<QString> &nonces)
{
    ProofCheck out;
    Result<jose::Jws> jws = jose::parseCompactJws(jwt);
    if (!jws)
        return {QStringLiteral("invalid_proof"), {}, {}};
    if (jws->header.value("typ").toString() != "openid4vci-proof+jwt")
        return {QStringLiteral("invalid_proof"), {}, {}};
    Result<did::DidKey> didKey = did::parseDidKey(jws->header.value("kid").toString());
    if (!didKey || didKey->type != did::KeyType::Ed25519)
        return {QStringLiteral("invalid_proof"), {}, {}};
    Result<jose::PublicKey> key = jose::ed25519PublicKey(didKey->publicKey);
    if (!key || !jose::verifyJws(*jws, *key))
        return {QStringLiteral("invalid_proof"), {}, {}};
    if (jws->payload.value("aud").toString() != audience || !jws->payload.value("iat").isDouble())
        return {QStringLiteral("invalid_proof"), {}, {}};
    if (!nonces.contains(jws->payload.value("nonce").toString()))
        return {QStringLiteral("invalid_nonce"), {}, {}};
    out.holderDid = didKey->did;
    out.holderKey = didKey->publicKey;
    return out;
}

} // namespace

bool IssuerServer::serveOid4vci(const IncomingRequest &request, QTcpSocket *socket)
{
    const QByteArray &path = request.path;
    if (path == "/.well-known/openid-credential-issuer") {
        const QJsonObject definition{{"type", QJsonArray{"VerifiableCredential", "OpenBadgeCredential"}}};
        const QJsonObject configurations{
                {"sdjwt", QJsonObject{{"format", "dc+sd-jwt"}, {"vct", "https://college.example/credentials/course"}}},
                {"vcsdjwt", QJsonObject{{"format", "vc+sd-jwt"}, {"vct", "https://college.example/credentials/course"}}},
                {"jwt", QJsonObject{{"format", "jwt_vc_json"}, {"credential_definition", definition}}},
                {"ldp", QJsonObject{{"format", "ldp_vc"}, {"credential_definition", definition}}},
                {"mdoc", QJsonObject{{"format", "mso_mdoc"}, {"doctype", "org.iso.18013.5.1.mDL"}}}};
        MiniHttp::replyJson(socket, 200,
                            {{"credential_issuer", m_base},
                             {"authorization_servers", QJsonArray{m_base}},
                             {"credential_endpoint", m_base + "/credential"},
                             {"nonce_endpoint", m_base + "/nonce"},
                             {"display", QJsonArray{QJsonObject{{"name", "Riverside Test Issuer"}}}},
                             {"credential_configurations_supported", configurations}});
    } else if (path == "/.well-known/oauth-authorization-server") {
        MiniHttp::replyJson(socket, 200, {{"issuer", m_base}, {"token_endpoint", m_base + "/token"}});
    } else if (path.startsWith("/offers/")) {
        const QString code = QString::fromUtf8(path.mid(8));
        const QString ids = request.query.queryItemValue("ids");
        QJsonObject grant{{"pre-authorized_code", code}};
        if (code == "tx")
            grant.insert("tx_code", QJsonObject{{"length", 4}, {"input_mode", "numeric"}, {"description", "The code in your email"}});
        MiniHttp::replyJson(socket, 200,
                            {{"credential_issuer", m_base},
                             {"credential_configuration_ids", QJsonArray::fromStringList(ids.isEmpty() ? QStringList{"sdjwt"} : ids.split(','))},
                             {"grants", QJsonObject{{"urn:ietf:params:oauth:grant-type:pre-authorized_code", grant}}}});
    } else if (path == "/token" && request.method == "POST") {
        token(request, socket);
    } else if (path == "/nonce" && request.method == "POST") {
        const QString nonce = QString::fromLatin1(crypto::randomBytes(12).toHex());
        m_nonces.insert(nonce);
        MiniHttp::replyJson(socket, 200, {{"c_nonce", nonce}});
    } else if (path == "/credential" && request.method == "POST") {
        credential(request, socket);
    } else {
        return false;
    }
    return true;
}

void IssuerServer::token(const IncomingRequest &request, QTcpSocket *socket)
{
    const QUrlQuery form = request.form();
    if (form.queryItemValue("grant_type", QUrl::FullyDecoded) != "urn:ietf:params:oauth:grant-type:pre-authorized_code")
        return MiniHttp::replyJson(socket, 400, oauthError("unsupported_grant_type", "pre-authorized code only"));
    const QString code = form.queryItemValue("pre-authorized_code", QUrl::FullyDecoded);
    if (!kScenarios.contains(code))
        return MiniHttp::replyJson(socket, 400, oauthError("invalid_grant", "unknown pre-authorized code"));
    if (code == "tx" && form.queryItemValue("tx_code", QUrl::FullyDecoded) != kTxCode)
        return MiniHttp::replyJson(socket, 400, oauthError("invalid_grant", "wrong transaction code"));
    MiniHttp::replyJson(socket, 200, {{"access_token", "at-" + code}, {"token_type", "Bearer"}, {"expires_in", 300}});
}

void IssuerServer::credential(const IncomingRequest &request, QTcpSocket *socket)
{
    const QByteArray authorization = request.headers.value("authorization");
    const QString scenario = QString::fromLatin1(authorization.mid(10)); // "Bearer at-"
    if (!authorization.startsWith("Bearer at-") || !kScenarios.contains(scenario))
        return MiniHttp::replyJson(socket, 401, oauthError("invalid_token", "no valid access token"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString id = body.value("credential_configuration_id").toString();
    const QJsonArray proofs = body.value("proofs").toObject().value("jwt").toArray();
    if (id.isEmpty() || proofs.size() != 1)
        return MiniHttp::replyJson(socket, 400, oauthError("invalid_credential_request", "configuration id and one jwt proof"));
    if (scenario == "bad-nonce" || (scenario == "nonce-once" && !m_failedOnce.contains(id))) {
        m_failedOnce.insert(id);
        return MiniHttp::replyJson(socket, 400, oauthError("invalid_nonce", "get a fresh nonce"));
    }
    const ProofCheck proof = checkProof(proofs.first().toString().toLatin1(), m_base, m_nonces);
    if (!proof.error.isEmpty())
        return MiniHttp::replyJson(socket, 400, oauthError(proof.error, "the proof of possession does not hold"));

    QString holderDid = proof.holderDid;
    QByteArray holderKey = proof.holderKey;
    if (scenario == "other-holder") {
        const auto other = crypto::Ed25519KeyPair::fromSeed(QByteArray(32, 'o'));
        holderKey = other->publicKey();
        holderDid = did::didKeyFromEd25519(holderKey);
    }
    QJsonValue issued;
    if (id == "sdjwt" || id == "vcsdjwt")
        issued = QString::fromLatin1(sdJwtFor(holderKey));
    else if (id == "jwt")
        issued = QString::fromLatin1(jwtFor(holderDid));
    else if (id == "ldp")
        issued = ldpFor(holderDid, "Offered Badge");
    else
        return MiniHttp::replyJson(socket, 400, oauthError("unknown_credential_configuration", "not offered here"));
    MiniHttp::replyJson(socket, 200, {{"credentials", QJsonArray{QJsonObject{{"credential", issued}}}}});
}

} // namespace vitae::test
