#include "SdJwtTestIssuer.h"

#include "crypto/Encoding.h"
#include "jose/SdJwt.h"

#include <QTest>

using namespace vitae;
using namespace vitae::jose;

using vitae::test::SdJwtTestIssuer;
using vitae::test::processSdJwt;
using vitae::test::sorted;

// The processing rules of SD-JWT section 7.1 on SD-JWTs built here: every
// rule that must reject, recursive disclosures and the depth limit.
class TestSdJwtRules : public QObject {
    Q_OBJECT
private slots:
    void testProcessingErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        const SdJwtTestIssuer issuer;
        const QByteArray name = SdJwtTestIssuer::property("given_name", "Ada");
        const QByteArray other = SdJwtTestIssuer::property("family_name", "Lovelace");
        const QByteArray element = SdJwtTestIssuer::element("FR");
        const QString nameDigest = SdJwtTestIssuer::digest(name);
        const QString decoy = QString::fromLatin1(sdDigest("decoy"));

        QTest::newRow("not referenced") << issuer.issue(QJsonObject{{"_sd", QJsonArray{nameDigest}}}, {name, other})
                                        << "a disclosure does not match any digest";
        QTest::newRow("no digests at all") << issuer.issue(QJsonObject{{"iss", "x"}}, {name})
                                           << "a disclosure does not match any digest";
        QTest::newRow("sent twice") << issuer.issue(QJsonObject{{"_sd", QJsonArray{nameDigest}}}, {name, name})
                                    << "appears twice";
        QTest::newRow("duplicate digest in _sd") << issuer.issue(QJsonObject{{"_sd", QJsonArray{nameDigest, nameDigest}}}, {name})
                                                 << "duplicate digest";
        QTest::newRow("duplicate decoy") << issuer.issue(QJsonObject{{"_sd", QJsonArray{decoy, decoy}}}, {})
                                         << "duplicate digest";
        QTest::newRow("duplicate across levels")
                << issuer.issue(QJsonObject{{"_sd", QJsonArray{decoy}}, {"sub", QJsonObject{{"_sd", QJsonArray{decoy}}}}}, {})
                << "duplicate digest";
        QTest::newRow("duplicate in array")
                << issuer.issue(QJsonObject{{"a", QJsonArray{QJsonObject{{"...", decoy}}, QJsonObject{{"...", decoy}}}}}, {})
                << "duplicate digest";
        QTest::newRow("sha-512") << issuer.issue(QJsonObject{{"_sd_alg", "sha-512"}, {"_sd", QJsonArray{nameDigest}}}, {name})
                                 << "unsupported _sd_alg sha-512";
        QTest::newRow("SHA-256 spelled differently") << issuer.issue(QJsonObject{{"_sd_alg", "SHA-256"}}, {})
                                                     << "unsupported _sd_alg SHA-256";
        QTest::newRow("_sd_alg not a string") << issuer.issue(QJsonObject{{"_sd_alg", 256}}, {}) << "unsupported _sd_alg";
        QTest::newRow("nested _sd_alg") << issuer.issue(QJsonObject{{"a", QJsonObject{{"_sd_alg", "sha-256"}}}}, {})
                                        << "top level";
        const QByteArray sdName = SdJwtTestIssuer::property("_sd", QJsonArray());
        QTest::newRow("name _sd") << issuer.issue(QJsonObject{{"_sd", QJsonArray{SdJwtTestIssuer::digest(sdName)}}}, {sdName})
                                  << "reserved claim name \"_sd\"";
        const QByteArray dots = SdJwtTestIssuer::property("...", "x");
        QTest::newRow("name ...") << issuer.issue(QJsonObject{{"_sd", QJsonArray{SdJwtTestIssuer::digest(dots)}}}, {dots})
                                  << "reserved claim name \"...\"";
        QTest::newRow("name exists") << issuer.issue(QJsonObject{{"given_name", "Eve"}, {"_sd", QJsonArray{nameDigest}}}, {name})
                                     << "already exists";
        const QByteArray sameName = SdJwtTestIssuer::property("given_name", "Bob");
        QTest::newRow("name disclosed twice")
                << issuer.issue(QJsonObject{{"_sd", QJsonArray{nameDigest, SdJwtTestIssuer::digest(sameName)}}}, {name, sameName})
                << "already exists";
        QTest::newRow("element in _sd") << issuer.issue(QJsonObject{{"_sd", QJsonArray{SdJwtTestIssuer::digest(element)}}}, {element})
                                        << "array-element disclosure";
        QTest::newRow("property in array")
                << issuer.issue(QJsonObject{{"a", QJsonArray{QJsonObject{{"...", nameDigest}}}}}, {name})
                << "property disclosure";
        QTest::newRow("... with another key")
                << issuer.issue(QJsonObject{{"a", QJsonArray{QJsonObject{{"...", SdJwtTestIssuer::digest(element)}, {"x", 1}}}}}, {element})
                << "only that digest";
        QTest::newRow("... not a string") << issuer.issue(QJsonObject{{"a", QJsonArray{QJsonObject{{"...", 5}}}}}, {})
                                          << "only that digest";
        QTest::newRow("_sd not an array") << issuer.issue(QJsonObject{{"_sd", nameDigest}}, {name}) << "_sd";
        QTest::newRow("_sd with a number") << issuer.issue(QJsonObject{{"_sd", QJsonArray{nameDigest, 1}}}, {name}) << "_sd";
        // A disclosed value may not smuggle in a digest that is already used.
        const QByteArray smuggler = SdJwtTestIssuer::property("address", QJsonObject{{"_sd", QJsonArray{nameDigest}}});
        QTest::newRow("digest repeated inside a disclosure")
                << issuer.issue(QJsonObject{{"_sd", QJsonArray{nameDigest, SdJwtTestIssuer::digest(smuggler)}}}, {name, smuggler})
                << "duplicate digest";
    }
    void testProcessingErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const auto sdJwt = parseSdJwt(text);
        QVERIFY2(sdJwt.ok(), qPrintable(sdJwt.message()));
        const auto claims = applyDisclosures(sdJwt.value());
        QVERIFY(!claims.ok());
        QCOMPARE(claims.code(), ErrorCode::InvalidInput);
        QVERIFY2(claims.message().contains(reason), qPrintable(claims.message()));
    }

    void testRecursiveDisclosures()
    {
        const SdJwtTestIssuer issuer;
        const QByteArray street = SdJwtTestIssuer::property("street", "1 Loop Rd");
        const QByteArray city = SdJwtTestIssuer::property("city/town~x", "Springfield");
        const QByteArray address = SdJwtTestIssuer::property(
                "address", QJsonObject{{"country", "NZ"}, {"_sd", QJsonArray{SdJwtTestIssuer::digest(street), SdJwtTestIssuer::digest(city)}}});
        const QByteArray inner = SdJwtTestIssuer::element("B1");
        const QByteArray outer = SdJwtTestIssuer::element(QJsonArray{"A", QJsonObject{{"...", SdJwtTestIssuer::digest(inner)}}});
        const QString decoy = QString::fromLatin1(sdDigest("decoy"));
        const QJsonObject payload{{"_sd", QJsonArray{SdJwtTestIssuer::digest(address), decoy}},
                                  {"_sd_alg", "sha-256"},
                                  {"levels", QJsonArray{QJsonObject{{"...", SdJwtTestIssuer::digest(outer)}},
                                                        QJsonObject{{"...", decoy + "2"}}, "plain"}}};
        const QByteArray text = issuer.issue(payload, {street, outer, address, inner, city});
        const auto claims = processSdJwt(text);
        QVERIFY2(claims.ok(), qPrintable(claims.message()));
        const QJsonObject expected{
                {"address", QJsonObject{{"country", "NZ"}, {"street", "1 Loop Rd"}, {"city/town~x", "Springfield"}}},
                {"levels", QJsonArray{QJsonArray{"A", "B1"}, "plain"}}};
        QCOMPARE(claims->claims, expected);
        QCOMPARE(sorted(claims->disclosedPaths), sorted({"/address", "/address/street", "/address/city~1town~0x",
                                                         "/levels/0", "/levels/0/1"}));
        QCOMPARE(claims->undisclosedCount, 2);

        // Without the inner disclosures the outer ones still apply.
        const auto partial = processSdJwt(issuer.issue(payload, {outer, address}));
        QVERIFY2(partial.ok(), qPrintable(partial.message()));
        QCOMPARE(partial->claims[QLatin1String("address")].toObject(), QJsonObject({{"country", "NZ"}}));
        QCOMPARE(partial->claims[QLatin1String("levels")].toArray(), QJsonArray({QJsonArray{"A"}, "plain"}));
        QCOMPARE(partial->undisclosedCount, 5);
        // An empty object stays an empty object once its _sd is gone.
        const auto empty = processSdJwt(issuer.issue(QJsonObject{{"a", QJsonObject{{"_sd", QJsonArray{decoy}}}}}, {}));
        QCOMPARE(empty->claims, QJsonObject({{"a", QJsonObject()}}));
    }

    // A chain of disclosures each revealing the next: fine while shallow,
    // LimitExceeded once deeper than SdJwtLimits::maxDepth.
    void testRecursionDepthLimit_data()
    {
        QTest::addColumn<int>("chain");
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("10 of 64") << 10 << 64 << true;
        QTest::newRow("64 of 64") << 64 << 64 << true;
        QTest::newRow("65 of 64") << 65 << 64 << false;
        QTest::newRow("1000 of 64") << 1000 << 64 << false;
        QTest::newRow("6 of 5") << 6 << 5 << false;
    }
    void testRecursionDepthLimit()
    {
        QFETCH(int, chain);
        QFETCH(int, maxDepth);
        QFETCH(bool, accepted);
        QList<QByteArray> disclosures;
        QByteArray next = SdJwtTestIssuer::property("c", "leaf");
        disclosures << next;
        for (int i = 1; i < chain; ++i) {
            next = SdJwtTestIssuer::property("c", QJsonObject{{"_sd", QJsonArray{SdJwtTestIssuer::digest(next)}}});
            disclosures << next;
        }
        SdJwtLimits limits;
        limits.maxDepth = maxDepth;
        const auto claims = processSdJwt(SdJwtTestIssuer().issue(QJsonObject{{"_sd", QJsonArray{SdJwtTestIssuer::digest(next)}}},
                                                       disclosures), limits);
        QCOMPARE(claims.ok(), accepted);
        if (accepted) {
            QCOMPARE(claims->disclosedPaths.size(), chain);
        } else {
            QCOMPARE(claims.code(), ErrorCode::LimitExceeded);
        }
    }

    void testDeepValueInOneDisclosure()
    {
        QByteArray deep = "\"x\"";
        for (int i = 0; i < 100; ++i) {
            deep = '[' + deep + ']';
        }
        const QByteArray disclosure = crypto::base64UrlEncode("[\"salt\",\"deep\"," + deep + ']');
        const auto sdJwt = parseSdJwt(SdJwtTestIssuer().issue(QJsonObject{{"_sd", QJsonArray{SdJwtTestIssuer::digest(disclosure)}}},
                                                         {disclosure}));
        QCOMPARE(sdJwt.code(), ErrorCode::LimitExceeded);
    }

};

QTEST_GUILESS_MAIN(TestSdJwtRules)
#include "tst_sdjwtrules.moc"
