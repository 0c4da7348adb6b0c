// vitae-bench-import [--count N]: importing a folder of credential files on
// this machine: read each file, find its credentials, verify them (offline),
// look for duplicates, and store them all in one transaction. The files are
// eddsa-jcs-2022 badges, EdDSA JWT VCs and SD-JWT VCs in turn. Prints one
// JSON object; only correctness is asserted.
#include "TestIssuer.h"
#include "common/ProcessMemory.h"
#include "crypto/Kdf.h"
#include "exchange/Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace vitae;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    std::exit(1);
}

QByteArray credentialFile(const test::TestIssuer &issuer, int i)
{
    const QString id = QStringLiteral("urn:uuid:bench-import-%1").arg(i);
    switch (i % 3) {
    case 0: {
        QJsonObject badge = issuer.badge(QStringLiteral("Badge %1").arg(i));
        badge.insert(QStringLiteral("id"), id);
        return QJsonDocument(issuer.signJcs(badge)).toJson();
    }
    case 1: {
        QJsonObject vc = issuer.badge(QStringLiteral("Course %1").arg(i));
        vc.insert(QStringLiteral("id"), id);
        return issuer.signJwt({{QStringLiteral("iss"), issuer.did()}, {QStringLiteral("jti"), id},
                               {QStringLiteral("vc"), vc}});
    }
    default:
        return issuer.sdJwtVc({}, {{QStringLiteral("jti"), id}});
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype countIndex = args.indexOf(QStringLiteral("--count"));
    const int count = countIndex > 0 && countIndex + 1 < args.size() ? args.at(countIndex + 1).toInt() : 1000;

    QTemporaryDir temp;
    const QString inbox = temp.path() + QStringLiteral("/inbox");
    QDir().mkpath(inbox);
    const test::TestIssuer issuer;
    for (int i = 0; i < count; ++i) {
        QFile file(QStringLiteral("%1/credential-%2.txt").arg(inbox).arg(i, 5, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(credentialFile(issuer, i)) < 0)
            die(QStringLiteral("could not write the benchmark files"));
    }
    vault::Vault vault(temp.path() + QStringLiteral("/vault"));
    if (Status created = vault.create("bench import passphrase"); !created)
        die(created.message());

    QElapsedTimer timer;
    timer.start();
    QList<exchange::ImportPreview> previews;
    verify::VerifyContext offline;
    for (const QFileInfo &info : QDir(inbox).entryInfoList(QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            die(info.filePath());
        const auto found = exchange::credentialsIn(file.readAll(), info.fileName());
        if (!found)
            die(found.message());
        for (const exchange::FoundCredential &credential : *found) {
            exchange::ImportPreview preview = exchange::previewImport(credential, vault, offline);
            if (preview.canStore())
                previews.append(std::move(preview));
        }
    }
    const qint64 previewNs = timer.nsecsElapsed();
    const auto ids = exchange::storeImports(previews, vault, QStringLiteral("file:"));
    const qint64 totalNs = timer.nsecsElapsed();
    if (!ids)
        die(ids.message());
    const auto counts = vault.counts();
    if (!counts || counts->credentials != count)
        die(QStringLiteral("expected %1 credentials stored, got %2").arg(count).arg(counts ? counts->credentials : -1));

    const QJsonObject figures{{QStringLiteral("files"), count},
                              {QStringLiteral("readVerifyAndCheckSeconds"), double(previewNs) / 1e9},
                              {QStringLiteral("storeSeconds"), double(totalNs - previewNs) / 1e9},
                              {QStringLiteral("totalSeconds"), double(totalNs) / 1e9},
                              {QStringLiteral("peakRssMiB"), peakResidentMiB()}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
