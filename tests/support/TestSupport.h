// Helpers shared by the test suites.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace vitae::test {

// Reads a file under tests/data, failing the test run loudly if it is missing.
QByteArray readTestData(const QString &relativePath);
QString testDataPath(const QString &relativePath);

// Every byte of every file under `folder` (recursively), for plaintext scans.
QByteArray concatenatedFiles(const QString &folder);

// A finished child process's exit code and output.
struct ProcessRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const; // stdout parsed as a JSON object
};

// Runs a program to completion, detached from any terminal (as in CI, so a
// missing passphrase can never turn into a prompt), feeding it `input`.
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                      const QByteArray &input = QByteArray());

// Waits until the process has printed `marker` on stdout (false if it exits
// or the time runs out first).
bool waitForOutput(QProcess &process, const QByteArray &marker, int timeoutMs = 30000);

} // namespace vitae::test
