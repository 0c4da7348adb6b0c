// A verifier's OpenID4VP request answered in the real QML app, against
// vitae-test-verifier on 127.0.0.1: the link is opened, the consent page
// lists what is asked, the learner leaves out an optional claim and sends,
// and the verifier reports a valid presentation without it. Declining sends
// nothing; a request the vault cannot answer says which part is missing.
// Then a presentation copied as a vitae://present link is opened on the
// Verify page, with the right challenge and a wrong one.
#include "GuiDriver.h"
#include "ServerProcess.h"
#include "TestIssuer.h"
#include "did/DidKey.h"
#include "jose/PublicKey.h"
#include "json/JsonParser.h"
#include "net/HttpResolver.h"

#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;
using Page = gui::AppController::Page;

namespace {
const QString kPassphrase = QStringLiteral("harbour violet sketch pylon");
const QString kVerifierName = QStringLiteral("Riverside Logistics hiring");
} // namespace

class TestConsent : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;
    test::ServerProcess m_verifier{QStringLiteral(VITAE_TEST_VERIFIER)};

    void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    void import(const QString &path, int expectedCount)
    {
        m_app->importFiles({QUrl::fromLocalFile(path)});
        QTRY_COMPARE_WITH_TIMEOUT(m_app->importableCount(), 1, 10000);
        m_app->confirmImport();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->credentialCount(), expectedCount, 10000);
        QTest::qWait(400); // the import popup closes with an animation
    }

    QString requestLink(const QString &name) const
    {
        return "openid4vp://?request_uri=" + QString::fromLatin1(QUrl::toPercentEncoding(m_verifier.base() + "/request/" + name));
    }

    // Opens the link as the system would and accepts it in the banner.
    void openRequest(const QString &name)
    {
        m_app->openExternal(requestLink(name));
        QVERIFY(m_gui.click(QStringLiteral("Review what the verifier asks for")));
        QTRY_COMPARE(m_app->page(), Page::Consent);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->request()->stage() == QStringLiteral("ready"), 20000);
        QTest::qWait(300); // the page slides in
    }

    // What vitae-test-verifier concluded for `state`: 404 (nothing posted)
    // gives an empty object.
    QJsonObject verifierResult(const QString &state)
    {
        net::HttpLimits limits;
        limits.allowLoopbackHttp = true;
        net::HttpResolver http(limits);
        QUrl url(m_verifier.base() + "/result");
        url.setQuery(QUrlQuery{{"state", state}});
        const auto response = http.send(net::HttpRequest::get(url, {QStringLiteral("application/json")}));
        if (!response || response->status == 404)
            return {};
        return json::parseJsonObject(response->body).value();
    }

private slots:
    void initTestCase()
    {
        qputenv("VITAE_ALLOW_LOOPBACK_HTTP", "1"); // the verifier runs on http://127.0.0.1
        QVERIFY(m_verifier.start());
        m_app = std::make_unique<gui::AppController>(m_dir.path() + "/vault");
        QVERIFY(m_gui.start(m_app.get()));
        m_app->createVault(kPassphrase, kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);

        const QString holder = m_app->holderDid();
        const auto holderKey = did::parseDidKey(holder);
        QVERIFY(holderKey.ok());
        const QJsonObject jwk = jose::publicKeyToJwk(jose::ed25519PublicKey(holderKey->publicKey).value());
        const test::TestIssuer issuer;
        QJsonObject badge = issuer.badge(QStringLiteral("Forklift Safety"));
        QJsonObject subject = badge.value("credentialSubject").toObject();
        subject.insert("id", holder);
        badge.insert("credentialSubject", subject);
        write(m_dir.path() + "/badge.json", QJsonDocument(issuer.signJcs(badge)).toJson());
        write(m_dir.path() + "/course.txt", issuer.sdJwtVc(jwk));
        import(m_dir.path() + "/badge.json", 1);
        QTest::qWait(50);
        import(m_dir.path() + "/course.txt", 2);
    }

    void testSendWithoutAnOptionalClaim()
    {
        gui::RequestViewModel *request = m_app->request();
        openRequest(QStringLiteral("choice"));
        QCOMPARE(request->verifier().value("name").toString(), kVerifierName);
        QVERIFY(request->verifier().value("identityChecked").toBool());
        QVERIFY(request->problem().isEmpty());
        QVERIFY(m_gui.item(QStringLiteral("%1 asks for a presentation").arg(kVerifierName)));
        // given_name is in every claim set, family_name in one: only the
        // latter can be left out.
        QVERIFY(m_gui.item(QStringLiteral("given name (required)")));
        QQuickItem *family = m_gui.item(QStringLiteral("Disclose family name"));
        QVERIFY(family);
        QVERIFY(family->property("checked").toBool());
        QVERIFY(family->isEnabled());
        QVERIFY(!m_gui.item(QStringLiteral("given name (required)"))->isEnabled());
        QVERIFY(!m_gui.find(m_gui.window()->contentItem(), QStringLiteral("Disclose birthdate")));
        QVERIFY(m_gui.screenshot(QStringLiteral("44-consent")));

        QVERIFY(m_gui.click(QStringLiteral("Disclose family name")));
        QTRY_VERIFY(!m_gui.item(QStringLiteral("Disclose family name"))->property("checked").toBool());
        const QVariantList claims = request->requested().first().toMap().value("claims").toList();
        QCOMPARE(claims.size(), 2);
        for (const QVariant &claim : claims)
            QCOMPARE(claim.toMap().value("selected").toBool(), claim.toMap().value("key").toString() == "given");

        const QString state = request->verifier().value("state").toString();
        QVERIFY(!state.isEmpty());
        QVERIFY(m_gui.click(QStringLiteral("Send to %1").arg(kVerifierName)));
        QTRY_VERIFY_WITH_TIMEOUT(request->stage() == "sent" || request->stage() == "refused" || request->stage() == "failed", 20000);
        QVERIFY2(request->stage() == "sent", qPrintable(request->error() + request->outcome()));
        QVERIFY(request->outcome().contains(QStringLiteral("accepted")));
        QVERIFY(request->redirect().contains(QStringLiteral("/done?state=") + state));
        QVERIFY(m_gui.item(QStringLiteral("Address given by the verifier")));
        QVERIFY(m_gui.screenshot(QStringLiteral("45-consent-sent")));

        // The verifier's own account: a valid presentation, given_name only.
        const QJsonObject course = verifierResult(state).value("course").toObject();
        QVERIFY2(!course.isEmpty(), "the verifier received nothing");
        QVERIFY(course.value("verdict").toString() != QStringLiteral("failed"));
        const QJsonObject disclosed = course.value("credentials").toArray().first().toObject().value("disclosed").toObject();
        QCOMPARE(disclosed.value("given_name").toString(), QStringLiteral("Ana"));
        QVERIFY(!disclosed.contains("family_name"));
        QVERIFY(!disclosed.contains("birthdate"));

        // In the share log, with exactly what went.
        QVERIFY(m_gui.click(QStringLiteral("Done with the request")));
        QTRY_COMPARE(m_app->page(), Page::Credentials);
        m_app->share()->load();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->share()->shareLog().size(), 1, 10000);
        const QVariantMap logged = m_app->share()->shareLog().first().toMap();
        QCOMPARE(logged.value("channel").toString(), QStringLiteral("a verifier's request"));
        const QString what = logged.value("disclosed").toStringList().join(' ');
        QVERIFY2(what.contains(QStringLiteral("given")) && !what.contains(QStringLiteral("family")), qPrintable(what));
    }

    void testDeclineSendsNothing()
    {
        gui::RequestViewModel *request = m_app->request();
        openRequest(QStringLiteral("course"));
        const QString state = request->verifier().value("state").toString();
        QVERIFY(!state.isEmpty());
        QVERIFY(m_gui.item(QStringLiteral("given name (required)")));
        QVERIFY(m_gui.click(QStringLiteral("Decline the request")));
        QTRY_COMPARE(m_app->page(), Page::Credentials);
        QVERIFY(m_app->notice().contains(QStringLiteral("Nothing was sent")));
        QTest::qWait(300);
        QVERIFY(verifierResult(state).isEmpty()); // it never received an answer
        m_app->share()->load();
        QTRY_VERIFY(!m_app->share()->busy());
        QCOMPARE(m_app->share()->shareLog().size(), 1); // only the first one
    }

    void testRequestTheVaultCannotAnswer()
    {
        gui::RequestViewModel *request = m_app->request();
        openRequest(QStringLiteral("unheld"));
        QVERIFY2(request->problem().contains(QStringLiteral("You hold no credential")), qPrintable(request->problem()));
        QVERIFY(request->problem().contains(QStringLiteral("driving_licence")));
        QVERIFY(!request->canSend());
        QVERIFY(m_gui.item(QStringLiteral("You hold no credential that answers this part of the request.")));
        QVERIFY(!m_gui.item(QStringLiteral("Send to %1").arg(kVerifierName))->isEnabled());
        QVERIFY(m_gui.screenshot(QStringLiteral("46-consent-missing")));
        QVERIFY(m_gui.click(QStringLiteral("Decline the request")));
        QTRY_COMPARE(m_app->page(), Page::Credentials);
    }

    void testRequestByValueRefusedByVerifier()
    {
        // An unsigned request in the link itself (client_id redirect_uri:),
        // with a state the verifier never issued: it receives the answer
        // and refuses it, and the page says so rather than "sent".
        const QString response = m_verifier.base() + "/response";
        const QJsonObject dcql{{"credentials", QJsonArray{QJsonObject{
                {"id", "course"}, {"format", "dc+sd-jwt"},
                {"meta", QJsonObject{{"vct_values", QJsonArray{"https://college.example/credentials/course"}}}},
                {"claims", QJsonArray{QJsonObject{{"path", QJsonArray{"given_name"}}}}}}}}};
        QUrlQuery query;
        for (const auto &[key, value] : QList<QPair<QString, QString>>{
                     {"client_id", "redirect_uri:" + response}, {"response_type", "vp_token"},
                     {"response_mode", "direct_post"}, {"response_uri", response}, {"nonce", "by-value-nonce"},
                     {"state", "never-issued"},
                     {"dcql_query", QString::fromUtf8(QJsonDocument(dcql).toJson(QJsonDocument::Compact))}})
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        m_app->openExternal("openid4vp://?" + query.toString(QUrl::FullyEncoded));
        gui::RequestViewModel *request = m_app->request();
        QVERIFY(m_gui.click(QStringLiteral("Review what the verifier asks for")));
        QTRY_VERIFY_WITH_TIMEOUT(request->stage() == QStringLiteral("ready"), 20000);
        QVERIFY(!request->verifier().value("identityChecked").toBool());
        QVERIFY(request->verifier().value("identity").toString().contains(QStringLiteral("not signed")));
        QCOMPARE(request->verifier().value("host").toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_gui.item(QStringLiteral("given name (required)")));
        const QString sendName = QStringLiteral("Send to %1").arg(request->verifier().value("name").toString());
        QVERIFY(m_gui.click(sendName));
        QTRY_VERIFY_WITH_TIMEOUT(request->stage() == "refused" || request->stage() == "sent" || request->stage() == "failed", 20000);
        QCOMPARE(request->stage(), QStringLiteral("refused"));
        QVERIFY2(request->outcome().contains(QStringLiteral("did not accept")) && request->outcome().contains(QStringLiteral("400")),
                 qPrintable(request->outcome()));
        QVERIFY(request->redirect().isEmpty());
        QVERIFY(m_gui.click(QStringLiteral("Done with the request")));
        QTRY_COMPARE(m_app->page(), Page::Credentials);
        // The verifier saw it, so the share log says so.
        m_app->share()->load();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->share()->shareLog().size(), 2, 10000);
    }

    void testForgedRequestIsRefused()
    {
        m_app->openExternal(requestLink(QStringLiteral("forged")));
        QVERIFY(m_gui.click(QStringLiteral("Review what the verifier asks for")));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->request()->stage() == QStringLiteral("failed"), 20000);
        QVERIFY2(m_app->request()->error().contains(QStringLiteral("signature")), qPrintable(m_app->request()->error()));
        QVERIFY(!m_gui.find(m_gui.window()->contentItem(), QStringLiteral("Send to %1").arg(kVerifierName)));
        QVERIFY(m_gui.click(QStringLiteral("Done with the request")));
        QTRY_COMPARE(m_app->page(), Page::Credentials);
    }

    void testPresentationAsLink()
    {
        gui::ShareViewModel *share = m_app->share();
        QVERIFY(m_gui.click(QStringLiteral("Share")));
        QTRY_COMPARE(m_app->page(), Page::Share);
        QTRY_COMPARE_WITH_TIMEOUT(share->candidates().size(), 2, 10000);
        QTest::qWait(400);
        QVERIFY(m_gui.click(QStringLiteral("Share Data Literacy Foundations")));
        QVERIFY(m_gui.click(QStringLiteral("Disclose given name")));
        QVERIFY(m_gui.type(QStringLiteral("Verifier's challenge"), QStringLiteral("mail-7")));
        QVERIFY(m_gui.click(QStringLiteral("Build presentation")));
        QTRY_VERIFY_WITH_TIMEOUT(share->hasPresentation(), 20000);
        const QString presentation = share->presentationText();

        QGuiApplication::clipboard()->clear();
        QVERIFY(m_gui.click(QStringLiteral("Copy link")));
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("vitae://present?p=VITAE1")), 10000);
        const QString link = QGuiApplication::clipboard()->text();
        QVERIFY(!link.contains(QLatin1Char(' '))); // one piece in any mail client
        QTRY_VERIFY_WITH_TIMEOUT(!share->shareLog().isEmpty()
                                         && share->shareLog().first().toMap().value("channel").toString() == QStringLiteral("link"),
                                 10000);
        QVERIFY(m_gui.click(QStringLiteral("Close the QR code")));
        QTRY_VERIFY(!share->hasPresentation());
        QTest::qWait(300);

        // The interviewer clicks the link: the Verify page opens with it.
        m_app->openExternal(link);
        QTRY_COMPARE(m_app->page(), Page::Verify);
        QQuickItem *area = m_gui.item(QStringLiteral("Presentation text"));
        QVERIFY(area);
        QTRY_COMPARE_WITH_TIMEOUT(area->property("text").toString(), presentation, 10000);
        QVERIFY(m_app->verifier()->notice().contains(QStringLiteral("challenge")));
        // Without the challenge it was made for, it cannot pass.
        QVERIFY(m_gui.type(QStringLiteral("Your challenge"), QStringLiteral("another-1")));
        QVERIFY(m_gui.click(QStringLiteral("Verify presentation")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->verifier()->result().isEmpty(), 20000);
        QCOMPARE(m_app->verifier()->result().value("verdict").toString(), QStringLiteral("failed"));
        QVERIFY(m_gui.type(QStringLiteral("Your challenge"), QStringLiteral("mail-7")));
        QVERIFY(m_gui.click(QStringLiteral("Verify presentation")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->verifier()->result().isEmpty(), 20000);
        QVERIFY(m_app->verifier()->result().value("verdict").toString() != QStringLiteral("failed"));
        const QStringList claims = m_app->verifier()->result().value("credentials").toList().first().toMap().value("claims").toStringList();
        QVERIFY2(claims.join(' ').contains(QStringLiteral("Ana")), qPrintable(claims.join(' ')));
    }

    void cleanupTestCase()
    {
        m_gui.stop();
        m_app.reset();
    }
};

QTEST_MAIN(TestConsent)
#include "tst_consent.moc"
