// What the consent page offers for a DCQL request (ConsentOptions): every
// stored credential that answers, the claims a claim set lets the learner
// leave out, what is missing; and presentations as vitae://present links
// (PresentationLink, DeepLink) there and back.
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "crypto/Sodium.h"
#include "exchange/DeepLink.h"
#include "gui/ConsentOptions.h"
#include "gui/PresentationLink.h"

#include <QJsonArray>
#include <QTest>

using namespace vitae;

namespace {

present::PresentItem sdJwtItem(qint64 vaultId, const QJsonObject &extra = {})
{
    const test::TestIssuer issuer;
    present::PresentItem item;
    item.vaultId = vaultId;
    item.credential = credential::readCredential(issuer.sdJwtVc({}, extra)).value();
    return item;
}

present::DcqlQuery courseQuery(const QJsonArray &claims, const QJsonArray &claimSets = {})
{
    QJsonObject course{{"id", "course"}, {"format", "dc+sd-jwt"},
                       {"meta", QJsonObject{{"vct_values", QJsonArray{"https://college.example/credentials/course"}}}},
                       {"claims", claims}};
    if (!claimSets.isEmpty())
        course.insert("claim_sets", claimSets);
    return present::parseDcql(QJsonObject{{"credentials", QJsonArray{course}}}).value();
}

const QJsonArray kGivenAndFamily{QJsonObject{{"id", "given"}, {"path", QJsonArray{"given_name"}}},
                                 QJsonObject{{"id", "family"}, {"path", QJsonArray{"family_name"}}}};

} // namespace

class TestConsentOptions : public QObject {
    Q_OBJECT
private slots:
    void testOptionalClaimFromClaimSets()
    {
        const auto options = gui::consentOptionsFor(courseQuery(kGivenAndFamily, {QJsonArray{"given", "family"}, QJsonArray{"given"}}),
                                                    {sdJwtItem(7)});
        QVERIFY(options.problem.isEmpty());
        QCOMPARE(options.requested.size(), 1);
        QCOMPARE(options.requested.first().candidates.size(), 1);
        const gui::CandidateCredential &candidate = options.requested.first().candidates.first();
        QCOMPARE(candidate.vaultId, 7);
        QVERIFY(candidate.selective);
        QCOMPARE(candidate.options.size(), 2);
        QCOMPARE(candidate.claims.size(), 2);
        QCOMPARE(candidate.requiredKeys, QStringList{"given"});
        QCOMPARE(candidate.values.value("given"), QStringLiteral("Ana"));
        // The preferred set first: both claims, as JSON pointers.
        QCOMPARE(candidate.options.at(0).match.disclose, (QStringList{"/given_name", "/family_name"}));
        QCOMPARE(candidate.options.at(1).match.disclose, QStringList{"/given_name"});

        QCOMPARE(gui::optionAfterToggle(candidate, 0, "family", false), 1);
        QCOMPARE(gui::optionAfterToggle(candidate, 1, "family", true), 0);
        QCOMPARE(gui::optionAfterToggle(candidate, 0, "given", false), -1); // required
    }

    void testWithoutClaimSetsEveryClaimIsRequired()
    {
        const auto options = gui::consentOptionsFor(courseQuery(kGivenAndFamily), {sdJwtItem(1), sdJwtItem(2)});
        QCOMPARE(options.requested.first().candidates.size(), 2); // both answer: the learner picks
        const gui::CandidateCredential &candidate = options.requested.first().candidates.first();
        QCOMPARE(candidate.options.size(), 1);
        QCOMPARE(candidate.requiredKeys, (QStringList{"given", "family"}));
    }

    void testMissingCredentialIsNamed()
    {
        QJsonObject licence{{"id", "licence"}, {"format", "dc+sd-jwt"},
                            {"meta", QJsonObject{{"vct_values", QJsonArray{"https://dmv.example/driving_licence"}}}}};
        const auto query = present::parseDcql(QJsonObject{{"credentials", QJsonArray{licence}}}).value();
        const auto options = gui::consentOptionsFor(query, {sdJwtItem(1)});
        QVERIFY2(options.problem.contains("driving_licence"), qPrintable(options.problem));
        QCOMPARE(options.requested.size(), 1);
        QVERIFY(options.requested.first().candidates.isEmpty());
        QVERIFY(options.requested.first().what.contains("driving_licence"));
    }

    void testClaimValueRequirement()
    {
        // A claim that must hold a value the credential does not have.
        const QJsonArray claims{QJsonObject{{"path", QJsonArray{"given_name"}}, {"values", QJsonArray{"Zoe"}}}};
        const auto options = gui::consentOptionsFor(courseQuery(claims), {sdJwtItem(1)});
        QVERIFY(!options.problem.isEmpty());
        QVERIFY(options.requested.first().candidates.isEmpty());
    }

    void testPresentationLinkRoundTrip()
    {
        const QByteArray presentation = QByteArray("eyJhbGciOiJFZERTQSJ9.e30.c2ln~WyJzYWx0IiwiZ2l2ZW5fbmFtZSIsIkFuYSJd~") + QByteArray(2000, 'x');
        const auto link = gui::presentationLinkFor(presentation);
        QVERIFY(link.ok());
        QVERIFY(link->startsWith("vitae://present?p=VITAE1"));
        const auto parsed = exchange::parseLink(*link);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->kind, exchange::LinkKind::VitaePresentation);
        QVERIFY(parsed->text.startsWith("VITAE1:"));
        const auto inside = gui::presentationInText(*link);
        QVERIFY(inside.has_value() && inside->ok());
        QCOMPARE(**inside, presentation);
        // The bare QR text works too; anything else is left as it is.
        QCOMPARE(gui::presentationInText(parsed->text)->value(), presentation);
        QVERIFY(!gui::presentationInText(QString::fromLatin1(presentation)).has_value());
    }

    void testBrokenPresentationLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no payload") << "vitae://present" << "no presentation";
        QTest::newRow("not Vitae's") << "vitae://present?p=hello" << "does not hold";
        QTest::newRow("corrupt") << "vitae://present?p=VITAE1%3A%7E%7E%7E" << "corrupt";
        QTest::newRow("other verb") << "vitae://show?p=VITAE1%3AAA" << "vitae://present";
    }

    void testBrokenPresentationLinks()
    {
        QFETCH(QString, link);
        QFETCH(QString, expected);
        const auto inside = gui::presentationInText(link);
        QVERIFY(inside.has_value());
        QVERIFY(!inside->ok());
        QVERIFY2(inside->message().contains(expected), qPrintable(inside->message()));
    }

    void testTooLargeForALink()
    {
        // Random bytes do not compress: 60 KB cannot fit in 64 KB of Base45.
        const auto link = gui::presentationLinkFor(crypto::randomBytes(60 * 1024));
        QVERIFY(!link.ok());
        QCOMPARE(link.code(), ErrorCode::LimitExceeded);
        QVERIFY(link.message().contains("save it as a file"));
    }
};

QTEST_GUILESS_MAIN(TestConsentOptions)
#include "tst_consent_options.moc"
