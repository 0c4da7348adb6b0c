#include "TestSupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace vitae::test {

QString testDataPath(const QString &relativePath)
{
    return QStringLiteral(VITAE_TEST_DATA_DIR "/") + relativePath;
}

QByteArray readTestData(const QString &relativePath)
{
    QFile file(testDataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "missing test data: %s\n", qPrintable(file.fileName()));
        std::abort();
    }
    return file.readAll();
}

QByteArray concatenatedFiles(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

namespace {
using Rebuild = std::function<QJsonObject(const QJsonValue &)>;

void walk(const QJsonValue &value, const Rebuild &rebuild, const QStringList &skip,
          const std::function<void(const QJsonObject &, const QString &)> &visit)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (skip.contains(it.key()))
                continue;
            const QString key = it.key();
            walk(it.value(), [=](const QJsonValue &replacement) {
                QJsonObject changed = object;
                changed.insert(key, replacement);
                return rebuild(changed);
            }, skip, visit);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walk(array.at(i), [=](const QJsonValue &replacement) {
                QJsonArray changed = array;
                changed[i] = replacement;
                return rebuild(changed);
            }, skip, visit);
    } else if (value.isString()) {
        visit(rebuild(value.toString() + QLatin1Char('x')), value.toString());
    }
}
} // namespace

void forEachChangedString(const QJsonObject &document, const QStringList &skip,
                          const std::function<void(const QJsonObject &, const QString &)> &visit)
{
    walk(document, [](const QJsonValue &v) { return v.toObject(); }, skip, visit);
}

QJsonObject ProcessRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                      const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] { setsid(); });
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

bool waitForOutput(QProcess &process, const QByteArray &marker, int timeoutMs)
{
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        process.waitForReadyRead(100);
        seen += process.readAllStandardOutput();
        if (seen.contains(marker))
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

} // namespace vitae::test
