// The Debian package end to end, on this machine: cpack builds it, dpkg
// installs it, the installed vitae-cli runs, xdg-mime names Vitae as the
// handler of its link schemes, xdg-open hands a link to the running installed
// app, and dpkg removes it again with every file gone.
//
// It changes the system while it runs (files under /usr), so it skips itself
// unless run as root with dpkg, refuses to touch a vitae package it did not
// install, and removes the package in every path: cleanupTestCase(), and a
// marker file that lets the next run remove a package left by a run that was
// killed midway.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {
const QString kPackage = QStringLiteral("vitae");
const QString kDesktopFile = QStringLiteral("io.github.vitae.Vitae.desktop");
const QString kMarker = QStringLiteral(VITAE_BUILD_DIR "/tests/tst_deb_package.installed");
const QStringList kSchemes{QStringLiteral("vitae"), QStringLiteral("openid-credential-offer"),
                           QStringLiteral("dccrequest"), QStringLiteral("openid4vp")};
const QStringList kInstalledFiles{
        QStringLiteral("/usr/bin/vitae"),
        QStringLiteral("/usr/bin/vitae-cli"),
        QStringLiteral("/usr/share/applications/io.github.vitae.Vitae.desktop"),
        QStringLiteral("/usr/share/metainfo/io.github.vitae.Vitae.metainfo.xml"),
        QStringLiteral("/usr/share/icons/hicolor/scalable/apps/io.github.vitae.Vitae.svg"),
        QStringLiteral("/usr/share/icons/hicolor/16x16/apps/io.github.vitae.Vitae.png"),
        QStringLiteral("/usr/share/icons/hicolor/512x512/apps/io.github.vitae.Vitae.png"),
};

struct Run {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    result.finished = process.waitForStarted() && process.waitForFinished(timeoutMs);
    if (!result.finished)
        process.kill();
    process.waitForFinished(5000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// dpkg's idea of the package: "installed", "not-installed", "config-files", ...
QString packageStatus()
{
    const Run query = run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${db:Status-Status}"), kPackage},
                          QProcessEnvironment::systemEnvironment());
    return query.exitCode == 0 && !query.out.isEmpty() ? QString::fromUtf8(query.out) : QStringLiteral("not-installed");
}
} // namespace

class TestDebPackage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_deb;
    QProcessEnvironment m_systemEnv;  // dpkg, cpack
    QProcessEnvironment m_desktopEnv; // a learner's session: xdg-*, the app
    std::unique_ptr<QProcess> m_xvfb;
    std::unique_ptr<QProcess> m_app;

    // xdg-open hands links to handlers only with a display: a private Xvfb,
    // on a display number it picks itself. Returns the DISPLAY value.
    QString startXvfb()
    {
        m_xvfb = std::make_unique<QProcess>();
        m_xvfb->start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                                              QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                                              QStringLiteral("1024x768x24")});
        QByteArray number;
        const bool started = QTest::qWaitFor(
                [&] {
                    number += m_xvfb->readAllStandardOutput();
                    return number.contains('\n');
                },
                15000);
        return started ? QStringLiteral(":") + QString::fromLatin1(number.trimmed()) : QString();
    }

    void stopProcesses()
    {
        for (auto *process : {&m_app, &m_xvfb}) {
            if (*process) {
                (*process)->kill();
                (*process)->waitForFinished(5000);
                process->reset();
            }
        }
    }

    // Purges the package if this test installed it (now or in a killed run).
    void removeOurPackage()
    {
        stopProcesses();
        if (!QFile::exists(kMarker))
            return;
        if (packageStatus() != QLatin1String("not-installed"))
            run(QStringLiteral("dpkg"), {QStringLiteral("--purge"), kPackage}, m_systemEnv);
        if (packageStatus() == QLatin1String("not-installed"))
            QFile::remove(kMarker);
    }

    QString defaultHandler(const QString &scheme) const
    {
        const Run query = run(QStringLiteral("xdg-mime"),
                              {QStringLiteral("query"), QStringLiteral("default"), QStringLiteral("x-scheme-handler/") + scheme},
                              m_desktopEnv);
        return QString::fromUtf8(query.out).trimmed();
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("Needs root: installs the package with dpkg and removes it again.");
        for (const char *tool : {"dpkg", "dpkg-deb", "dpkg-query", "dpkg-shlibdeps"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not available: this test is for Debian systems.").arg(tool)));
        for (const char *tool : {"xdg-mime", "xdg-open", "update-desktop-database"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh.").arg(tool)));
        QVERIFY(m_dir.isValid());

        m_systemEnv = QProcessEnvironment::systemEnvironment();
        m_systemEnv.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
        m_systemEnv.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));

        removeOurPackage(); // left by a run that was killed
        if (packageStatus() != QLatin1String("not-installed"))
            QSKIP("A vitae package is already installed on this machine; this test will not replace or remove it.");

        // A fresh session: no desktop environment, no user defaults, so
        // xdg-mime and xdg-open use the system's mimeinfo.cache and the app
        // its own vault and socket under the temporary folder.
        m_desktopEnv = m_systemEnv;
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP",
                                 "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID", "BROWSER"})
            m_desktopEnv.remove(QString::fromLatin1(name));
        const QString home = m_dir.path() + QStringLiteral("/home");
        const QString runtime = m_dir.path() + QStringLiteral("/run");
        QVERIFY(QDir().mkpath(home) && QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_desktopEnv.insert(QStringLiteral("HOME"), home);
        m_desktopEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        m_desktopEnv.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        m_desktopEnv.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        m_desktopEnv.insert(QStringLiteral("XDG_DATA_DIRS"), QStringLiteral("/usr/local/share:/usr/share"));
        m_desktopEnv.insert(QStringLiteral("XDG_CONFIG_DIRS"), QStringLiteral("/etc/xdg"));
        m_desktopEnv.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_desktopEnv.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;vitae.external.info=true"));
    }

    void testBuildPackage()
    {
        const QString out = m_dir.path() + QStringLiteral("/cpack");
        const Run cpack = run(QStringLiteral(VITAE_CPACK_COMMAND),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out,
                               QStringLiteral("--config"), QStringLiteral(VITAE_BUILD_DIR "/CPackConfig.cmake")},
                              m_systemEnv, 600000);
        QVERIFY2(cpack.finished && cpack.exitCode == 0, cpack.all().constData());
        const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        QVERIFY2(debs.first().startsWith(QStringLiteral("vitae_" VITAE_VERSION "_")), qPrintable(debs.first()));
        m_deb = out + QLatin1Char('/') + debs.first();
    }

    void testPackageFields()
    {
        QVERIFY(!m_deb.isEmpty());
        const Run fields = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb}, m_systemEnv);
        QCOMPARE(fields.exitCode, 0);
        for (const char *expected : {"Package: vitae\n", "Version: " VITAE_VERSION "\n", "Section: education\n",
                                     "Maintainer: ", "Description: ", "libqt6core6", "qml6-module-qtquick-controls"})
            QVERIFY2(fields.out.contains(expected), fields.out.constData());

        const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb}, m_systemEnv);
        for (const QString &file : kInstalledFiles)
            QVERIFY2(contents.out.contains(("." + file).toUtf8()), qPrintable(file));
    }

    void testInstall()
    {
        QVERIFY(!m_deb.isEmpty());
        QFile marker(kMarker);
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        const Run install = run(QStringLiteral("dpkg"), {QStringLiteral("-i"), m_deb}, m_systemEnv);
        QVERIFY2(install.exitCode == 0, install.all().constData());
        QCOMPARE(packageStatus(), QStringLiteral("installed"));
        for (const QString &file : kInstalledFiles)
            QVERIFY2(QFile::exists(file), qPrintable(file));
    }

    void testInstalledCli()
    {
        const Run version = run(QStringLiteral("/usr/bin/vitae-cli"), {QStringLiteral("--version")}, m_desktopEnv);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(VITAE_VERSION), version.all().constData());
    }

    void testSchemeHandlers()
    {
        for (const QString &scheme : kSchemes)
            QCOMPARE(defaultHandler(scheme), kDesktopFile);
    }

    // xdg-open runs the desktop entry's `vitae %u`, which hands the link to
    // the installed app already running (a real X11 window on Xvfb) and exits.
    void testXdgOpenReachesRunningApp()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty())
            QSKIP("Xvfb is missing (scripts/setup.sh installs it): xdg-open needs a display.");
        const QString display = startXvfb();
        QVERIFY2(!display.isEmpty(), "Xvfb did not start");
        QProcessEnvironment env = m_desktopEnv;
        env.insert(QStringLiteral("DISPLAY"), display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));

        m_app = std::make_unique<QProcess>();
        m_app->setProcessEnvironment(env);
        m_app->start(QStringLiteral("/usr/bin/vitae"), {});
        QVERIFY(m_app->waitForStarted());
        QByteArray log;
        const auto logs = [&](const QByteArray &needle) {
            return QTest::qWaitFor(
                    [&] {
                        log += m_app->readAllStandardError();
                        return log.contains(needle);
                    },
                    20000);
        };
        QVERIFY2(logs("listening on"), log.constData());

        const Run open = run(QStringLiteral("xdg-open"),
                             {QStringLiteral("openid-credential-offer://?credential_offer_uri="
                                             "https%3A%2F%2F127.0.0.1%3A8443%2Foffers%2F42")},
                             env, 30000);
        QVERIFY2(open.finished && open.exitCode == 0, open.all().constData());
        QVERIFY2(logs("pending link: kind credentialOffer host 127.0.0.1"), log.constData());
        QCOMPARE(m_app->state(), QProcess::Running);

        stopProcesses();
    }

    void testRemove()
    {
        const Run remove = run(QStringLiteral("dpkg"), {QStringLiteral("-r"), kPackage}, m_systemEnv);
        QVERIFY2(remove.exitCode == 0, remove.all().constData());
        for (const QString &file : kInstalledFiles)
            QVERIFY2(!QFile::exists(file), qPrintable(file));
        QVERIFY(packageStatus() != QLatin1String("installed"));
        for (const QString &scheme : kSchemes)
            QVERIFY(defaultHandler(scheme) != kDesktopFile);
        removeOurPackage(); // purges what dpkg -r keeps, drops the marker
        QCOMPARE(packageStatus(), QStringLiteral("not-installed"));
        QVERIFY(!QFile::exists(kMarker));
    }

    void cleanupTestCase()
    {
        removeOurPackage();
    }
};

QTEST_MAIN(TestDebPackage)
#include "tst_deb_package.moc"
