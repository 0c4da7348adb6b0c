// DCQL against the credentials a learner holds, with the OpenID4VP
// specification's own queries and the SD-JWT VC specification's example
// credential (John Doe's identity credential).
#include "PresentFixtures.h"
#include "TestSupport.h"
#include "present/Dcql.h"

#include <QTest>

using namespace vitae;
using namespace vitae::present;

namespace {

QJsonObject query(const QString &name)
{
    return QJsonDocument::fromJson(test::readTestData("openid4vp/" + name)).object();
}

credential::Credential johnDoe()
{
    const QJsonObject example =
            QJsonDocument::fromJson(test::readTestData("jose/sd-jwt-vc-sec2.3-example.derived.json")).object();
    return credential::readCredential(example.value("sd_jwt_issuance").toString().toUtf8()).value();
}

} // namespace

class TestDcql : public QObject {
    Q_OBJECT
private:
    test::PresentFixtures f;

private slots:
    void simpleQueryDisclosesExactlyItsClaims()
    {
        const auto parsed = parseDcql(query("simple.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        const auto matches = matchDcql(*parsed, {f.badge("A"), johnDoe()});
        QVERIFY2(matches.ok(), qPrintable(matches.message()));
        QCOMPARE(matches->size(), 1);
        QCOMPARE(matches->first().queryId, "my_credential");
        QCOMPARE(matches->first().heldIndex, 1);
        QCOMPARE(matches->first().disclose, (QStringList{"/family_name", "/given_name", "/address/street_address"}));
        QCOMPARE(matches->first().shown, (QStringList{"family_name", "given_name", "address.street_address"}));
    }

    void claimsAndValuesMustBeThere()
    {
        // John Doe's credential has no date_of_birth (it says birthdate) and
        // no postal_code: neither claim set of the specification's example,
        // nor its value-matching query, can be answered.
        for (const char *name : {"claims_alternatives.json", "value_matching_simple.json"}) {
            const auto matches = matchDcql(parseDcql(query(name)).value(), {johnDoe()});
            QCOMPARE(matches.code(), ErrorCode::NotFound);
            QVERIFY2(matches.message().contains("identity_credential"), qPrintable(matches.message()));
        }
        // A value that matches, and one that does not.
        QJsonObject asked = query("simple.json");
        QJsonObject credentialQuery = asked.value("credentials").toArray().first().toObject();
        credentialQuery.insert("claims", QJsonArray{QJsonObject{{"path", QJsonArray{"family_name"}}, {"values", QJsonArray{"Doe"}}}});
        asked.insert("credentials", QJsonArray{credentialQuery});
        QVERIFY(matchDcql(parseDcql(asked).value(), {johnDoe()}).ok());
        credentialQuery.insert("claims", QJsonArray{QJsonObject{{"path", QJsonArray{"family_name"}}, {"values", QJsonArray{"Roe"}}}});
        asked.insert("credentials", QJsonArray{credentialQuery});
        QCOMPARE(matchDcql(parseDcql(asked).value(), {johnDoe()}).code(), ErrorCode::NotFound);
    }

    void credentialSetsPickTheFirstAnsweredOption()
    {
        // Only "pid" can be answered; the optional "nice_to_have" is left out.
        const auto matches = matchDcql(parseDcql(query("credentials_alternatives.json")).value(), {johnDoe()});
        QVERIFY2(matches.ok(), qPrintable(matches.message()));
        QCOMPARE(matches->size(), 1);
        QCOMPARE(matches->first().queryId, "pid");
    }

    void formatsVitaeDoesNotHold()
    {
        const auto matches = matchDcql(parseDcql(query("multi_credentials.json")).value(), {johnDoe()});
        QCOMPARE(matches.code(), ErrorCode::NotFound);
        QVERIFY2(matches.message().contains("mso_mdoc"), qPrintable(matches.message()));
    }

    void ldpQueryAsksByType()
    {
        QJsonObject badgeQuery{{"credentials", QJsonArray{QJsonObject{
                                        {"id", "badge"}, {"format", "ldp_vc"},
                                        {"meta", QJsonObject{{"type_values", QJsonArray{QJsonArray{"OpenBadgeCredential"}}}}},
                                        {"claims", QJsonArray{QJsonObject{{"path", QJsonArray{"credentialSubject", "achievement", "name"}}}}}}}}};
        const auto matches = matchDcql(parseDcql(badgeQuery).value(), {johnDoe(), f.badge("Forklift")});
        QVERIFY2(matches.ok(), qPrintable(matches.message()));
        QCOMPARE(matches->first().heldIndex, 1);
        QCOMPARE(matches->first().shown, QStringList{"whole credential"});
        QVERIFY(matches->first().disclose.isEmpty());
        // The specification's ldp_vc query asks for an IDCredential, which a badge is not.
        QCOMPARE(matchDcql(parseDcql(query("dcql_ldp_vc.json")).value(), {f.badge("Forklift")}).code(), ErrorCode::NotFound);
    }

    void wildcardDisclosesTheArray()
    {
        QJsonObject skills{{"credentials", QJsonArray{QJsonObject{
                                   {"id", "course"}, {"format", "dc+sd-jwt"},
                                   {"claims", QJsonArray{QJsonObject{{"path", QJsonArray{"skills", QJsonValue::Null}}}}}}}}};
        const auto matches = matchDcql(parseDcql(skills).value(), {f.sdJwt()});
        QVERIFY2(matches.ok(), qPrintable(matches.message()));
        QCOMPARE(matches->first().disclose, QStringList{"/skills"});
    }

    void malformedQueries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("{}") << "asks for no credentials";
        QTest::newRow("no format") << QByteArray("{\"credentials\":[{\"id\":\"a\"}]}") << "id or format";
        QTest::newRow("duplicate id") << QByteArray("{\"credentials\":[{\"id\":\"a\",\"format\":\"ldp_vc\"},{\"id\":\"a\",\"format\":\"ldp_vc\"}]}") << "both called";
        QTest::newRow("bad path") << QByteArray("{\"credentials\":[{\"id\":\"a\",\"format\":\"ldp_vc\",\"claims\":[{\"path\":[true]}]}]}") << "names and indices";
        QTest::newRow("negative index") << QByteArray("{\"credentials\":[{\"id\":\"a\",\"format\":\"ldp_vc\",\"claims\":[{\"path\":[-1]}]}]}") << "names and indices";
        QTest::newRow("unknown claim set") << QByteArray("{\"credentials\":[{\"id\":\"a\",\"format\":\"ldp_vc\",\"claims\":[{\"id\":\"x\",\"path\":[\"n\"]}],\"claim_sets\":[[\"y\"]]}]}") << "unknown claim";
        QTest::newRow("unknown set member") << QByteArray("{\"credentials\":[{\"id\":\"a\",\"format\":\"ldp_vc\"}],\"credential_sets\":[{\"options\":[[\"b\"]]}]}") << "unknown query";
    }

    void malformedQueries()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto parsed = parseDcql(QJsonDocument::fromJson(json).object());
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.message().contains(message), qPrintable(parsed.message()));
    }
};

QTEST_GUILESS_MAIN(TestDcql)
#include "tst_dcql.moc"
