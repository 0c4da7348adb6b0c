#include "IssuerServer.h"

#include "jose/PublicKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace vitae::test {

IssuerServer::IssuerServer()
    : m_http([this](const IncomingRequest &request, QTcpSocket *socket) { route(request, socket); })
{
}

quint16 IssuerServer::listen()
{
    const quint16 port = m_http.listen();
    m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    return port;
}

void IssuerServer::route(const IncomingRequest &request, QTcpSocket *socket)
{
    if (serveIssuerLinks(request, socket) || serveOid4vci(request, socket) || serveDraft13(request, socket) || serveVcApi(request, socket)
        || serveHostile(request, socket))
        return;
    MiniHttp::replyJson(socket, 404, {{"error", "not_found"}});
}

QJsonObject IssuerServer::ldpFor(const QString &holderDid, const QString &name) const
{
    QJsonObject vc = m_issuer.badge(name);
    vc.insert("id", "urn:vitae-test:ldp:" + holderDid.right(12) + ":" + name.left(8));
    QJsonObject subject = vc.value("credentialSubject").toObject();
    subject.insert("id", holderDid);
    vc.insert("credentialSubject", subject);
    return m_issuer.signJcs(vc);
}

QByteArray IssuerServer::jwtFor(const QString &holderDid) const
{
    QJsonObject vc = m_issuer.badge("Course via JWT");
    vc.remove("@context");
    vc.insert("@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"});
    vc.insert("type", QJsonArray{"VerifiableCredential"});
    vc.remove("validFrom");
    QJsonObject subject = vc.value("credentialSubject").toObject();
    subject.insert("id", holderDid);
    vc.insert("credentialSubject", subject);
    return m_issuer.signJwt({{"iss", m_issuer.did()},
                             {"sub", holderDid},
                             {"nbf", 1756684800},
                             {"jti", "urn:vitae-test:jwt:" + holderDid.right(12)},
                             {"vc", vc}},
                            {{"typ", "JWT"}});
}

QByteArray IssuerServer::sdJwtFor(const QByteArray &holderPublicKey) const
{
    const jose::PublicKey key{jose::PublicKey::Type::Ed25519, holderPublicKey};
    return m_issuer.sdJwtVc(jose::publicKeyToJwk(key));
}

// Issuer links: a fixed learner, no binding (anyone may hold a link).
bool IssuerServer::serveIssuerLinks(const IncomingRequest &request, QTcpSocket *socket)
{
    const QString learner = QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
    const QByteArray &path = request.path;
    if (path == "/credentials/ldp") {
        MiniHttp::reply(socket, 200, "application/vc+ld+json",
                        QJsonDocument(ldpFor(learner, "Linked Badge")).toJson(QJsonDocument::Compact));
    } else if (path == "/credentials/jwt") {
        MiniHttp::reply(socket, 200, "application/vc+jwt", jwtFor(learner));
    } else if (path == "/credentials/sdjwt") {
        MiniHttp::reply(socket, 200, "application/dc+sd-jwt", m_issuer.sdJwtVc());
    } else if (path == "/credentials/vp") {
        const QJsonObject vp{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                             {"type", QJsonArray{"VerifiablePresentation"}},
                             {"verifiableCredential", QJsonArray{ldpFor(learner, "Shared One"), ldpFor(learner, "Shared Two")}}};
        MiniHttp::reply(socket, 200, "application/ld+json", QJsonDocument(vp).toJson(QJsonDocument::Compact));
    } else if (path == "/credentials/ob2") {
        const QJsonObject assertion{
                {"@context", "https://w3id.org/openbadges/v2"},
                {"type", "Assertion"},
                {"id", m_base + "/credentials/ob2"},
                {"recipient", QJsonObject{{"type", "email"}, {"hashed", false}, {"identity", "learner@example.org"}}},
                {"issuedOn", "2025-09-01T00:00:00Z"},
                {"verification", QJsonObject{{"type", "hosted"}}},
                {"badge", QJsonObject{{"type", "BadgeClass"},
                                      {"id", m_base + "/badges/ob2-class"},
                                      {"name", "Hosted Badge"},
                                      {"description", "An Open Badges 2.0 hosted assertion."},
                                      {"issuer", QJsonObject{{"type", "Profile"}, {"id", m_base + "/issuer"}, {"name", "Test College"}}}}}};
        MiniHttp::reply(socket, 200, "application/json", QJsonDocument(assertion).toJson(QJsonDocument::Compact));
    } else {
        return false;
    }
    return true;
}

} // namespace vitae::test
