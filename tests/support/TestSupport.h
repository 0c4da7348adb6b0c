// Helpers shared by the test suites.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace vitae::test {

// Reads a file under tests/data, failing the test run loudly if it is missing.
QByteArray readTestData(const QString &relativePath);
QString testDataPath(const QString &relativePath);

// Every byte of every file under `folder` (recursively), for plaintext scans.
QByteArray concatenatedFiles(const QString &folder);

// Calls `visit` once for every string value in `document` (keys in `skip`
// are not entered), with a copy of the document where that one value has
// "x" appended: for "every signed value matters" tests.
void forEachChangedString(const QJsonObject &document, const QStringList &skip,
                          const std::function<void(const QJsonObject &changed, const QString &original)> &visit);

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
