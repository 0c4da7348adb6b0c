// Helpers shared by the test suites.
#pragma once

#include <QByteArray>
#include <QString>

namespace vitae::test {

// Reads a file under tests/data, failing the test run loudly if it is missing.
QByteArray readTestData(const QString &relativePath);
QString testDataPath(const QString &relativePath);

// Every byte of every file under `folder` (recursively), for plaintext scans.
QByteArray concatenatedFiles(const QString &folder);

} // namespace vitae::test
