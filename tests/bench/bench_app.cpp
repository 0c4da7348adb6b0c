// vitae-bench-app --app PATH [--count N] [--runs R]: the app's figures on
// this machine. Prints one JSON object.
//  - startup: wall time from starting the real `vitae` process to its first
//    frame of the unlock page (VITAE_STARTUP_PROBE), R runs;
//  - a vault of N credentials opened in the real QML (in this process):
//    unlock to list shown, peak RSS (with and without the Argon2id unlock,
//    whose 256 MiB are freed once the key is derived), and the frame times
//    while the list is scrolled from top to bottom;
//  - 1,000 credential files imported through the app (preview, then
//    store): how long, and the longest the GUI thread went without
//    handling its events meanwhile.
#include "SampleCredentials.h"
#include "TestIssuer.h"
#include "common/ProcessMemory.h"
#include "gui/AppController.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Vitae_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Vitae_UiPlugin)

using namespace vitae;

namespace {

const QByteArray kPassphrase = "a realistic passphrase for benchmarking";

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench-app: %s\n", qPrintable(what));
    std::exit(1);
}

QString argument(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Milliseconds from process start to the probe's line, for one launch.
double startupMs(const QString &appPath, const QString &vaultFolder, qint64 *insideMainMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VITAE_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.setReadChannel(QProcess::StandardError);
    process.start(appPath, {QStringLiteral("--vault"), vaultFolder});
    QByteArray err;
    double elapsed = -1;
    while (elapsed < 0 && process.waitForReadyRead(20000)) {
        err += process.readAllStandardError();
        if (err.contains("vitae-startup: first frame") && err.endsWith('\n'))
            elapsed = double(timer.nsecsElapsed()) / 1e6;
    }
    process.waitForFinished(20000);
    err += process.readAllStandardError();
    const qsizetype at = err.indexOf("first frame ");
    if (elapsed < 0 || at < 0)
        die(QStringLiteral("the app printed no first frame: ") + QString::fromUtf8(err));
    *insideMainMs = err.mid(at + 12).split(' ').first().toLongLong();
    return elapsed;
}

QQuickItem *findListView(QQuickItem *root)
{
    if (root->inherits("QQuickListView") && root->isVisible())
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findListView(child))
            return found;
    return nullptr;
}

// Runs `work` until `done`, meanwhile asking for a frame every 10 ms and
// recording the longest gap between two ticks of the GUI thread's timer.
struct Responsiveness {
    qint64 elapsedMs = 0;
    double longestStallMs = 0;
    int frames = 0;
};

Responsiveness whileWorking(QQuickWindow *window, const std::function<void()> &work, const std::function<bool()> &done)
{
    Responsiveness figures;
    QElapsedTimer total;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        figures.longestStallMs = qMax(figures.longestStallMs, double(sinceTick.nsecsElapsed()) / 1e6 - 10);
        sinceTick.restart();
        window->update();
    });
    const auto counter = QObject::connect(window, &QQuickWindow::frameSwapped, [&] { ++figures.frames; });
    total.start();
    sinceTick.start();
    ticker.start();
    work();
    if (!QTest::qWaitFor(done, 600000))
        die(QStringLiteral("the work never finished"));
    figures.elapsedMs = total.elapsed();
    QObject::disconnect(counter);
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString appPath = argument(args, QStringLiteral("--app"), QString());
    const int count = argument(args, QStringLiteral("--count"), QStringLiteral("10000")).toInt();
    const int runs = argument(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    if (appPath.isEmpty())
        die(QStringLiteral("usage: vitae-bench-app --app PATH [--count N] [--runs R]"));
    QTemporaryDir temp;
    QJsonObject figures;

    // Startup, with a vault to unlock (the usual first screen).
    const QString smallVault = temp.path() + QStringLiteral("/startup");
    if (!vault::Vault(smallVault).create(kPassphrase))
        die(QStringLiteral("could not create the startup vault"));
    QList<double> launches;
    QJsonArray insideMain;
    for (int i = 0; i < runs; ++i) {
        qint64 inside = 0;
        launches.append(startupMs(appPath, smallVault, &inside));
        insideMain.append(inside);
    }
    figures.insert(QStringLiteral("startup_to_first_frame_ms_min"), percentile(launches, 0));
    figures.insert(QStringLiteral("startup_to_first_frame_ms_median"), percentile(launches, 0.5));
    figures.insert(QStringLiteral("startup_inside_main_ms"), insideMain);

    // A full vault, made before anything is measured.
    const QString bigVault = temp.path() + QStringLiteral("/full");
    {
        vault::Vault vault(bigVault);
        if (!vault.create(kPassphrase))
            die(QStringLiteral("could not create the full vault"));
        QList<vault::CredentialRecord> records;
        for (int i = 0; i < count; ++i)
            records.append(test::sampleCredential(i, 3000));
        if (!vault.credentials().addAll(records))
            die(QStringLiteral("could not fill the vault"));
    }
    resetPeakResident();
    const double rssBefore = residentMiB();

    QQuickStyle::setStyle(QStringLiteral("Material"));
    gui::AppController controller(bigVault);
    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/Vitae/Ui/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window || !QTest::qWaitForWindowExposed(window))
        die(QStringLiteral("no window"));
    window->resize(960, 680);

    QElapsedTimer timer;
    timer.start();
    controller.unlock(QString::fromUtf8(kPassphrase));
    if (!QTest::qWaitFor([&] { return controller.credentialCount() == count; }, 120000))
        die(QStringLiteral("the list never showed all credentials"));
    QQuickItem *list = nullptr;
    if (!QTest::qWaitFor([&] { return (list = findListView(window->contentItem())); }, 10000))
        die(QStringLiteral("no list view"));
    figures.insert(QStringLiteral("unlock_to_list_ms"), timer.elapsed());
    figures.insert(QStringLiteral("peak_rss_with_unlock_mib"), peakResidentMiB());
    resetPeakResident();

    // Scroll to the end a screen at a time, waiting for each frame.
    QList<double> frames;
    const qreal step = list->height() * 0.9;
    int steps = 0;
    while (!list->property("atYEnd").toBool() && steps < 100000) {
        list->setProperty("contentY", list->property("contentY").toReal() + step);
        QElapsedTimer frame;
        frame.start();
        window->update();
        bool swapped = false;
        const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, [&] { swapped = true; });
        if (!QTest::qWaitFor([&] { return swapped; }, 5000))
            die(QStringLiteral("no frame while scrolling"));
        QObject::disconnect(connection);
        frames.append(double(frame.nsecsElapsed()) / 1e6);
        ++steps;
    }
    figures.insert(QStringLiteral("credentials"), count);
    figures.insert(QStringLiteral("scroll_frames"), steps);
    figures.insert(QStringLiteral("scroll_frame_ms_median"), percentile(frames, 0.5));
    figures.insert(QStringLiteral("scroll_frame_ms_p95"), percentile(frames, 0.95));
    figures.insert(QStringLiteral("scroll_frame_ms_max"), percentile(frames, 1));
    figures.insert(QStringLiteral("peak_rss_after_unlock_mib"), peakResidentMiB());
    figures.insert(QStringLiteral("rss_before_window_mib"), rssBefore);
    if (!list->property("atYEnd").toBool())
        die(QStringLiteral("the list never reached its end"));

    // 1,000 new files, previewed (read and verified) and then stored.
    const int files = 1000;
    const QString inbox = temp.path() + QStringLiteral("/inbox");
    QDir().mkpath(inbox);
    QList<QUrl> urls;
    const test::TestIssuer issuer;
    for (int i = 0; i < files; ++i) {
        QJsonObject badge = issuer.badge(QStringLiteral("Imported badge %1").arg(i));
        badge.insert(QStringLiteral("id"), QStringLiteral("urn:uuid:bench-import-%1").arg(i));
        QFile file(inbox + QStringLiteral("/badge-%1.json").arg(i));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(issuer.signJcs(badge)).toJson()) <= 0)
            die(QStringLiteral("could not write the import files"));
        urls.append(QUrl::fromLocalFile(file.fileName()));
    }
    const Responsiveness preview = whileWorking(
            window, [&] { controller.importFiles(urls); },
            [&] { return controller.importPreviews().size() == files && !controller.busy(); });
    const Responsiveness store = whileWorking(
            window, [&] { controller.confirmImport(); },
            [&] { return controller.credentialCount() == count + files && !controller.busy(); });
    figures.insert(QStringLiteral("import_files"), files);
    figures.insert(QStringLiteral("import_preview_ms"), preview.elapsedMs);
    figures.insert(QStringLiteral("import_preview_longest_gui_stall_ms"), preview.longestStallMs);
    figures.insert(QStringLiteral("import_preview_frames"), preview.frames);
    figures.insert(QStringLiteral("import_store_ms"), store.elapsedMs);
    figures.insert(QStringLiteral("import_store_longest_gui_stall_ms"), store.longestStallMs);
    figures.insert(QStringLiteral("import_store_frames"), store.frames);

    figures.insert(QStringLiteral("peak_rss_after_unlock_with_import_mib"), peakResidentMiB());
    figures.insert(QStringLiteral("rss_end_mib"), residentMiB());
    std::printf("%s", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
