// vitae: the wallet's window. Picks the vault folder, hands links and files
// to an already running window of the same vault (SingleInstance), or builds
// the controller and shows the QML pages.
#include "gui/AppController.h"
#include "gui/SingleInstance.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <sys/resource.h>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

namespace {
// Files become absolute file: URLs here, since a running instance has
// another working folder; anything else is passed on as typed (a link).
QStringList externalArguments(const QStringList &positional)
{
    QStringList arguments;
    for (const QString &argument : positional) {
        const QFileInfo file(argument);
        arguments.append(!argument.contains(QLatin1String("://")) && file.exists()
                                 ? QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded)
                                 : argument);
    }
    return arguments;
}

void raiseWindow(QQmlApplicationEngine &engine)
{
    QWindow *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QWindow *>(engine.rootObjects().first());
    if (!window)
        return;
    window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->requestActivate();
}
// For the startup benchmark: prints when the first page is on screen, then
// quits.
void reportFirstFrameAndQuit(QQmlApplicationEngine &engine, const QElapsedTimer &sinceMain)
{
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&sinceMain] {
        std::fprintf(stderr, "vitae-startup: first frame %lld ms after main\n", sinceMain.elapsed());
        QCoreApplication::quit();
    }, Qt::SingleShotConnection);
}
} // namespace

int main(int argc, char *argv[])
{
    // Secrets pass through this process: never leave them in a core dump.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QElapsedTimer sinceMain;
    sinceMain.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Vitae"));
    QGuiApplication::setOrganizationName(QStringLiteral("Vitae"));
    QGuiApplication::setApplicationVersion(QStringLiteral(VITAE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.vitae.Vitae"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vitae, a learner's credential wallet"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QStringLiteral("Use the vault in DIR (default: %1).")
                                                 .arg(vitae::vault::Vault::defaultFolder()),
                                         QStringLiteral("DIR"));
    parser.addOption(vaultOption);
    parser.addPositionalArgument(QStringLiteral("links"),
                                 QStringLiteral("Links (openid-credential-offer:, dccrequest:, openid4vp:, vitae:, "
                                                "https:) or credential files to open."),
                                 QStringLiteral("[LINK|FILE...]"));
    parser.process(app);

    const QString folder = parser.isSet(vaultOption) ? parser.value(vaultOption) : vitae::vault::Vault::defaultFolder();
    const QStringList arguments = externalArguments(parser.positionalArguments());
    using vitae::gui::SingleInstance;
    SingleInstance instance(SingleInstance::serverNameFor(folder));
    switch (instance.forward(arguments)) {
    case SingleInstance::Forwarded::Delivered:
        qCInfo(vitae::gui::lcExternal) << "handed" << arguments.size() << "argument(s) to the running Vitae";
        return 0;
    case SingleInstance::Forwarded::Failed:
        qCritical("Vitae is already running with this vault but did not accept what was given to it.");
        return 1;
    case SingleInstance::Forwarded::NoInstance:
        break;
    }
    if (!instance.listen())
        qCWarning(vitae::gui::lcExternal) << "Links opened later will start another window.";

    QQuickStyle::setStyle(QStringLiteral("Material"));
    vitae::gui::AppController controller(folder);

    QQmlApplicationEngine engine;
    controller.language()->attach(&engine); // the saved or system language, before any page loads
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)}});
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Vitae/Ui/Main.qml")));
    if (qEnvironmentVariableIsSet("VITAE_STARTUP_PROBE"))
        reportFirstFrameAndQuit(engine, sinceMain);

    QObject::connect(&instance, &SingleInstance::received, &controller, [&](const QStringList &received) {
        raiseWindow(engine);
        for (const QString &argument : received)
            controller.openExternal(argument);
    });
    for (const QString &argument : arguments)
        controller.openExternal(argument);
    return app.exec();
}
