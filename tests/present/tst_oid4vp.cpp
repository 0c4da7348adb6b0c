// Answering a verifier over OpenID4VP, end to end over real HTTP against
// the project's test verifier on 127.0.0.1: a signed request object, DCQL
// matched against the vault's credentials, only the asked claims disclosed,
// the answer verified by the verifier; forged and unanswerable requests
// refused with a reason.
#include "ServerProcess.h"
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "crypto/Kdf.h"
#include "jose/PublicKey.h"
#include "net/HttpResolver.h"
#include "present/Oid4vp.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using namespace vitae::present;

class TestOid4vp : public QObject {
    Q_OBJECT
private:
    test::ServerProcess m_verifier{QStringLiteral(VITAE_TEST_VERIFIER)};
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<net::HttpResolver> m_http;
    QList<PresentItem> m_held;

    exchange::Link link(const QString &name) const
    {
        const QString uri = m_verifier.base() + "/request/" + name;
        return exchange::parseLink(QStringLiteral("openid4vp://?request_uri=") + QString::fromLatin1(QUrl::toPercentEncoding(uri))).value();
    }

    QJsonObject verifierResult(const QString &state) const
    {
        const auto response = m_http->send(net::HttpRequest::get(QUrl(m_verifier.base() + "/result?state=" + state)));
        return response ? QJsonDocument::fromJson(response->body).object() : QJsonObject();
    }

    PresentItem item(const QByteArray &bytes, qint64 id)
    {
        PresentItem item;
        item.vaultId = id;
        item.credential = credential::readCredential(bytes).value();
        return item;
    }

private slots:
    void initTestCase()
    {
        crypto::enableTestingKdf();
        QVERIFY(m_verifier.start());
        m_vault = std::make_unique<vault::Vault>(m_dir.path() + "/vault");
        QVERIFY(m_vault->create("oid4vp test", crypto::KdfParams::testing()).ok());
        net::HttpLimits limits;
        limits.allowLoopbackHttp = true;
        limits.timeoutMs = 10000;
        m_http = std::make_unique<net::HttpResolver>(limits);

        // The learner's credentials, issued to the vault's holder.
        const test::TestIssuer issuer;
        const QString holder = m_vault->holderDid();
        const QJsonObject jwk = jose::publicKeyToJwk(jose::ed25519PublicKey(m_vault->holderKey().publicKey()).value());
        QJsonObject badge = issuer.badge();
        QJsonObject subject = badge.value("credentialSubject").toObject();
        subject.insert("id", holder);
        badge.insert("credentialSubject", subject);
        const QJsonObject employment{{"@context", QJsonArray{"https://www.w3.org/2018/credentials/v1"}},
                                     {"type", QJsonArray{"VerifiableCredential"}},
                                     {"credentialSubject", QJsonObject{{"id", holder}, {"employer", "Depot 9"}}}};
        m_held = {item(issuer.sdJwtVc(jwk), 1), item(QJsonDocument(issuer.signJcs(badge)).toJson(), 2),
                  item(issuer.signJwt({{"iss", issuer.did()}, {"sub", holder}, {"vc", employment}}), 3)};
    }

    void answersEachFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("queryId");
        QTest::addColumn<qint64>("vaultId");
        QTest::newRow("SD-JWT, one claim") << "course" << "course" << qint64(1);
        QTest::newRow("Open Badge, ldp_vc") << "badge" << "badge" << qint64(2);
        QTest::newRow("jwt_vc_json") << "jwt" << "employment" << qint64(3);
    }

    void answersEachFormat()
    {
        QFETCH(QString, name);
        QFETCH(QString, queryId);
        QFETCH(qint64, vaultId);
        const auto request = readVerifierRequest(link(name), *m_http);
        QVERIFY2(request.ok(), qPrintable(request.message()));
        QVERIFY(request->identityChecked);
        QCOMPARE(request->verifierName, "Riverside Logistics hiring");
        QList<credential::Credential> credentials;
        for (const PresentItem &held : m_held)
            credentials.append(held.credential);
        const auto matches = matchDcql(request->query, credentials);
        QVERIFY2(matches.ok(), qPrintable(matches.message()));
        QCOMPARE(matches->size(), 1);
        const auto answer = answerVerifier(*request, *matches, m_held, m_vault->holderKey(), m_vault->holderDid());
        QVERIFY2(answer.ok(), qPrintable(answer.message()));
        QCOMPARE(answer->disclosed.first().toObject().value("vaultId").toInteger(), vaultId);
        const auto sent = sendAnswer(*request, *answer, *m_http);
        QVERIFY2(sent.ok(), qPrintable(sent.message()));
        QVERIFY(sent->toString().contains("/done"));

        // What the verifier concluded, with its own checks.
        const QJsonObject result = verifierResult(request->state).value(queryId).toObject();
        QVERIFY2(result.value("verdict").toString() != "failed", QJsonDocument(result).toJson().constData());
        if (name == "course") {
            const QJsonObject disclosed = result.value("credentials").toArray().first().toObject().value("disclosed").toObject();
            QCOMPARE(disclosed.value("given_name").toString(), "Ana");
            QVERIFY(!disclosed.contains("family_name"));
            QVERIFY(!disclosed.contains("birthdate"));
        }
    }

    void replayedAnswerIsRefused()
    {
        // An answer made for one request, sent with another request's state.
        const auto first = readVerifierRequest(link("course"), *m_http).value();
        auto second = readVerifierRequest(link("course"), *m_http).value();
        QList<credential::Credential> credentials{m_held.first().credential};
        const auto answer = answerVerifier(first, matchDcql(first.query, credentials).value(), m_held,
                                           m_vault->holderKey(), m_vault->holderDid());
        const auto sent = sendAnswer(second, answer.value(), *m_http);
        QVERIFY(!sent.ok());
        QVERIFY2(sent.message().contains("refused"), qPrintable(sent.message()));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("forged request object") << "forged" << "signature is not valid";
        QTest::newRow("Presentation Exchange") << "pe" << "DCQL";
        QTest::newRow("nothing of the sort held") << "unheld" << "no credential that answers";
        QTest::newRow("no such request") << "missing-page" << "HTTP 404";
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        auto request = readVerifierRequest(link(name), *m_http);
        if (request && name == "unheld") {
            QList<credential::Credential> credentials;
            for (const PresentItem &held : m_held)
                credentials.append(held.credential);
            const auto matches = matchDcql(request->query, credentials);
            QVERIFY(!matches.ok());
            QVERIFY2(matches.message().contains(message), qPrintable(matches.message()));
            return;
        }
        QVERIFY(!request.ok());
        QVERIFY2(request.message().contains(message), qPrintable(request.message()));
    }

    void byValueRequestsMustComeFromTheirResponseUri()
    {
        const QString uri = m_verifier.base() + "/response";
        QUrlQuery query;
        query.addQueryItem("client_id", "redirect_uri:https://evil.example/collect");
        query.addQueryItem("response_type", "vp_token");
        query.addQueryItem("response_mode", "direct_post");
        query.addQueryItem("response_uri", uri);
        query.addQueryItem("nonce", "n");
        query.addQueryItem("dcql_query", "{\"credentials\":[{\"id\":\"a\",\"format\":\"ldp_vc\"}]}");
        const auto request = readVerifierRequest(exchange::parseLink(QStringLiteral("openid4vp://?") + query.toString(QUrl::FullyEncoded)).value(), *m_http);
        QVERIFY(!request.ok());
        QVERIFY2(request.message().contains("somewhere other"), qPrintable(request.message()));
    }
};

QTEST_GUILESS_MAIN(TestOid4vp)
#include "tst_oid4vp.moc"
