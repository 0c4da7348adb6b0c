// What the system hands to the app: the single-instance message format, and
// AppController::openExternal() turning links and files into a pending link,
// waiting files or an error, without fetching or importing anything.
#include "gui/AppController.h"
#include "gui/PresentationLink.h"
#include "gui/SingleInstance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;
using gui::SingleInstance;

class TestExternalInput : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<gui::AppController> newController()
    {
        return std::make_unique<gui::AppController>(m_dir.path() + QStringLiteral("/vault"));
    }

private slots:
    void testMessageRoundTrip()
    {
        const QStringList arguments{QStringLiteral("openid4vp://?client_id=x"), QString(),
                                    QStringLiteral("file:///tmp/b%C3%A4dge.json"), QStringLiteral("ü€𝄞")};
        QCOMPARE(SingleInstance::decode(SingleInstance::encode(arguments)), arguments);
        QCOMPARE(SingleInstance::decode({}), QStringList());
    }

    void testMessageLimits()
    {
        QByteArray truncated = SingleInstance::encode({QStringLiteral("abcdef")});
        truncated.chop(1);
        QVERIFY(!SingleInstance::decode(truncated));
        QVERIFY(!SingleInstance::decode(QByteArray("\x00\x00", 2)));
        QVERIFY(!SingleInstance::decode(QByteArray("\xff\xff\xff\xff" "a", 5)));
        QStringList many;
        for (int i = 0; i <= SingleInstance::kMaxArguments; ++i)
            many.append(QStringLiteral("x"));
        QVERIFY(!SingleInstance::decode(SingleInstance::encode(many)));
        many.removeLast();
        QVERIFY(SingleInstance::decode(SingleInstance::encode(many)));
        QVERIFY(!SingleInstance::decode(QByteArray(SingleInstance::kMaxMessageBytes + 1, '\0')));
    }

    void testServerNamePerVault()
    {
        const QString a = SingleInstance::serverNameFor(QStringLiteral("/tmp/vault-a"));
        QCOMPARE(SingleInstance::serverNameFor(QStringLiteral("/tmp/./vault-a/")), a);
        QVERIFY(SingleInstance::serverNameFor(QStringLiteral("/tmp/vault-b")) != a);
        QVERIFY(a.contains(QStringLiteral("vitae-")));
    }

    void testValidLinkBecomesPending_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("host");
        QTest::newRow("offer by reference")
                << "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example%2Foffer%2F7"
                << "credentialOffer" << "issuer.example";
        QTest::newRow("offer by value")
                << "openid-credential-offer://?credential_offer=%7B%22credential_issuer%22%3A%22https%3A%2F%2Fschool.example%22%7D"
                << "credentialOffer" << "school.example";
        QTest::newRow("dcc request")
                << "dccrequest://request?issuer=x&vc_request_url=https%3A%2F%2Fdcc.example%2Fexchange&challenge=c"
                << "credentialRequest" << "dcc.example";
        QTest::newRow("vitae import") << "vitae://import?url=https%3A%2F%2Fbadges.example%2Fb%2F1"
                                      << "importLink" << "badges.example";
        QTest::newRow("presentation request")
                << "openid4vp://?client_id=x&request_uri=https%3A%2F%2Fverifier.example%2Freq" << "presentationRequest"
                << "verifier.example";
    }

    void testValidLinkBecomesPending()
    {
        QFETCH(QString, link);
        QFETCH(QString, kind);
        QFETCH(QString, host);
        auto app = newController();
        QSignalSpy changed(app.get(), &gui::AppController::pendingLinkChanged);
        app->openExternal(link);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(app->pendingLink().value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(app->pendingLink().value(QStringLiteral("host")).toString(), host);
        const QString message = app->pendingLink().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(host), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("ask you")), qPrintable(message));
        QVERIFY(app->error().isEmpty());
        QVERIFY(app->importPreviews().isEmpty());

        app->cancelPendingLink();
        QVERIFY(app->pendingLink().isEmpty());
        QCOMPARE(changed.size(), 2);
    }

    void testRefusedLinkShowsError_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << "openid-credential-offer://?credential_offer_uri=%zz" << "damaged";
        QTest::newRow("huge") << "openid-credential-offer://?credential_offer=" + QString(70 * 1024, QLatin1Char('a'))
                              << "too long";
        QTest::newRow("long and malformed")
                << "openid-credential-offer://?credential_offer_uri=%zz" + QString(60 * 1024, QLatin1Char('a'))
                << "damaged";
        QTest::newRow("unknown scheme") << "ftp://127.0.0.1/badge.json" << "does not know links";
        QTest::newRow("neither offer nor uri") << "openid-credential-offer://?x=1" << "neither";
    }

    void testRefusedLinkShowsError()
    {
        QFETCH(QString, link);
        QFETCH(QString, expected);
        auto app = newController();
        app->openExternal(QStringLiteral("vitae://import?url=https%3A%2F%2Fbadges.example%2Fb%2F1"));
        const QVariantMap before = app->pendingLink();
        app->openExternal(link);
        QVERIFY2(app->error().contains(expected), qPrintable(app->error()));
        QVERIFY(app->error().contains(QStringLiteral("nothing was added")));
        QVERIFY2(app->error().size() < 400, "the banner shows a sentence, not the link");
        QCOMPARE(app->pendingLink(), before); // the earlier link is kept
        QVERIFY(app->importPreviews().isEmpty());
    }

    void testFilesWaitWhileLocked()
    {
        auto app = newController();
        QCOMPARE(app->page(), gui::AppController::Page::CreateVault);
        QSignalSpy changed(app.get(), &gui::AppController::waitingFilesChanged);
        app->openExternal(QStringLiteral("/nowhere/badge.json"));
        app->openExternal(QUrl::fromLocalFile(QStringLiteral("/nowhere/other file.png")).toString(QUrl::FullyEncoded));
        app->openExternal(QStringLiteral("/nowhere/badge.json")); // once is enough
        QCOMPARE(app->waitingFiles(), (QStringList{QStringLiteral("badge.json"), QStringLiteral("other file.png")}));
        QCOMPARE(changed.size(), 2);
        QVERIFY(app->pendingLink().isEmpty());
        QVERIFY(app->error().isEmpty());
        app->cancelWaitingFiles();
        QVERIFY(app->waitingFiles().isEmpty());
    }

    // A presentation link opened while the vault is locked waits in the
    // banner; accepting it after unlocking opens it on the Verify page.
    void testPresentationLinkWaitsForUnlock()
    {
        using Page = gui::AppController::Page;
        QTemporaryDir dir;
        gui::AppController app(dir.path() + QStringLiteral("/vault"));
        app.createVault(QStringLiteral("maple river quiet lantern"), QStringLiteral("maple river quiet lantern"));
        QTRY_COMPARE_WITH_TIMEOUT(app.page(), Page::Credentials, 20000);
        app.lock();
        QTRY_COMPARE_WITH_TIMEOUT(app.page(), Page::Unlock, 10000);

        const Result<QString> link = gui::presentationLinkFor(R"({"type": "VerifiablePresentation"})");
        QVERIFY(link && link->startsWith(QLatin1String("vitae://present?p=")));
        app.openExternal(*link);
        QCOMPARE(app.pendingLink().value(QStringLiteral("kind")).toString(), QStringLiteral("presentation"));
        app.unlock(QStringLiteral("maple river quiet lantern"));
        QTRY_COMPARE_WITH_TIMEOUT(app.page(), Page::Credentials, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.busy(), 10000); // the list loads first; a busy app ignores the button
        app.acceptPendingLink();
        QCOMPARE(app.page(), Page::Verify);
        QVERIFY2(app.error().isEmpty(), qPrintable(app.error()));
        QVERIFY(app.pendingLink().isEmpty());
    }
};

QTEST_MAIN(TestExternalInput)
#include "tst_external_input.moc"
