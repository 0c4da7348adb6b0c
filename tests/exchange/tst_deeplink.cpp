// Recognising links: every kind Vitae takes, and clear refusals for the
// malformed, the half-encoded, the unknown and the huge.
#include "exchange/DeepLink.h"

#include <QTest>

using namespace vitae;
using namespace vitae::exchange;

Q_DECLARE_METATYPE(vitae::exchange::LinkKind)

class TestDeepLink : public QObject {
    Q_OBJECT
private slots:
    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<LinkKind>("kind");
        QTest::newRow("https") << "https://college.example/badges/1" << LinkKind::IssuerLink;
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/vc" << LinkKind::IssuerLink;
        QTest::newRow("offer by value")
                << "openid-credential-offer://?credential_offer=%7B%22credential_issuer%22%3A%22https%3A%2F%2Fi.example%22%7D"
                << LinkKind::CredentialOffer;
        QTest::newRow("offer by reference")
                << "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fi.example%2Foffer%2F1"
                << LinkKind::CredentialOffer;
        QTest::newRow("dcc request")
                << "dccrequest://request?issuer=did%3Aweb%3Ai.example&vc_request_url=https%3A%2F%2Fi.example%2Fx&challenge=abc"
                << LinkKind::DccRequest;
        QTest::newRow("dcc second scheme")
                << "org.dcconsortium://request?issuer=did%3Aweb%3Ai.example&vc_request_url=https%3A%2F%2Fi.example%2Fx"
                << LinkKind::DccRequest;
        QTest::newRow("dcc web link")
                << "https://lcw.app/request.html?issuer=did%3Aweb%3Ai.example&vc_request_url=https%3A%2F%2Fi.example%2Fx"
                << LinkKind::DccRequest;
        QTest::newRow("openid4vp") << "openid4vp://?request_uri=https%3A%2F%2Fv.example%2Fr%2F1" << LinkKind::PresentationRequest;
        QTest::newRow("vitae import") << "vitae://import?url=https%3A%2F%2Fcollege.example%2Fvc%2F1" << LinkKind::VitaeImport;
        QTest::newRow("vitae presentation") << "VITAE1:ABCDEF" << LinkKind::VitaePresentation;
        QTest::newRow("vpqr") << "VP1-B3ECQ" << LinkKind::Vpqr;
        QTest::newRow("jwt") << "  eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2ln\n" << LinkKind::Credential;
        QTest::newRow("sd-jwt") << "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2ln~WyJhIiwiYiIsImMiXQ~" << LinkKind::Credential;
    }

    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(LinkKind, kind);
        const auto link = parseLink(text);
        QVERIFY2(link.ok(), qPrintable(link.message()));
        QCOMPARE(link->kind, kind);
        QCOMPARE(link->text, text.trimmed());
    }

    void importLinkCarriesTheIssuerUrl()
    {
        const auto link = parseLink(u"vitae://import?url=https%3A%2F%2Fcollege.example%2Fvc%3Fid%3D7");
        QVERIFY(link.ok());
        QCOMPARE(link->issuerUrl, QUrl("https://college.example/vc?id=7"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "   " << "empty";
        QTest::newRow("prose") << "hello there" << "not a link";
        QTest::newRow("unknown scheme") << "ftp://files.example/vc.json" << "\"ftp:\"";
        QTest::newRow("javascript") << "javascript:alert(1)" << "\"javascript:\"";
        QTest::newRow("offer with neither") << "openid-credential-offer://?foo=1" << "neither";
        QTest::newRow("offer with both")
                << "openid-credential-offer://?credential_offer=%7B%7D&credential_offer_uri=https%3A%2F%2Fx" << "both";
        QTest::newRow("half-encoded") << "https://college.example/%zz" << "damaged";
        QTest::newRow("import without url") << "vitae://import" << "no url";
        QTest::newRow("import of a file") << "vitae://import?url=file%3A%2F%2F%2Fetc%2Fpasswd" << "web address";
        QTest::newRow("other vitae verb") << "vitae://wipe" << "vitae://import";
        QTest::newRow("https without host") << "https:///path" << "web address";
    }

    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto link = parseLink(text);
        QVERIFY(!link.ok());
        QVERIFY2(link.message().contains(message), qPrintable(link.message()));
    }

    void damagedLinkMessageStaysShort()
    {
        const auto link = parseLink(QStringLiteral("https://college.example/%zz") + QString(20000, 'a'));
        QVERIFY(!link.ok());
        QVERIFY2(link.message().size() < 200, qPrintable(link.message().left(300)));
    }

    void hugeLinkRefusedBeforeParsing()
    {
        const QString huge = "https://college.example/?q=" + QString(70 * 1024, 'a');
        const auto link = parseLink(huge);
        QCOMPARE(link.code(), ErrorCode::LimitExceeded);
        QVERIFY(link.message().contains("70 KB"));
    }
};

QTEST_GUILESS_MAIN(TestDeepLink)
#include "tst_deeplink.moc"
