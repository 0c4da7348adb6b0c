// vitae-bench-backup [--count N] [--dir DIR]: backup and restore figures of
// a vault of N credentials (10,000 by default) on this machine, with the
// real (moderate) Argon2id limits. Prints one JSON object; asserts only
// that the restored vault is complete and has the same DID.
//
// Peak RSS is given twice per operation: the whole operation, and the
// streaming part after the key derivation (Argon2id at libsodium's
// moderate limits alone allocates 256 MiB, whatever the vault's size).
#include "SampleCredentials.h"
#include "backup/Backup.h"
#include "common/ProcessMemory.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace vitae;

namespace {

[[noreturn]] void die(const QString &what, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(message));
    std::exit(1);
}

// Adds `count` sample credentials in batches, with some evidence, tags and
// shares, so every table has rows.
void fill(vault::Vault &vault, int count)
{
    constexpr int batch = 500;
    for (int start = 0; start < count; start += batch) {
        QList<vault::CredentialRecord> records;
        for (int i = start; i < qMin(count, start + batch); ++i)
            records.append(test::sampleCredential(i, 3000));
        Result<QList<qint64>> ids = vault.credentials().addAll(records);
        if (!ids)
            die(QStringLiteral("fill"), ids.message());
        const qint64 first = ids->first();
        if (!vault.evidence().add({0, first, "evidence.pdf", "application/pdf", {}, 0, QByteArray(20000, 'e'), {}}))
            die(QStringLiteral("fill"), QStringLiteral("evidence"));
        if (!vault.tags().attach(first, QStringLiteral("batch %1").arg(start / batch)))
            die(QStringLiteral("fill"), QStringLiteral("tag"));
        if (!vault.shares().append({0, {}, "Employer", "employer.example", "c", "qr", {first}, "{}"}))
            die(QStringLiteral("fill"), QStringLiteral("share"));
    }
}

// Resets the peak when streaming starts (the first progress report comes
// after the key derivations) and keeps the peak before that.
struct PeakWatch {
    double beforeStreaming = -1;
    backup::ProgressCallback callback()
    {
        return [this](qint64, qint64) {
            if (beforeStreaming < 0) {
                beforeStreaming = peakResidentMiB();
                resetPeakResident();
            }
        };
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int countIndex = int(args.indexOf(QStringLiteral("--count")));
    const int count = countIndex > 0 && countIndex + 1 < args.size() ? args.at(countIndex + 1).toInt() : 10000;
    const int dirIndex = int(args.indexOf(QStringLiteral("--dir")));
    QTemporaryDir temp;
    const QString root = dirIndex > 0 && dirIndex + 1 < args.size() ? args.at(dirIndex + 1) : temp.path();
    const QString folder = root + QStringLiteral("/bench-vault");
    const QString restored = root + QStringLiteral("/bench-restored");
    const QString backupPath = root + QStringLiteral("/bench.backup");
    const QByteArray passphrase = "a realistic passphrase for benchmarking";
    const QByteArray backupPassphrase = "another realistic passphrase for the backup";
    QJsonObject figures;
    QElapsedTimer timer;

    vault::Vault vault(folder);
    if (Status s = vault.create(passphrase); !s)
        die(QStringLiteral("create"), s.message());
    fill(vault, count);
    figures.insert(QStringLiteral("credentials"), count);
    figures.insert(QStringLiteral("rss_before_mib"), residentMiB());

    PeakWatch backupPeak;
    backup::BackupOptions options; // moderate Argon2id
    options.progress = backupPeak.callback();
    resetPeakResident();
    timer.start();
    if (Status s = backup::writeBackup(vault, backupPath, backupPassphrase, options); !s)
        die(QStringLiteral("backup"), s.message());
    figures.insert(QStringLiteral("backup_seconds"), double(timer.elapsed()) / 1000);
    figures.insert(QStringLiteral("backup_streaming_peak_rss_mib"), peakResidentMiB());
    figures.insert(QStringLiteral("backup_peak_rss_mib"), qMax(backupPeak.beforeStreaming, peakResidentMiB()));
    figures.insert(QStringLiteral("backup_file_mib"), double(QFileInfo(backupPath).size()) / (1 << 20));
    const QString did = vault.holderDid();
    vault.lock();

    timer.restart();
    Result<backup::BackupInfo> inspected = backup::inspectBackup(backupPath, backupPassphrase);
    if (!inspected)
        die(QStringLiteral("inspect"), inspected.message());
    figures.insert(QStringLiteral("inspect_seconds"), double(timer.elapsed()) / 1000);

    PeakWatch restorePeak;
    backup::RestoreOptions restoreOptions; // moderate Argon2id for the new vault too
    restoreOptions.progress = restorePeak.callback();
    resetPeakResident();
    timer.restart();
    Result<backup::BackupInfo> info =
            backup::restoreBackup(backupPath, backupPassphrase, restored, "a new passphrase", restoreOptions);
    if (!info)
        die(QStringLiteral("restore"), info.message());
    figures.insert(QStringLiteral("restore_seconds"), double(timer.elapsed()) / 1000);
    figures.insert(QStringLiteral("restore_streaming_peak_rss_mib"), peakResidentMiB());
    figures.insert(QStringLiteral("restore_peak_rss_mib"), qMax(restorePeak.beforeStreaming, peakResidentMiB()));

    // Correctness only: complete, same DID, searchable.
    vault::Vault copy(restored);
    if (Status s = copy.unlock("a new passphrase"); !s)
        die(QStringLiteral("unlock restored"), s.message());
    Result<vault::VaultCounts> counts = copy.counts();
    if (!counts || counts->credentials != count || copy.holderDid() != did)
        die(QStringLiteral("restored"), QStringLiteral("incomplete, or another DID"));
    if (copy.credentials().search(QStringLiteral("logistics")).value().isEmpty())
        die(QStringLiteral("restored"), QStringLiteral("search finds nothing"));

    std::printf("%s", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
