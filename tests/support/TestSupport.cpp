#include "TestSupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
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
