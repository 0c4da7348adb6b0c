// Two real `vitae` processes (offscreen): the first listens; later launches
// with a link, a bad link or a file hand them over and exit at once, and the
// first reports what it received (vitae.external log lines on stderr). The
// vault is checked afterwards: nothing was imported.
#include "crypto/Kdf.h"
#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vitae;

namespace {
const QByteArray kPassphrase = "maple river quiet lantern";
} // namespace

class TestTwoInstances : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_vault;
    std::unique_ptr<QProcess> m_first;
    QByteArray m_firstLog;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;vitae.external.info=true"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path() + QStringLiteral("/run"));
        return env;
    }

    std::unique_ptr<QProcess> start(const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->setWorkingDirectory(m_dir.path());
        process->start(QStringLiteral(VITAE_APP_PATH), QStringList{QStringLiteral("--vault"), m_vault} + arguments);
        return process;
    }

    // Waits until the first instance has logged `needle` (after what it had
    // logged before).
    bool firstLogs(const QByteArray &needle, int timeoutMs = 10000)
    {
        const qsizetype from = m_firstLog.size();
        return QTest::qWaitFor(
                [&] {
                    m_firstLog += m_first->readAllStandardError();
                    return m_firstLog.indexOf(needle, from) >= 0;
                },
                timeoutMs);
    }

    // A later launch: must hand over and exit 0 quickly.
    void launchSecond(const QString &argument)
    {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QProcess> second = start(argument.isNull() ? QStringList() : QStringList{argument});
        QVERIFY(second->waitForFinished(10000));
        const QByteArray log = second->readAllStandardError();
        QVERIFY2(second->exitStatus() == QProcess::NormalExit && second->exitCode() == 0, log.constData());
        QVERIFY2(log.contains("handed"), log.constData());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    }

    void startFirst()
    {
        m_firstLog.clear();
        m_first = start({});
        QVERIFY(m_first->waitForStarted());
        QVERIFY2(firstLogs("listening on"), m_firstLog.constData());
    }

private slots:
    void initTestCase()
    {
        crypto::enableTestingKdf();
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("run")));
        QVERIFY(QFile::setPermissions(m_dir.path() + QStringLiteral("/run"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_vault = m_dir.path() + QStringLiteral("/vault");
        vault::Vault vault(m_vault);
        QVERIFY(vault.create(kPassphrase, crypto::KdfParams::testing()));
        startFirst();
    }

    void testLinkGoesToTheRunningApp()
    {
        launchSecond(QStringLiteral("openid-credential-offer://?credential_offer_uri="
                                    "https%3A%2F%2F127.0.0.1%3A8443%2Foffers%2F1"));
        QVERIFY2(firstLogs("pending link: kind credentialOffer host 127.0.0.1"), m_firstLog.constData());
    }

    void testBadLinksAreRefused_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<int>("code");
        QTest::newRow("malformed") << QStringLiteral("openid-credential-offer://?credential_offer_uri=%zz")
                                   << int(ErrorCode::InvalidInput);
        QTest::newRow("huge") << QStringLiteral("openid-credential-offer://?credential_offer=") +
                                         QString(70 * 1024, QLatin1Char('a'))
                              << int(ErrorCode::LimitExceeded);
        QTest::newRow("unknown scheme") << QStringLiteral("ftp://127.0.0.1/badge.json") << int(ErrorCode::Unsupported);
    }

    void testBadLinksAreRefused()
    {
        QFETCH(QString, link);
        QFETCH(int, code);
        launchSecond(link);
        QVERIFY2(firstLogs("refused a link: error code " + QByteArray::number(code)), m_firstLog.constData());
    }

    void testFileGoesToTheRunningApp()
    {
        QFile file(m_dir.path() + QStringLiteral("/badge.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
        file.close();
        launchSecond(QStringLiteral("badge.json")); // relative to the second's folder
        QVERIFY2(firstLogs("received a file"), m_firstLog.constData());
    }

    void testPlainLaunchJustRaises()
    {
        launchSecond(QString());
        QVERIFY(m_first->state() == QProcess::Running);
    }

    // A killed first instance leaves its socket file behind; the next one
    // takes it over.
    void testStaleSocketIsReplaced()
    {
        m_first->kill();
        QVERIFY(m_first->waitForFinished());
        startFirst();
        launchSecond(QStringLiteral("dccrequest://request?vc_request_url=https%3A%2F%2F127.0.0.1%2Fexchange"));
        QVERIFY2(firstLogs("pending link: kind credentialRequest host 127.0.0.1"), m_firstLog.constData());
    }

    void testNothingWasImported()
    {
        m_first->terminate();
        QVERIFY(m_first->waitForFinished());
        vault::Vault vault(m_vault);
        QVERIFY(vault.unlock(kPassphrase));
        const auto credentials = vault.credentials().list();
        QVERIFY(credentials);
        QCOMPARE(credentials->size(), 0);
    }

    void cleanupTestCase()
    {
        if (m_first && m_first->state() != QProcess::NotRunning) {
            m_first->kill();
            m_first->waitForFinished();
        }
    }
};

QTEST_MAIN(TestTwoInstances)
#include "tst_two_instances.moc"
