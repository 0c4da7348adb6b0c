// OpenID4VCI pre-authorized code flow end to end against vitae-test-issuer on
// 127.0.0.1: each format, transaction codes, credential_offer_uri, nonce
// renewal, holder binding, and offers that must be refused clearly.
#include "IssuerProcess.h"
#include "NetTestVault.h"
#include "exchange/Oid4vci.h"
#include "jose/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace vitae;

class TestOid4vciNet : public QObject {
    Q_OBJECT
private:
    test::IssuerProcess m_issuer;
    std::unique_ptr<test::NetTestVault> m_net;

    QJsonObject offer(const QStringList &ids, const QString &code, const QJsonObject &txCode = {}) const
    {
        QJsonObject grant{{"pre-authorized_code", code}};
        if (!txCode.isEmpty())
            grant.insert("tx_code", txCode);
        return {{"credential_issuer", m_issuer.base()},
                {"credential_configuration_ids", QJsonArray::fromStringList(ids)},
                {"grants", QJsonObject{{"urn:ietf:params:oauth:grant-type:pre-authorized_code", grant}}}};
    }

    static QString link(const QJsonObject &offer)
    {
        return link(QJsonDocument(offer).toJson(QJsonDocument::Compact));
    }
    static QString link(const QByteArray &offerText)
    {
        return "openid-credential-offer://?credential_offer=" + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(offerText)));
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
        m_net = std::make_unique<test::NetTestVault>();
        QVERIFY(m_net->created());
    }

    void testEachFormat_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("format");
        QTest::newRow("dc+sd-jwt") << "sdjwt" << int(credential::Format::SdJwtVc);
        QTest::newRow("vc+sd-jwt") << "vcsdjwt" << int(credential::Format::SdJwtVc);
        QTest::newRow("jwt_vc_json") << "jwt" << int(credential::Format::JwtVc);
        QTest::newRow("ldp_vc") << "ldp" << int(credential::Format::LdpVc);
    }
    void testEachFormat()
    {
        QFETCH(QString, id);
        QFETCH(int, format);
        const int before = m_net->rows();
        auto got = m_net->collect(link(offer({id}, "plain")));
        QVERIFY2(got, qPrintable(got.message()));
        QCOMPARE(got->credentials.size(), 1);
        QCOMPARE(got->source, "credential offer from " + m_issuer.base());
        QCOMPARE(got->credentials.first().where, got->source);
        QCOMPARE(got->issuer, QStringLiteral("Riverside Test Issuer"));
        QCOMPARE(m_net->rows(), before); // collecting stores nothing
        const auto previews = m_net->store(*got);
        QVERIFY2(previews.first().credential, qPrintable(previews.first().readError.message));
        QCOMPARE(int(previews.first().credential->format), format);
        QVERIFY(previews.first().result.verdict() != verify::Verdict::Failed);
        // The same SD-JWT twice (sdjwt and vcsdjwt) is a duplicate, not a new row.
        QCOMPARE(m_net->rows(), before + (id == "vcsdjwt" ? 0 : 1));
    }

    void testSeveralInOneOffer()
    {
        auto got = m_net->collect(link(offer({"sdjwt", "jwt", "ldp"}, "plain")));
        QVERIFY2(got, qPrintable(got.message()));
        QCOMPARE(got->credentials.size(), 3);
        QVERIFY(got->credentials.at(2).where.endsWith("credential 3 of 3"));
    }

    void testTransactionCode()
    {
        const QJsonObject tx{{"length", 4}, {"input_mode", "numeric"}, {"description", "The code in your email"}};
        const QString withTx = link(offer({"ldp"}, "tx", tx));
        exchange::CollectContext context = m_net->context();
        context.txCode = "1234";
        auto got = m_net->collect(withTx, context);
        QVERIFY2(got, qPrintable(got.message()));

        // Asked through the callback, which learns the code's shape.
        context.txCode.clear();
        std::optional<exchange::TxCodeRequest> asked;
        context.askTxCode = [&](const exchange::TxCodeRequest &request) -> std::optional<QString> {
            asked = request;
            return QStringLiteral("1234");
        };
        QVERIFY(m_net->collect(withTx, context));
        QVERIFY(asked);
        QCOMPARE(asked->length, 4);
        QCOMPARE(asked->inputMode, QStringLiteral("numeric"));
        QCOMPARE(asked->description, QStringLiteral("The code in your email"));
        QCOMPARE(asked->issuer, m_issuer.base());

        const int before = m_net->rows();
        context.askTxCode = [](const exchange::TxCodeRequest &) { return std::optional<QString>(QStringLiteral("9999")); };
        expectError(m_net->collect(withTx, context), ErrorCode::InvalidInput, "did not accept the transaction code");
        context.askTxCode = [](const exchange::TxCodeRequest &) { return std::optional<QString>(); };
        expectError(m_net->collect(withTx, context), ErrorCode::Cancelled, "no transaction code");
        context.askTxCode = nullptr;
        expectError(m_net->collect(withTx, context), ErrorCode::InvalidArgument, "transaction code the issuer sent you (4 digits)");
        // Without the code the issuer refuses too (its own check, not just ours).
        expectError(m_net->collect(link(offer({"ldp"}, "tx")), m_net->context()), ErrorCode::Network, "invalid_grant");
        QCOMPARE(m_net->rows(), before);
    }

    void testOfferByReference()
    {
        const QString uri = m_issuer.base() + "/offers/plain?ids=jwt,ldp";
        auto got = m_net->collect("openid-credential-offer://?credential_offer_uri=" + QUrl::toPercentEncoding(uri));
        QVERIFY2(got, qPrintable(got.message()));
        QCOMPARE(got->credentials.size(), 2);
    }

    void testNonceIsRenewedOnce()
    {
        auto got = m_net->collect(link(offer({"jwt"}, "nonce-once")));
        QVERIFY2(got, qPrintable(got.message()));
        const int before = m_net->rows();
        expectError(m_net->collect(link(offer({"jwt"}, "bad-nonce"))), ErrorCode::Network, "invalid_nonce");
        QCOMPARE(m_net->rows(), before);
    }

    // Draft 13: metadata at the appended well-known address, token endpoint
    // in it, c_nonce with the token, a request by format.
    void testDraft13Issuer()
    {
        QJsonObject draft = offer({"ldp"}, "plain");
        draft.insert("credential_issuer", m_issuer.base() + "/draft13");
        auto got = m_net->collect(link(draft));
        QVERIFY2(got, qPrintable(got.message()));
        QCOMPARE(got->credentials.size(), 1);
        QVERIFY(got->credentials.first().bytes.contains("Draft Badge"));
    }

    void testCredentialForSomeoneElse_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("sd-jwt cnf") << "sdjwt";
        QTest::newRow("jwt sub") << "jwt";
        QTest::newRow("ldp subject") << "ldp";
    }
    void testCredentialForSomeoneElse()
    {
        QFETCH(QString, id);
        const int before = m_net->rows();
        expectError(m_net->collect(link(offer({id}, "other-holder"))), ErrorCode::InvalidInput,
                    "This credential was issued to someone else");
        QCOMPARE(m_net->rows(), before);
    }

    void testProofOfPossession()
    {
        const auto key = crypto::Ed25519KeyPair::fromSeed(QByteArray(32, 'h'));
        const QByteArray jwt = exchange::makeProofOfPossession(*key, "https://issuer.example", "n-1",
                                                               QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        const auto jws = jose::parseCompactJws(jwt);
        QVERIFY(jws);
        QCOMPARE(jws->header.value("typ").toString(), QStringLiteral("openid4vci-proof+jwt"));
        QCOMPARE(jws->header.value("alg").toString(), QStringLiteral("EdDSA"));
        QVERIFY(jws->header.value("kid").toString().startsWith("did:key:z6Mk"));
        QVERIFY(jws->header.value("kid").toString().contains('#'));
        QCOMPARE(jws->payload.value("aud").toString(), QStringLiteral("https://issuer.example"));
        QCOMPARE(jws->payload.value("nonce").toString(), QStringLiteral("n-1"));
        QCOMPARE(jws->payload.value("iat").toInteger(), 1700000000);
    }

    void testMalformedOffers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        const QString base = m_issuer.base();
        const int invalid = int(ErrorCode::InvalidInput);
        const int unsupported = int(ErrorCode::Unsupported);
        QJsonObject noIssuer = offer({"ldp"}, "plain");
        noIssuer.remove("credential_issuer");
        QJsonObject noIds = offer({"ldp"}, "plain");
        noIds.remove("credential_configuration_ids");
        QJsonObject authCodeOnly = offer({"ldp"}, "plain");
        authCodeOnly.insert("grants", QJsonObject{{"authorization_code", QJsonObject{{"issuer_state", "x"}}}});
        QJsonObject https = offer({"ldp"}, "plain");
        https.insert("credential_issuer", "http://issuer.example");
        QJsonObject badLength = offer({"ldp"}, "tx", {{"length", -3}});
        QJsonObject idsNotStrings = offer({"ldp"}, "plain");
        idsNotStrings.insert("credential_configuration_ids", QJsonArray{1, 2});
        QTest::newRow("bad JSON") << link(QByteArray("{\"credential_issuer\":")) << invalid << "not valid JSON";
        QTest::newRow("not an object") << link(QByteArray("[1]")) << invalid << "not valid JSON";
        QTest::newRow("no issuer") << link(noIssuer) << invalid << "credential_issuer";
        QTest::newRow("no ids") << link(noIds) << invalid << "credential_configuration_ids";
        QTest::newRow("ids not strings") << link(idsNotStrings) << invalid << "in a form";
        QTest::newRow("authorization code only") << link(authCodeOnly) << unsupported << "signing in";
        QTest::newRow("plain http issuer") << link(https) << unsupported << "secure (https)";
        QTest::newRow("bad tx_code") << link(badLength) << invalid << "length";
        QTest::newRow("unknown configuration") << link(offer({"nope"}, "plain")) << invalid << "does not describe";
        QTest::newRow("unsupported format") << link(offer({"mdoc"}, "plain")) << unsupported << "mso_mdoc";
        QTest::newRow("unknown code") << link(offer({"ldp"}, "stolen")) << int(ErrorCode::Network) << "invalid_grant";
        QTest::newRow("offer uri not JSON")
                << "openid-credential-offer://?credential_offer_uri=" + QString::fromLatin1(QUrl::toPercentEncoding(base + "/hostile/bad-json"))
                << invalid << "not a JSON object";
        QTest::newRow("offer uri web page")
                << "openid-credential-offer://?credential_offer_uri=" + QString::fromLatin1(QUrl::toPercentEncoding(base + "/hostile/html"))
                << invalid << "text/html";
        QTest::newRow("offer uri 404")
                << "openid-credential-offer://?credential_offer_uri=" + QString::fromLatin1(QUrl::toPercentEncoding(base + "/hostile/404"))
                << int(ErrorCode::Network) << "No such credential";
        QTest::newRow("offer uri ftp")
                << "openid-credential-offer://?credential_offer_uri=" + QString::fromLatin1(QUrl::toPercentEncoding("ftp://127.0.0.1/x"))
                << unsupported << "only https";
    }
    void testMalformedOffers()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, words);
        const int before = m_net->rows();
        expectError(m_net->collect(text), ErrorCode(code), words);
        QCOMPARE(m_net->rows(), before);
    }

    // Without the developer option, a loopback http issuer is refused before
    // any request.
    void testLoopbackNeedsDeveloperOption()
    {
        net::HttpResolver strict{net::HttpLimits{}};
        exchange::CollectContext context = m_net->context();
        context.http = &strict;
        expectError(m_net->collect(link(offer({"ldp"}, "plain")), context), ErrorCode::Unsupported, "secure (https)");
    }

    void testCancelled()
    {
        std::atomic<bool> cancel{true};
        exchange::CollectContext context = m_net->context();
        context.cancel = &cancel;
        expectError(m_net->collect(link(offer({"ldp"}, "plain")), context), ErrorCode::Cancelled, "cancelled");
    }

    void testNeedsHolderKey()
    {
        exchange::CollectContext context = m_net->context();
        context.holderKey = nullptr;
        expectError(m_net->collect(link(offer({"ldp"}, "plain")), context), ErrorCode::InvalidArgument, "holder's key");
    }
};

QTEST_GUILESS_MAIN(TestOid4vciNet)
#include "tst_oid4vci_net.moc"
