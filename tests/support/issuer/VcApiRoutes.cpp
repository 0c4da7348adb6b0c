// VC-API exchanges as DCC's exchangers run them. POST /exchanges/<id>:
//   {}                          -> a verifiablePresentationRequest (DIDAuthentication, challenge, domain)
//   {verifiablePresentation}    -> checked with Vitae's presentation verifier
//                                  (holder proof, challenge, domain), then a
//                                  presentation holding a badge for that holder
// POST /legacy/<id>: the older request-link form, the DID-Auth presentation
// itself as the body, challenge "legacy-<id>", the credential as the answer.
// Exchange id "other-holder" issues to someone else; "query-by-example" asks
// for credentials instead of DID-Auth; "endless" keeps asking.
#include "IssuerServer.h"

#include "crypto/Sodium.h"
#include "present/PresentationVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace vitae::test {

namespace {

const QString kDomain = QStringLiteral("127.0.0.1");

// Empty when the DID-Auth presentation holds; otherwise why not.
QString checkDidAuth(const QJsonObject &vp, const QString &challenge, const QString &domain, QString *holder)
{
    present::PresentationExpectations expectations;
    expectations.challenge = challenge;
    expectations.domain = domain;
    const present::PresentationResult result = present::verifyPresentation(
            QJsonDocument(vp).toJson(QJsonDocument::Compact), expectations, verify::VerifyContext{});
    for (const QString &check : {present::presentationCheck::HolderProof, present::presentationCheck::Challenge}) {
        const verify::CheckResult *found = result.presentation.find(check);
        if (!found || found->outcome != verify::Outcome::Passed)
            return found ? found->message : QStringLiteral("no %1 check").arg(check);
    }
    if (!domain.isEmpty()) {
        const verify::CheckResult *found = result.presentation.find(present::presentationCheck::Domain);
        if (!found || found->outcome != verify::Outcome::Passed)
            return QStringLiteral("wrong domain");
    }
    *holder = result.holder;
    return {};
}

} // namespace

bool IssuerServer::serveVcApi(const IncomingRequest &request, QTcpSocket *socket)
{
    if (request.method != "POST")
        return false;
    if (request.path.startsWith("/exchanges/"))
        exchange(request, socket, QString::fromUtf8(request.path.mid(11)), false);
    else if (request.path.startsWith("/legacy/"))
        exchange(request, socket, QString::fromUtf8(request.path.mid(8)), true);
    else
        return false;
    return true;
}

void IssuerServer::exchange(const IncomingRequest &request, QTcpSocket *socket, const QString &id, bool legacy)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (!legacy && !body.contains("verifiablePresentation")) {
        if (id == "query-by-example") {
            return MiniHttp::replyJson(socket, 200, {{"verifiablePresentationRequest",
                                                      QJsonObject{{"query", QJsonArray{QJsonObject{{"type", "QueryByExample"}}}},
                                                                  {"challenge", "c"}}}});
        }
        const QString challenge = QString::fromLatin1(crypto::randomBytes(8).toHex());
        m_challenges.insert(id, challenge);
        const QJsonObject vpr{{"query", QJsonArray{QJsonObject{{"type", "DIDAuthentication"},
                                                               {"acceptedMethods", QJsonArray{QJsonObject{{"method", "key"}}}}}}},
                              {"challenge", challenge},
                              {"domain", kDomain}};
        return MiniHttp::replyJson(socket, 200, {{"verifiablePresentationRequest", vpr}});
    }
    const QJsonObject vp = legacy ? body : body.value("verifiablePresentation").toObject();
    const QString challenge = legacy ? "legacy-" + id : m_challenges.value(id);
    if (challenge.isEmpty())
        return MiniHttp::replyJson(socket, 400, {{"error", "unknown exchange"}});
    QString holder;
    const QString problem = checkDidAuth(vp, challenge, legacy ? QString() : kDomain, &holder);
    if (!problem.isEmpty())
        return MiniHttp::replyJson(socket, 400, {{"error", "invalid_presentation"}, {"error_description", problem}});
    if (id == "endless")
        return MiniHttp::replyJson(socket, 200, {{"verifiablePresentationRequest",
                                                  QJsonObject{{"query", QJsonArray{QJsonObject{{"type", "DIDAuthentication"}}}},
                                                              {"challenge", challenge}, {"domain", kDomain}}}});
    if (id == "other-holder")
        holder = QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
    const QJsonObject vc = ldpFor(holder, legacy ? "Legacy Badge" : "Exchanged Badge");
    if (legacy)
        return MiniHttp::reply(socket, 200, "application/json", QJsonDocument(vc).toJson(QJsonDocument::Compact));
    const QJsonObject issued{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                             {"type", QJsonArray{"VerifiablePresentation"}},
                             {"verifiableCredential", QJsonArray{vc}}};
    MiniHttp::replyJson(socket, 200, {{"verifiablePresentation", issued}});
}

} // namespace vitae::test
