// collectFromLink end to end against vitae-test-issuer on 127.0.0.1: issuer
// links in every format, vitae://import, DCC request links (VC-API exchange
// and the older vc_request_url form), and every hostile answer, which must
// give a clear error in bounded time and leave the vault untouched.
#include "IssuerProcess.h"
#include "NetTestVault.h"
#include "exchange/VcApiExchange.h"
#include "present/PresentationVerifier.h"
#include "sign/Signer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <thread>

using namespace vitae;

namespace {
constexpr int kHostileTimeoutMs = 3000;
}

class TestCollectNet : public QObject {
    Q_OBJECT
private:
    test::IssuerProcess m_issuer;
    std::unique_ptr<test::NetTestVault> m_net;

    QString vcapiLink(const QString &exchangeId) const
    {
        const QJsonObject request{{"credentialRequestOrigin", m_issuer.base()},
                                  {"protocols", QJsonObject{{"vcapi", m_issuer.base() + "/exchanges/" + exchangeId}}}};
        return "dccrequest://request?request="
                + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))));
    }

    QString legacyLink(const QString &id, const QString &challenge, const QString &authType = "bearer") const
    {
        return "dccrequest://request?issuer=" + QUrl::toPercentEncoding(m_issuer.base()) + "&vc_request_url="
                + QUrl::toPercentEncoding(m_issuer.base() + "/legacy/" + id) + "&challenge=" + challenge
                + "&auth_type=" + authType;
    }

    void expectError(const Result<exchange::CollectedCredentials> &got, ErrorCode code, const QString &words)
    {
        QVERIFY2(!got, "collecting should have failed");
        QCOMPARE(got.code(), code);
        QVERIFY2(got.message().contains(words, Qt::CaseInsensitive), qPrintable(got.message()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_issuer.start());
        m_net = std::make_unique<test::NetTestVault>(kHostileTimeoutMs);
        QVERIFY(m_net->created());
    }

    void testIssuerLinks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("format");
        QTest::newRow("JSON-LD VC") << "/credentials/ldp" << 1 << int(credential::Format::LdpVc);
        QTest::newRow("JWT VC") << "/credentials/jwt" << 1 << int(credential::Format::JwtVc);
        QTest::newRow("SD-JWT VC") << "/credentials/sdjwt" << 1 << int(credential::Format::SdJwtVc);
        QTest::newRow("presentation") << "/credentials/vp" << 2 << int(credential::Format::LdpVc);
        QTest::newRow("Open Badges 2.0") << "/credentials/ob2" << 1 << int(credential::Format::Ob2Hosted);
    }
    void testIssuerLinks()
    {
        QFETCH(QString, path);
        QFETCH(int, count);
        QFETCH(int, format);
        const QString url = m_issuer.base() + path;
        for (const QString &text : QStringList{url, "vitae://import?url=" + QUrl::toPercentEncoding(url)}) {
            auto got = m_net->collect(text);
            QVERIFY2(got, qPrintable(got.message()));
            QCOMPARE(got->credentials.size(), count);
            QVERIFY(got->credentials.first().where.startsWith("issuer link " + url));
            const int before = m_net->rows();
            const auto previews = m_net->store(*got);
            QVERIFY2(previews.first().credential, qPrintable(previews.first().readError.message));
            QCOMPARE(int(previews.first().credential->format), format);
            QVERIFY(previews.first().result.verdict() != verify::Verdict::Failed);
            // The second time through (vitae://import) everything is a duplicate.
            QCOMPARE(m_net->rows(), text == url ? before + count : before);
        }
    }

    void testVcApiExchange()
    {
        const int before = m_net->rows();
        auto got = m_net->collect(vcapiLink("first"));
        QVERIFY2(got, qPrintable(got.message()));
        QCOMPARE(got->credentials.size(), 1);
        QVERIFY(got->source.startsWith("credential exchange at 127.0.0.1"));
        const auto previews = m_net->store(*got);
        QVERIFY(previews.first().credential);
        QCOMPARE(previews.first().credential->subjectId, m_net->vault().holderDid());
        QCOMPARE(previews.first().credential->title, QStringLiteral("Exchanged Badge"));
        QCOMPARE(m_net->rows(), before + 1);
    }

    void testLegacyRequestLink()
    {
        auto got = m_net->collect(legacyLink("abc", "legacy-abc"));
        QVERIFY2(got, qPrintable(got.message()));
        QCOMPARE(got->credentials.size(), 1);
        const int before = m_net->rows();
        // The issuer checks the challenge of the DID-Auth it receives.
        expectError(m_net->collect(legacyLink("abc", "replayed")), ErrorCode::Network, "invalid_presentation");
        expectError(m_net->collect(legacyLink("abc", "legacy-abc", "code")), ErrorCode::Unsupported, "sign in");
        expectError(m_net->collect("dccrequest://request?issuer=x"), ErrorCode::InvalidInput, "vc_request_url");
        QCOMPARE(m_net->rows(), before);
    }

    void testDidAuthPresentationVerifies()
    {
        const auto key = crypto::Ed25519KeyPair::fromSeed(QByteArray(32, 'h'));
        const QString did = "did:key:" + sign::didKeyVerificationMethod(*key).section('#', 1);
        auto vp = exchange::makeDidAuthPresentation(*key, did, "ch-1", "issuer.example", QDateTime::currentDateTimeUtc());
        QVERIFY2(vp, qPrintable(vp.message()));
        QCOMPARE(vp->value("proof").toObject().value("type").toString(), QStringLiteral("Ed25519Signature2020"));
        present::PresentationExpectations expected;
        expected.challenge = "ch-1";
        expected.domain = "issuer.example";
        const auto result = present::verifyPresentation(QJsonDocument(*vp).toJson(), expected, {});
        QCOMPARE(result.presentation.find(present::presentationCheck::HolderProof)->outcome, verify::Outcome::Passed);
        QCOMPARE(result.holder, did);
    }

    void testExchangesRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("someone else") << "other-holder" << int(ErrorCode::InvalidInput) << "issued to someone else";
        QTest::newRow("query by example") << "query-by-example" << int(ErrorCode::Unsupported) << "cannot answer";
        QTest::newRow("endless") << "endless" << int(ErrorCode::InvalidInput) << "kept asking";
    }
    void testExchangesRefused()
    {
        QFETCH(QString, id);
        QFETCH(int, code);
        QFETCH(QString, words);
        const int before = m_net->rows();
        expectError(m_net->collect(vcapiLink(id)), ErrorCode(code), words);
        QCOMPARE(m_net->rows(), before);
    }

    void testBadRequestLinks()
    {
        expectError(m_net->collect("dccrequest://request?request=%7Bnot-json"), ErrorCode::InvalidInput, "damaged");
        expectError(m_net->collect("dccrequest://request?request=%7B%22protocols%22%3A%7B%7D%7D"), ErrorCode::Unsupported,
                    "protocols.vcapi");
    }

    // The learner cancels while a slow server drips: the request ends at once.
    void testCancelWhileWaiting()
    {
        std::atomic<bool> cancel{false};
        exchange::CollectContext context = m_net->context();
        context.cancel = &cancel;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        auto got = m_net->collect(m_issuer.base() + "/hostile/drip", context);
        canceller.join();
        expectError(got, ErrorCode::Cancelled, "cancelled");
        QVERIFY(timer.elapsed() < 1500);
    }

    void testHostile_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        const int network = int(ErrorCode::Network);
        const int limit = int(ErrorCode::LimitExceeded);
        QTest::newRow("endless body") << "endless" << limit << "larger than";
        QTest::newRow("slow drip") << "drip" << network << "did not answer within";
        QTest::newRow("huge") << "huge" << limit << "larger than";
        QTest::newRow("redirect loop") << "loop" << limit << "redirected more than 5 times";
        QTest::newRow("web page") << "html" << int(ErrorCode::InvalidInput) << "text/html";
        QTest::newRow("404") << "404" << network << "404";
        QTest::newRow("500") << "500" << network << "500";
    }
    void testHostile()
    {
        QFETCH(QString, mode);
        QFETCH(int, code);
        QFETCH(QString, words);
        const QString url = m_issuer.base() + "/hostile/" + mode;
        const int before = m_net->rows();
        const QStringList links{url, "vitae://import?url=" + QUrl::toPercentEncoding(url),
                                "openid-credential-offer://?credential_offer_uri=" + QUrl::toPercentEncoding(url)};
        for (const QString &text : links) {
            QElapsedTimer timer;
            timer.start();
            auto got = m_net->collect(text);
            QVERIFY2(timer.elapsed() < kHostileTimeoutMs + 2000, qPrintable(text));
            QVERIFY(!got);
            // The offer flow names JSON problems its own way; the code is what matters.
            if (text.startsWith("openid") && (mode == "html"))
                QVERIFY2(got.message().contains("not as JSON"), qPrintable(got.message()));
            else
                expectError(got, ErrorCode(code), words);
        }
        QCOMPARE(m_net->rows(), before);
    }
};

QTEST_GUILESS_MAIN(TestCollectNet)
#include "tst_collect_net.moc"
