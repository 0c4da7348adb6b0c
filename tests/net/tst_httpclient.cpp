// HttpResolver::send (the HttpClient side): POST bodies and headers, 4xx
// answers returned with their bodies, redirects of a POST, and the same
// limits and scheme rules as fetches, against a server on 127.0.0.1.
#include "TestHttpServer.h"
#include "net/HttpResolver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>

using namespace vitae;
using namespace vitae::net;

class TestHttpClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start() != 0);
        m_base = QString::fromLatin1(m_server.baseUrl());
    }

    void testPostJsonWithBearer()
    {
        HttpResolver http(loopbackLimits());
        HttpRequest request = HttpRequest::postJson(QUrl(m_base + "/echo"), R"({"a":1})");
        request.withBearer("token-123");
        const auto answer = http.send(request);
        QVERIFY2(answer, qPrintable(answer.message()));
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->contentType, QStringLiteral("application/json"));
        const QJsonObject echo = QJsonDocument::fromJson(answer->body).object();
        QCOMPARE(echo.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(echo.value("contentType").toString(), QStringLiteral("application/json"));
        QCOMPARE(echo.value("authorization").toString(), QStringLiteral("Bearer token-123"));
        QCOMPARE(QByteArray::fromBase64(echo.value("body").toString().toLatin1()), QByteArray(R"({"a":1})"));
        QCOMPARE(m_server.lastAcceptHeader(), QByteArray("application/json"));
    }

    void testPostForm()
    {
        HttpResolver http(loopbackLimits());
        const auto answer = http.send(HttpRequest::postForm(QUrl(m_base + "/echo"),
                                                            {{"grant_type", "urn:x:pre-authorized_code"}, {"code", "a b&c=d+é"}}));
        QVERIFY2(answer, qPrintable(answer.message()));
        const QJsonObject echo = QJsonDocument::fromJson(answer->body).object();
        QCOMPARE(echo.value("contentType").toString(), QStringLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(QByteArray::fromBase64(echo.value("body").toString().toLatin1()),
                 QByteArray("grant_type=urn%3Ax%3Apre-authorized_code&code=a%20b%26c%3Dd%2B%C3%A9"));
    }

    void testErrorAnswersKeepTheirBodies()
    {
        HttpResolver http(loopbackLimits());
        const auto oauth = http.send(HttpRequest::postJson(QUrl(m_base + "/oauth-error"), "{}"));
        QVERIFY2(oauth, qPrintable(oauth.message()));
        QCOMPARE(oauth->status, 400);
        QVERIFY(!oauth->isSuccess());
        QCOMPARE(QJsonDocument::fromJson(oauth->body).object().value("error").toString(), QStringLiteral("invalid_grant"));
        const auto missing = http.send(HttpRequest::get(QUrl(m_base + "/missing")));
        QCOMPARE(missing->status, 404);
        QCOMPARE(missing->body, QByteArray("<h1>nothing here</h1>"));
        // A fetch still turns the same answer into an error.
        QCOMPARE(http.fetch(QUrl(m_base + "/oauth-error")).code(), ErrorCode::Network);

        // Error bodies obey the size cap too.
        HttpLimits small = loopbackLimits();
        small.maxBytes = 1000;
        QCOMPARE(HttpResolver(small).send(HttpRequest::get(QUrl(m_base + "/big-error"))).code(), ErrorCode::LimitExceeded);
    }

    void testPostRedirects()
    {
        HttpResolver http(loopbackLimits());
        // 307 repeats the POST with its body; 303 turns it into a GET.
        const auto kept = http.send(HttpRequest::postJson(QUrl(m_base + "/temporary"), R"({"x":2})"));
        QVERIFY2(kept, qPrintable(kept.message()));
        QCOMPARE(kept->finalUrl, QUrl(m_base + "/echo"));
        QJsonObject echo = QJsonDocument::fromJson(kept->body).object();
        QCOMPARE(echo.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(QByteArray::fromBase64(echo.value("body").toString().toLatin1()), QByteArray(R"({"x":2})"));
        const auto changed = http.send(HttpRequest::postJson(QUrl(m_base + "/see-other"), R"({"x":2})"));
        QVERIFY2(changed, qPrintable(changed.message()));
        echo = QJsonDocument::fromJson(changed->body).object();
        QCOMPARE(echo.value("method").toString(), QStringLiteral("GET"));
        QCOMPARE(echo.value("body").toString(), QString());
    }

    void testLimitsApplyToSend()
    {
        HttpLimits limits = loopbackLimits();
        limits.maxBytes = 100 * 1000;
        limits.timeoutMs = 400;
        HttpResolver http(limits);
        QCOMPARE(http.send(HttpRequest::postJson(QUrl(m_base + "/loop"), "{}")).code(), ErrorCode::LimitExceeded);
        QCOMPARE(http.send(HttpRequest::get(QUrl(m_base + "/stream"))).code(), ErrorCode::LimitExceeded);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(http.send(HttpRequest::postJson(QUrl(m_base + "/silent"), "{}")).code(), ErrorCode::Network);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(http.send(HttpRequest::postJson(QUrl(m_base + "/offsite"), "{}")).code(), ErrorCode::Unsupported);
    }

    void testCancelFlag()
    {
        std::atomic<bool> cancel{false};
        HttpRequest request = HttpRequest::postJson(QUrl(m_base + "/silent"), "{}");
        request.cancel = &cancel;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const auto answer = HttpResolver(loopbackLimits()).send(request);
        canceller.join();
        QCOMPARE(answer.code(), ErrorCode::Cancelled);
        QVERIFY(timer.elapsed() < 2000);
    }

    void testSchemeRules()
    {
        HttpResolver strict{HttpLimits{}};
        QVERIFY(!strict.allowsLoopbackHttp());
        QCOMPARE(strict.send(HttpRequest::postJson(QUrl(m_base + "/echo"), "{}")).code(), ErrorCode::Unsupported);
        QCOMPARE(strict.send(HttpRequest::get(QUrl("file:///etc/passwd"))).code(), ErrorCode::InvalidArgument);
        HttpRequest put = HttpRequest::get(QUrl(m_base + "/echo"));
        put.method = "PUT";
        QCOMPARE(HttpResolver(loopbackLimits()).send(put).code(), ErrorCode::InvalidArgument);
        QVERIFY(checkFetchableUrl(QUrl("https://issuer.example/x"), false));
        QCOMPARE(checkFetchableUrl(QUrl("http://127.0.0.1/x"), false).code(), ErrorCode::Unsupported);
        QVERIFY(checkFetchableUrl(QUrl("http://127.0.0.1/x"), true));
        QCOMPARE(checkFetchableUrl(QUrl("http://issuer.example/x"), true).code(), ErrorCode::Unsupported);
    }

private:
    static HttpLimits loopbackLimits()
    {
        HttpLimits limits;
        limits.allowLoopbackHttp = true;
        limits.timeoutMs = 10000;
        return limits;
    }

    test::TestHttpServer m_server;
    QString m_base;
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
