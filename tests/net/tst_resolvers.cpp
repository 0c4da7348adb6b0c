// Resolvers that need no network: local files, chains, and the cache (with
// an injected clock). HttpResolver has its own suite, tst_httpresolver.
#include "TestSupport.h"
#include "net/CachingResolver.h"
#include "net/ChainResolver.h"
#include "net/FileResolver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace vitae;
using namespace vitae::net;

namespace {

// Answers from a table and counts how often it was asked.
class FakeResolver : public Resolver {
public:
    Result<FetchedDocument> fetch(const QUrl &url) override
    {
        ++calls;
        if (failNext.exchange(false))
            return makeError(ErrorCode::Network, QStringLiteral("offline"));
        if (url.path() == QLatin1String("/missing"))
            return makeError(ErrorCode::NotFound, QStringLiteral("not here"));
        FetchedDocument doc;
        doc.url = url;
        doc.finalUrl = url;
        doc.body = url.toEncoded();
        doc.retrievedAt = QDateTime::currentDateTimeUtc();
        doc.expiresAt = expiresAt;
        return doc;
    }
    std::atomic<int> calls{0};
    std::atomic<bool> failNext{false};
    QDateTime expiresAt;
};

const QDateTime kStart = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestResolvers : public QObject {
    Q_OBJECT
private slots:
    // --- FileResolver -----------------------------------------------------

    void testFileResolverServesMappedFiles()
    {
        FileResolver files;
        const QUrl url("https://example.com/.well-known/did.json");
        QVERIFY(files.addMapping(url.toString() + '=' + test::testDataPath("net/dids/legacy/did.json")).ok());
        const auto doc = files.fetch(url);
        QVERIFY2(doc.ok(), qPrintable(doc.message()));
        QCOMPARE(doc->body, test::readTestData("net/dids/legacy/did.json"));
        QCOMPARE(doc->contentType, QStringLiteral("application/json"));
        QCOMPARE(doc->url, url);
        QCOMPARE(doc->finalUrl, url);
        QVERIFY(doc->retrievedAt.isValid());
        QVERIFY(!doc->expiresAt.isValid());
        // A fragment never reaches a server, so it does not change the document.
        QVERIFY(files.fetch(QUrl("https://example.com/.well-known/did.json#key-1")).ok());

        files.addBytes(QUrl("https://example.com/list"), "abc", "application/vc+ld+json");
        QCOMPARE(files.fetch(QUrl("https://example.com/list"))->contentType, QStringLiteral("application/vc+ld+json"));
        QCOMPARE(files.fetch(QUrl("https://example.com/other")).code(), ErrorCode::NotFound);
        QVERIFY(files.fetch(QUrl("https://example.com/other")).message().contains("https://example.com/other"));
    }

    void testFileResolverContentTypeAndErrors()
    {
        QTemporaryDir dir;
        QFile jsonld(dir.filePath("context.jsonld"));
        QVERIFY(jsonld.open(QIODevice::WriteOnly));
        jsonld.write("{}");
        jsonld.close();
        QFile big(dir.filePath("big.json"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(10 * 1024 * 1024 + 1));
        big.close();

        FileResolver files;
        files.add(QUrl("https://example.com/c"), jsonld.fileName());
        files.add(QUrl("https://example.com/big"), big.fileName());
        files.add(QUrl("https://example.com/gone"), dir.filePath("no-such-file.json"));
        QCOMPARE(files.fetch(QUrl("https://example.com/c"))->contentType, QStringLiteral("application/ld+json"));
        QCOMPARE(files.fetch(QUrl("https://example.com/big")).code(), ErrorCode::LimitExceeded);
        const auto gone = files.fetch(QUrl("https://example.com/gone"));
        QCOMPARE(gone.code(), ErrorCode::Io);
        QVERIFY(gone.message().contains("https://example.com/gone"));
    }

    void testFileResolverMappingSyntax_data()
    {
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "https://example.com/a=/tmp/a.json" << true;
        QTest::newRow("query in url") << "https://example.com/s?id=3=/tmp/a.json" << true;
        QTest::newRow("no equals") << "https://example.com/a" << false;
        QTest::newRow("no url") << "=/tmp/a.json" << false;
        QTest::newRow("no file") << "https://example.com/a=" << false;
        QTest::newRow("relative url") << "status/3=/tmp/a.json" << false;
    }
    void testFileResolverMappingSyntax()
    {
        QFETCH(QString, mapping);
        QFETCH(bool, ok);
        FileResolver files;
        const Status status = files.addMapping(mapping);
        QCOMPARE(status.ok(), ok);
        if (!ok)
            QCOMPARE(status.code(), ErrorCode::InvalidArgument);
    }

    // --- ChainResolver ----------------------------------------------------

    void testChainAsksInOrderUntilAnAnswer()
    {
        auto files = std::make_shared<FileResolver>();
        files->addBytes(QUrl("https://example.com/local"), "local");
        auto fake = std::make_shared<FakeResolver>();
        ChainResolver chain;
        QCOMPARE(chain.fetch(QUrl("https://example.com/local")).code(), ErrorCode::NotFound);
        chain.append(files);
        chain.append(fake);

        QCOMPARE(chain.fetch(QUrl("https://example.com/local"))->body, QByteArray("local"));
        QCOMPARE(fake->calls.load(), 0);
        QCOMPARE(chain.fetch(QUrl("https://example.com/remote"))->body, QByteArray("https://example.com/remote"));
        QCOMPARE(fake->calls.load(), 1);
        QCOMPARE(chain.fetch(QUrl("https://example.com/missing")).code(), ErrorCode::NotFound);

        // A failure that is not "no entry" is the answer; later resolvers are not asked.
        auto second = std::make_shared<FakeResolver>();
        ChainResolver failing;
        failing.append(fake);
        failing.append(second);
        fake->failNext = true;
        QCOMPARE(failing.fetch(QUrl("https://example.com/x")).code(), ErrorCode::Network);
        QCOMPARE(second->calls.load(), 0);
    }

    // --- CachingResolver --------------------------------------------------

    void testCacheUsesDefaultLifetime()
    {
        auto fake = std::make_shared<FakeResolver>();
        CachingResolver cache(fake, 600);
        QDateTime now = kStart;
        cache.setClock([&now] { return now; });
        const QUrl url("https://example.com/list");
        QVERIFY(cache.fetch(url).ok());
        QVERIFY(cache.fetch(url).ok());
        QCOMPARE(fake->calls.load(), 1);
        now = kStart.addSecs(599);
        QCOMPARE(cache.fetch(url)->expiresAt, kStart.addSecs(600));
        QCOMPARE(fake->calls.load(), 1);
        now = kStart.addSecs(600);
        QVERIFY(cache.fetch(url).ok());
        QCOMPARE(fake->calls.load(), 2);
        cache.clear();
        QVERIFY(cache.fetch(url).ok());
        QCOMPARE(fake->calls.load(), 3);
    }

    void testCacheHonoursDocumentExpiry()
    {
        auto fake = std::make_shared<FakeResolver>();
        fake->expiresAt = kStart.addSecs(10);
        CachingResolver cache(fake, 3600);
        QDateTime now = kStart;
        cache.setClock([&now] { return now; });
        const QUrl url("https://example.com/list");
        QVERIFY(cache.fetch(url).ok());
        now = kStart.addSecs(9);
        QVERIFY(cache.fetch(url).ok());
        QCOMPARE(fake->calls.load(), 1);
        now = kStart.addSecs(11);
        QVERIFY(cache.fetch(url).ok());
        QCOMPARE(fake->calls.load(), 2);

        // Already stale (no-store, max-age=0): never served from the cache.
        fake->expiresAt = now;
        QVERIFY(cache.fetch(QUrl("https://example.com/stale")).ok());
        QVERIFY(cache.fetch(QUrl("https://example.com/stale")).ok());
        QCOMPARE(fake->calls.load(), 4);
    }

    void testCacheDoesNotKeepErrors()
    {
        auto fake = std::make_shared<FakeResolver>();
        CachingResolver cache(fake);
        cache.setClock([] { return kStart; });
        fake->failNext = true;
        QCOMPARE(cache.fetch(QUrl("https://example.com/a")).code(), ErrorCode::Network);
        QVERIFY(cache.fetch(QUrl("https://example.com/a")).ok());
        QCOMPARE(cache.fetch(QUrl("https://example.com/missing")).code(), ErrorCode::NotFound);
        QCOMPARE(cache.fetch(QUrl("https://example.com/missing")).code(), ErrorCode::NotFound);
        QCOMPARE(fake->calls.load(), 4);
    }

    void testCacheIsBounded()
    {
        auto fake = std::make_shared<FakeResolver>();
        CachingResolver cache(fake, 3600, 2);
        QDateTime now = kStart;
        cache.setClock([&now] { return now; });
        for (const char *path : {"/a", "/b", "/c"}) {
            QVERIFY(cache.fetch(QUrl(QStringLiteral("https://example.com") + path)).ok());
            now = now.addSecs(1);
        }
        QCOMPARE(fake->calls.load(), 3);
        // "/a" would have expired first, so it made room for "/c".
        QVERIFY(cache.fetch(QUrl("https://example.com/c")).ok());
        QVERIFY(cache.fetch(QUrl("https://example.com/b")).ok());
        QCOMPARE(fake->calls.load(), 3);
        QVERIFY(cache.fetch(QUrl("https://example.com/a")).ok());
        QCOMPARE(fake->calls.load(), 4);
    }

    void testCacheFromManyThreads()
    {
        auto fake = std::make_shared<FakeResolver>();
        CachingResolver cache(fake, 3600, 16);
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&cache, &failures, t] {
                for (int i = 0; i < 300; ++i) {
                    const QUrl url(QStringLiteral("https://example.com/%1").arg((i * 7 + t) % 40));
                    const auto doc = cache.fetch(url);
                    if (!doc || doc->body != url.toEncoded())
                        ++failures;
                    if (i % 100 == 99)
                        cache.clear();
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResolvers)
#include "tst_resolvers.moc"
