// Interview mode keeps the screen on (ScreenAwake) through the freedesktop
// ScreenSaver interface, tested on a real D-Bus session bus that this test
// starts (dbus-daemon --session), with a stand-in screensaver registered
// under org.freedesktop.ScreenSaver on its own connection, so every call
// really crosses the bus.
#include "gui/ScreenAwake.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using vitae::gui::ScreenAwake;

namespace {

// What a desktop's screensaver does with these calls, and a record of them.
class FakeScreenSaver : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QStringList calls;
    QSet<uint> held;
    bool refuse = false;

public slots:
    uint Inhibit(const QString &application, const QString &reason)
    {
        calls.append(QStringLiteral("Inhibit %1: %2").arg(application, reason));
        if (refuse)
            return 0;
        const uint cookie = m_next++;
        held.insert(cookie);
        return cookie;
    }
    void UnInhibit(uint cookie)
    {
        calls.append(QStringLiteral("UnInhibit %1").arg(cookie));
        held.remove(cookie);
    }

private:
    uint m_next = 41;
};

} // namespace

class TestScreenAwake : public QObject {
    Q_OBJECT
private:
    QProcess m_bus;
    FakeScreenSaver m_saver;

private slots:
    void initTestCase()
    {
        // A session bus of our own, before anything touches sessionBus().
        m_bus.start(QStringLiteral("dbus-daemon"), {"--session", "--nofork", "--print-address"});
        QVERIFY2(m_bus.waitForStarted(5000), "dbus-daemon is missing (Debian package dbus-daemon)");
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 5000);
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QDBusConnection service = QDBusConnection::connectToBus(QString::fromLatin1(address), QStringLiteral("screensaver"));
        QVERIFY(service.isConnected());
        QVERIFY(service.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &m_saver, QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(QDBusConnection::sessionBus().baseService() != service.baseService());
    }

    void testInhibitWhileActive()
    {
        ScreenAwake awake;
        QSignalSpy changed(&awake, &ScreenAwake::inhibitedChanged);
        awake.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(awake.inhibited(), 5000);
        QVERIFY(awake.problem().isEmpty());
        QCOMPARE(m_saver.held.size(), 1);
        QVERIFY(m_saver.calls.last().startsWith("Inhibit Vitae: "));

        awake.setActive(false);
        QVERIFY(!awake.inhibited());
        QTRY_VERIFY_WITH_TIMEOUT(m_saver.held.isEmpty(), 5000);
        QVERIFY(m_saver.calls.last().startsWith("UnInhibit "));
    }

    void testReleasedWhenDestroyed()
    {
        {
            ScreenAwake awake;
            awake.setActive(true);
            QTRY_VERIFY_WITH_TIMEOUT(awake.inhibited(), 5000);
            QCOMPARE(m_saver.held.size(), 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_saver.held.isEmpty(), 5000);
    }

    void testClosedBeforeTheAnswerCame()
    {
        // Switched off while Inhibit is on its way: the cookie that comes
        // back is released at once.
        const qsizetype before = m_saver.calls.size();
        ScreenAwake awake;
        awake.setActive(true);
        awake.setActive(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_saver.calls.size(), before + 2, 5000);
        QVERIFY(m_saver.calls.last().startsWith("UnInhibit "));
        QVERIFY(m_saver.held.isEmpty());
        QVERIFY(!awake.inhibited());
    }

    void testRefusalIsSaid()
    {
        m_saver.refuse = true;
        ScreenAwake awake;
        awake.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(!awake.problem().isEmpty(), 5000);
        QVERIFY(!awake.inhibited());
        m_saver.refuse = false;
    }

    void testNoScreenSaverOnTheBus()
    {
        QDBusConnection service(QStringLiteral("screensaver"));
        QVERIFY(service.unregisterService(QStringLiteral("org.freedesktop.ScreenSaver")));
        ScreenAwake awake;
        awake.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(!awake.problem().isEmpty(), 10000);
        QVERIFY(!awake.inhibited());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("screensaver"));
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestScreenAwake)
#include "tst_consent_screen_awake.moc"
