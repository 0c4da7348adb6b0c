// Where the text of a scanned or pasted code goes (routeScannedText): links
// to the pending link banner, credentials to the import preview,
// presentations to the Verify page, anything else refused with a sentence.
#include "gui/ScanRouting.h"

#include <QTest>

using namespace vitae;
using gui::ScanDestination;
Q_DECLARE_METATYPE(vitae::gui::ScanDestination)

namespace {
QString b64(const QByteArray &json)
{
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
// Shapes only: routing never checks a signature.
const QString kHeader = b64(R"({"alg":"EdDSA"})");
const QString kJwtCredential = kHeader + "." + b64(R"({"iss":"did:example:1","vc":{"type":["VerifiableCredential"]}})") + ".c2ln";
const QString kJwtPresentation = kHeader + "." + b64(R"({"iss":"did:example:2","vp":{"type":["VerifiablePresentation"]}})") + ".c2ln";
const QString kSdJwt = kHeader + "." + b64(R"({"iss":"https://i.example","vct":"x"})") + ".c2ln~WyJzIiwiYSIsMV0~";
const QString kSdJwtKb = kSdJwt + kHeader + "." + b64(R"({"nonce":"n"})") + ".c2ln";
} // namespace

class TestScannerRouting : public QObject {
    Q_OBJECT

private slots:
    void testRoutes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("forVerifier");
        QTest::addColumn<ScanDestination>("destination");
        QTest::newRow("issuer link") << "https://issuer.example/claim/abc" << false << ScanDestination::Link;
        QTest::newRow("offer") << "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fi.example%2Fo1"
                               << false << ScanDestination::Link;
        QTest::newRow("offer on the Verify page") << "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fi.example%2Fo1"
                                                  << true << ScanDestination::Link;
        QTest::newRow("presentation request") << "openid4vp://?client_id=https%3A%2F%2Fv.example&request_uri=https%3A%2F%2Fv.example%2Fr"
                                              << false << ScanDestination::Link;
        QTest::newRow("JWT credential") << kJwtCredential << false << ScanDestination::Credential;
        QTest::newRow("JWT credential, padded") << "  " + kJwtCredential + "\n" << false << ScanDestination::Credential;
        QTest::newRow("JWT credential on the Verify page") << kJwtCredential << true << ScanDestination::Presentation;
        QTest::newRow("JWT presentation") << kJwtPresentation << false << ScanDestination::Presentation;
        QTest::newRow("SD-JWT credential") << kSdJwt << false << ScanDestination::Credential;
        QTest::newRow("SD-JWT+KB presentation") << kSdJwtKb << false << ScanDestination::Presentation;
        QTest::newRow("JSON credential") << R"({"type":["VerifiableCredential","OpenBadgeCredential"]})" << false
                                         << ScanDestination::Credential;
        QTest::newRow("JSON presentation") << R"({"type":"VerifiablePresentation","holder":"did:example:2"})" << false
                                           << ScanDestination::Presentation;
        QTest::newRow("VPQR code") << "VP1-BQVJAAAA" << false << ScanDestination::Credential;
        QTest::newRow("VPQR code on the Verify page") << "VP1-BQVJAAAA" << true << ScanDestination::Presentation;
        QTest::newRow("words") << "hello there" << false << ScanDestination::Unknown;
        QTest::newRow("broken JSON") << "{\"type\": [" << false << ScanDestination::Unknown;
        QTest::newRow("empty") << "   " << false << ScanDestination::Unknown;
        QTest::newRow("unknown scheme") << "ftp://files.example/badge.json" << false << ScanDestination::Unknown;
    }

    void testRoutes()
    {
        QFETCH(QString, text);
        QFETCH(bool, forVerifier);
        QFETCH(ScanDestination, destination);
        const gui::ScanRoute route = gui::routeScannedText(text, forVerifier);
        QCOMPARE(route.destination, destination);
        // A refusal always says why; a route never carries a problem.
        QCOMPARE(route.problem.isEmpty(), destination != ScanDestination::Unknown);
    }
};

QTEST_MAIN(TestScannerRouting)
#include "tst_scanner_routing.moc"
