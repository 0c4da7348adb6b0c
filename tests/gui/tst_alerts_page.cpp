// Alerts in the real QML app (offscreen) over a real vault on disk: at
// unlock the app re-checks every credential online, here against a status
// list served on 127.0.0.1 that revokes one of them; another expires in ten
// days; no backup was ever made. Each becomes an alert on the Alerts page
// that says what to do and opens its credential (or Settings' backup), and
// the alerts outlast a lock.
#include "GuiDriver.h"
#include "MiniHttp.h"
#include "TestIssuer.h"
#include "credential/CredentialReader.h"
#include "vault/Vault.h"
#include "verify/VaultVerification.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;
using Page = gui::AppController::Page;

namespace {
const QString kPassphrase = QStringLiteral("a long passphrase for the alerts test");
const int kRevokedIndex = 5;
} // namespace

class TestAlertsPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::TestIssuer m_issuer;
    QString m_listUrl;
    test::MiniHttp m_http{[this](const test::IncomingRequest &request, QTcpSocket *socket) {
        if (request.path == "/status/1") {
            const QByteArray list = QJsonDocument(m_issuer.statusListCredential(m_listUrl, {kRevokedIndex})).toJson();
            // A slow issuer, when the test asks for one.
            QTimer::singleShot(m_slowMs, socket, [socket, list] {
                test::MiniHttp::reply(socket, 200, "application/vc+ld+json", list);
            });
            return;
        }
        test::MiniHttp::reply(socket, 404, "text/plain", "not here");
    }};
    std::unique_ptr<gui::AppController> m_app;
    test::GuiDriver m_gui;
    int m_slowMs = 0; // how long the status list server waits before answering
    qint64 m_revokedId = 0;
    qint64 m_expiringId = 0;

    QString vaultFolder() const { return m_dir.path() + "/vault"; }

    static Result<qint64> store(vault::Vault &vault, const QJsonObject &document)
    {
        Result<credential::Credential> parsed = credential::readCredential(QJsonDocument(document).toJson());
        if (!parsed)
            return parsed.error();
        // Checked offline when it was added: the status was not known then.
        verify::VerifyContext offline;
        const verify::VerificationResult result = verify::verifyCredential(*parsed, offline);
        return vault.credentials().add(verify::makeRecord(*parsed, &result, QStringLiteral("file:test")));
    }

    QVariantMap alertOf(const QString &kind) const
    {
        for (const QVariant &alert : m_app->alerts()->alerts())
            if (alert.toMap().value("kind").toString() == kind)
                return alert.toMap();
        return {};
    }

private slots:
    void initTestCase()
    {
        qputenv("VITAE_ALLOW_LOOPBACK_HTTP", "1"); // the developer option for plain http to 127.0.0.1
        const quint16 port = m_http.listen();
        QVERIFY(port != 0);
        m_listUrl = QStringLiteral("http://127.0.0.1:%1/status/1").arg(port);

        // The vault as a learner left it: two credentials, never backed up.
        {
            vault::Vault vault(vaultFolder());
            QVERIFY(vault.create(kPassphrase.toUtf8()).ok());
            QJsonObject revoked = m_issuer.badge(QStringLiteral("Forklift Safety"));
            revoked.insert("id", "urn:uuid:7d0c5a3e-1111-4a7e-9c1d-000000000010");
            revoked.insert("credentialStatus", QJsonObject{{"id", m_listUrl + "#5"},
                                                           {"type", "BitstringStatusListEntry"},
                                                           {"statusPurpose", "revocation"},
                                                           {"statusListIndex", QString::number(kRevokedIndex)},
                                                           {"statusListCredential", m_listUrl}});
            QJsonObject expiring = m_issuer.badge(QStringLiteral("First Aid at Work"));
            expiring.insert("id", "urn:uuid:7d0c5a3e-1111-4a7e-9c1d-000000000011");
            expiring.insert("validUntil", QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate));
            Result<qint64> a = store(vault, m_issuer.signJcs(revoked));
            QVERIFY2(a.ok(), qPrintable(a.message()));
            Result<qint64> b = store(vault, m_issuer.signJcs(expiring));
            QVERIFY2(b.ok(), qPrintable(b.message()));
            m_revokedId = *a;
            m_expiringId = *b;
            vault.lock();
        }

        m_app = std::make_unique<gui::AppController>(vaultFolder());
        QVERIFY(m_gui.start(m_app.get()));
        QCOMPARE(m_app->page(), Page::Unlock);
    }

    void testUnlockRechecksAndAlerts()
    {
        QCOMPARE(m_app->alerts()->count(), 0);
        m_app->unlock(kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->alerts()->lastChecked().isEmpty(), 30000);
        QVERIFY2(m_app->alerts()->error().isEmpty(), qPrintable(m_app->alerts()->error()));

        const QVariantMap revoked = alertOf("revoked");
        QCOMPARE(revoked.value("credentialId").toLongLong(), m_revokedId);
        QVERIFY2(revoked.value("title").toString().contains(QStringLiteral("“Forklift Safety” was revoked")),
                 qPrintable(revoked.value("title").toString()));
        QVERIFY(!revoked.value("since").toString().isEmpty());
        QVERIFY(!revoked.value("advice").toString().isEmpty());
        const QVariantMap expiring = alertOf("expires-soon");
        QCOMPARE(expiring.value("credentialId").toLongLong(), m_expiringId);
        QVERIFY2(expiring.value("title").toString().contains(QStringLiteral("in 10 days")),
                 qPrintable(expiring.value("title").toString()));
        QVERIFY(alertOf("backup-due").value("title").toString().contains(QStringLiteral("never made a backup")));
        QCOMPARE(m_app->alerts()->count(), 3);

        // The stored status changed too: the list shows it.
        QTRY_VERIFY(m_gui.item(QStringLiteral("See alerts")));
        QVERIFY(m_gui.click(QStringLiteral("See alerts")));
        QTRY_COMPARE(m_app->page(), Page::Alerts);
        QVERIFY(m_gui.item(revoked.value("title").toString()));
        QVERIFY(m_gui.item(expiring.value("title").toString()));
        QVERIFY(m_gui.screenshot(QStringLiteral("33-alerts")));
        m_gui.resize(360, 640);
        QVERIFY(m_gui.screenshot(QStringLiteral("34-alerts-phone")));
        m_gui.resize(960, 680);
    }

    void testAlertOpensItsCredential()
    {
        const QString title = alertOf("revoked").value("title").toString();
        QVERIFY(m_gui.click(QStringLiteral("Open the credential: %1").arg(title)));
        QTRY_COMPARE(m_app->page(), Page::CredentialDetail);
        QCOMPARE(m_app->detail().value("id").toLongLong(), m_revokedId);
        QCOMPARE(m_app->detail().value("status").toString(), QStringLiteral("revoked"));
        m_app->closeCredential();
        QTRY_COMPARE(m_app->page(), Page::Alerts);
    }

    void testBackupReminderLeadsToSettings()
    {
        QVERIFY(m_gui.click(QStringLiteral("Make a backup")));
        QTRY_COMPARE(m_app->page(), Page::Settings);
        QVERIFY(m_gui.item(QStringLiteral("Backup file")));
        QTRY_VERIFY(m_app->settings()->jumpTo().isEmpty()); // the page took it
    }

    void testRecheckLeavesTheVaultFree()
    {
        // The network part runs off the vault thread: while a slow issuer
        // keeps the re-check waiting, the vault still answers at once.
        m_slowMs = 5000;
        m_app->showPage(Page::Alerts);
        QTRY_COMPARE(m_app->page(), Page::Alerts);
        QVERIFY(m_gui.click(QStringLiteral("Check my credentials now")));
        QVERIFY(m_app->alerts()->checking());
        QElapsedTimer timer;
        timer.start();
        m_app->openCredential(m_expiringId);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::CredentialDetail, 3000);
        QVERIFY(m_app->alerts()->checking()); // the server has not answered yet
        // Locking does not wait for the server either, and ends the re-check.
        m_app->lock();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Unlock, 3000);
        QVERIFY2(timer.elapsed() < 4500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!m_app->alerts()->checking());
        m_slowMs = 0;
    }

    void testAlertsOutlastALock()
    {
        // The revocation is raised once by the re-check; the app keeps it.
        m_app->lock();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Unlock, 10000);
        QCOMPARE(m_app->alerts()->count(), 0);
        m_app->unlock(kPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->page(), Page::Credentials, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->alerts()->checking() && m_app->alerts()->count() > 0, 30000);
        QCOMPARE(alertOf("revoked").value("credentialId").toLongLong(), m_revokedId);
        QCOMPARE(alertOf("expires-soon").value("credentialId").toLongLong(), m_expiringId);
    }

    void cleanupTestCase()
    {
        m_gui.stop();
        m_app.reset();
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alerts_page.moc"
