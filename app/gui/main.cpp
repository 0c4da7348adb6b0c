// vitae: the wallet's window. Picks the vault folder, builds the controller
// and shows the QML pages.
#include "gui/AppController.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>

#include <sys/resource.h>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

int main(int argc, char *argv[])
{
    // Secrets pass through this process: never leave them in a core dump.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Vitae"));
    QGuiApplication::setOrganizationName(QStringLiteral("Vitae"));
    QGuiApplication::setApplicationVersion(QStringLiteral(VITAE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("vitae"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vitae, a learner's credential wallet"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QStringLiteral("Use the vault in DIR (default: %1).")
                                                 .arg(vitae::vault::Vault::defaultFolder()),
                                         QStringLiteral("DIR"));
    parser.addOption(vaultOption);
    parser.process(app);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    const QString folder = parser.isSet(vaultOption) ? parser.value(vaultOption) : vitae::vault::Vault::defaultFolder();
    vitae::gui::AppController controller(folder);

    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)}});
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Vitae/Ui/Main.qml")));
    return app.exec();
}
