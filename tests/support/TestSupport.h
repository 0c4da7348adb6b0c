// Helpers shared by the test suites.
#pragma once

#include <QByteArray>
#include <QString>

class QProcess;

namespace vitae::test {

// Reads a file under tests/data, failing the test run loudly if it is missing.
QByteArray readTestData(const QString &relativePath);
QString testDataPath(const QString &relativePath);

// Every byte of every file under `folder` (recursively), for plaintext scans.
QByteArray concatenatedFiles(const QString &folder);

// Waits until the process has printed `marker` on stdout (false if it exits
// or the time runs out first).
bool waitForOutput(QProcess &process, const QByteArray &marker, int timeoutMs = 30000);

} // namespace vitae::test
