// HttpResolver against a real HTTP server this test runs on 127.0.0.1 (and
// nowhere else): statuses, redirects, size caps, timeouts, scheme rules, TLS.
#include "TestHttpServer.h"
#include "net/HttpResolver.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

#include <optional>
#include <thread>

using namespace vitae;
using namespace vitae::net;

class TestHttpResolver : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start() != 0);
        m_base = QString::fromLatin1(m_server.baseUrl());
    }

    void testHttpOk()
    {
        HttpResolver http(loopbackLimits());
        const QUrl url(m_base + "/ok");
        const auto doc = http.fetch(url);
        QVERIFY2(doc.ok(), qPrintable(doc.message()));
        QCOMPARE(doc->body, QByteArray(R"({"hello":"world"})"));
        QCOMPARE(doc->contentType, QStringLiteral("application/ld+json"));
        QCOMPARE(doc->url, url);
        QCOMPARE(doc->finalUrl, url);
        QVERIFY(qAbs(doc->retrievedAt.secsTo(doc->expiresAt) - 60) <= 1);
        QCOMPARE(m_server.lastAcceptHeader(), QByteArray("application/json, application/ld+json"));
    }

    void testHttpCacheHeaders()
    {
        HttpResolver http(loopbackLimits());
        const auto expires = http.fetch(QUrl(m_base + "/expires"));
        QVERIFY2(expires.ok(), qPrintable(expires.message()));
        QVERIFY(qAbs(expires->retrievedAt.secsTo(expires->expiresAt) - 7200) <= 2);
        const auto noStore = http.fetch(QUrl(m_base + "/no-store"));
        QVERIFY(noStore.ok());
        QVERIFY(noStore->expiresAt <= noStore->retrievedAt);
    }

    void testHttpErrorStatus()
    {
        HttpResolver http(loopbackLimits());
        const auto missing = http.fetch(QUrl(m_base + "/missing"));
        QCOMPARE(missing.code(), ErrorCode::Network);
        QCOMPARE(missing.message(), QStringLiteral("The server answered 404 Not Found for %1/missing.").arg(m_base));
        const auto broken = http.fetch(QUrl(m_base + "/broken"));
        QCOMPARE(broken.code(), ErrorCode::Network);
        QVERIFY(broken.message().contains("500 Internal Server Error"));
    }

    void testHttpFollowsRedirects()
    {
        HttpResolver http(loopbackLimits());
        const auto doc = http.fetch(QUrl(m_base + "/r1"));
        QVERIFY2(doc.ok(), qPrintable(doc.message()));
        QCOMPARE(doc->url, QUrl(m_base + "/r1"));
        QCOMPARE(doc->finalUrl, QUrl(m_base + "/ok"));
        QCOMPARE(doc->body, QByteArray(R"({"hello":"world"})"));

        HttpLimits strict = loopbackLimits();
        strict.maxRedirects = 2;
        QCOMPARE(HttpResolver(strict).fetch(QUrl(m_base + "/r1")).code(), ErrorCode::LimitExceeded);
    }

    void testHttpRedirectLoopIsStopped()
    {
        HttpResolver http(loopbackLimits());
        const int before = m_server.requests();
        const auto loop = http.fetch(QUrl(m_base + "/loop"));
        QCOMPARE(loop.code(), ErrorCode::LimitExceeded);
        QVERIFY(loop.message().contains("/loop"));
        QCOMPARE(m_server.requests() - before, 6); // the first request and 5 redirects
    }

    void testHttpRedirectKeepsSchemeRules()
    {
        HttpResolver http(loopbackLimits());
        QCOMPARE(http.fetch(QUrl(m_base + "/offsite")).code(), ErrorCode::Unsupported);
        QCOMPARE(http.fetch(QUrl(m_base + "/no-location")).code(), ErrorCode::Network);
    }

    void testHttpSizeCap()
    {
        HttpLimits limits = loopbackLimits();
        limits.maxBytes = 100 * 1000;
        HttpResolver http(limits);
        QElapsedTimer timer;
        timer.start();
        const auto streamed = http.fetch(QUrl(m_base + "/stream"));
        QCOMPARE(streamed.code(), ErrorCode::LimitExceeded);
        QVERIFY(timer.elapsed() < limits.timeoutMs);
        // The server writes until the client hangs up, so it must see that.
        QTRY_VERIFY(m_server.streamClientGone());
        QVERIFY(m_server.streamedBytes() < 20 * 1024 * 1024);

        const auto declared = http.fetch(QUrl(m_base + "/declared-big"));
        QCOMPARE(declared.code(), ErrorCode::LimitExceeded);
        QVERIFY(declared.message().contains("/declared-big"));
    }

    void testCompressedBodyIsNotExpanded()
    {
        // 8 MB of zeros as about 8 KB of gzip: the resolver must hand over the
        // bytes that arrived, never inflate them behind the size cap.
        HttpLimits limits = loopbackLimits();
        limits.maxBytes = 100 * 1000;
        const auto doc = HttpResolver(limits).fetch(QUrl(m_base + "/gzip"));
        QVERIFY2(doc.ok(), qPrintable(doc.message()));
        QVERIFY(doc->body.startsWith("\x1f\x8b"));
        QVERIFY(doc->body.size() < limits.maxBytes);
        QCOMPARE(m_server.lastAcceptEncodingHeader(), QByteArray("identity"));
    }

    void testHttpTimeout()
    {
        HttpLimits limits = loopbackLimits();
        limits.timeoutMs = 300;
        HttpResolver http(limits);
        QElapsedTimer timer;
        timer.start();
        const auto silent = http.fetch(QUrl(m_base + "/silent"));
        QCOMPARE(silent.code(), ErrorCode::Network);
        QVERIFY(silent.message().contains("/silent"));
        QVERIFY(timer.elapsed() >= 250);
        QVERIFY(timer.elapsed() < 5000);
        QTRY_VERIFY(m_server.silentClientGone());
    }

    void testHttpSchemeRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowLoopback");
        QTest::addColumn<int>("code");
        const int unsupported = int(ErrorCode::Unsupported);
        // None of these may reach the network: the check comes first.
        QTest::newRow("http to a real host") << "http://example.invalid/" << true << unsupported;
        QTest::newRow("loopback not allowed") << "http://127.0.0.1:9/x" << false << unsupported;
        QTest::newRow("localhost not allowed") << "http://localhost:9/x" << false << unsupported;
        QTest::newRow("ftp") << "ftp://example.invalid/x" << true << unsupported;
        QTest::newRow("file") << "file:///etc/passwd" << true << int(ErrorCode::InvalidArgument);
        QTest::newRow("not a url") << "" << true << int(ErrorCode::InvalidArgument);
    }
    void testHttpSchemeRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowLoopback);
        QFETCH(int, code);
        HttpLimits limits;
        limits.allowLoopbackHttp = allowLoopback;
        const auto result = HttpResolver(limits).fetch(QUrl(url));
        QCOMPARE(int(result.code()), code);
        if (!url.isEmpty())
            QVERIFY2(result.message().contains(url), qPrintable(result.message()));
    }

    void testHttpsWithNothingListening()
    {
        // Find a port nobody listens on: bind, note it, close.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpLimits limits;
        limits.timeoutMs = 5000;
        const auto result = HttpResolver(limits).fetch(QUrl(QStringLiteral("https://127.0.0.1:%1/x").arg(port)));
        QCOMPARE(result.code(), ErrorCode::Network);
        QVERIFY(result.message().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    }

    void testHttpsToAPlainServerFailsTls()
    {
        HttpLimits limits;
        limits.timeoutMs = 5000;
        const QString url = QStringLiteral("https://127.0.0.1:%1/ok").arg(m_server.baseUrl().split(':').last());
        QElapsedTimer timer;
        timer.start();
        const auto result = HttpResolver(limits).fetch(QUrl(url));
        QCOMPARE(result.code(), ErrorCode::Network);
        QVERIFY2(timer.elapsed() < limits.timeoutMs, qPrintable(result.message())); // failed, not timed out
        QVERIFY2(result.message().contains("secure connection"), qPrintable(result.message()));
    }

    void testDestroyWhileFetching()
    {
        auto http = std::make_unique<HttpResolver>(loopbackLimits());
        std::optional<Result<FetchedDocument>> result;
        const int before = m_server.requests();
        std::thread caller([&] { result = http->fetch(QUrl(m_base + "/silent")); });
        QTRY_VERIFY(m_server.requests() > before);
        http.reset(); // the waiting caller gets an answer, not a hang
        caller.join();
        QVERIFY(result.has_value());
        QCOMPARE(result->code(), ErrorCode::Cancelled);
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

QTEST_GUILESS_MAIN(TestHttpResolver)
#include "tst_httpresolver.moc"
