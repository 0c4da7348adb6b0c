// vitae-bench-vault [--count N] [--dir DIR]: the vault's figures on this
// machine, with the real (moderate) Argon2id limits. Prints one JSON object.
#include "SampleCredentials.h"
#include "common/ProcessMemory.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace vitae;

namespace {

qint64 folderBytes(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

[[noreturn]] void die(const QString &what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int countIndex = int(args.indexOf(QStringLiteral("--count")));
    const int count = countIndex > 0 && countIndex + 1 < args.size() ? args.at(countIndex + 1).toInt() : 10000;
    const int dirIndex = int(args.indexOf(QStringLiteral("--dir")));
    QTemporaryDir temp;
    const QString folder = (dirIndex > 0 && dirIndex + 1 < args.size() ? args.at(dirIndex + 1) : temp.path())
            + QStringLiteral("/bench-vault");
    const QByteArray passphrase = "a realistic passphrase for benchmarking";
    QJsonObject figures;
    QElapsedTimer timer;

    // Records are made before timing so only the vault's work is measured.
    QList<vault::CredentialRecord> records;
    qint64 rawBytes = 0;
    for (int i = 0; i < count; ++i) {
        records.append(test::sampleCredential(i, 3000));
        rawBytes += records.last().raw.size();
    }

    {
        vault::Vault vault(folder);
        timer.start();
        if (Status s = vault.create(passphrase); !s)
            die(QStringLiteral("create"), s.error());
        figures.insert(QStringLiteral("create_ms"), timer.elapsed());

        // One transaction per credential, as an import commits them.
        timer.restart();
        for (const vault::CredentialRecord &record : records)
            if (Result<qint64> id = vault.credentials().add(record); !id)
                die(QStringLiteral("insert"), id.error());
        figures.insert(QStringLiteral("insert_each_committed_ms"), timer.elapsed());
        figures.insert(QStringLiteral("inserted"), count);
    }
    records.clear();

    vault::Vault vault(folder);
    timer.restart();
    if (Status s = vault.unlock(passphrase); !s)
        die(QStringLiteral("unlock"), s.error());
    figures.insert(QStringLiteral("unlock_ms"), timer.elapsed());
    figures.insert(QStringLiteral("unlock_argon2id_ms"), vault.lastUnlockTimings().kdfMs);
    figures.insert(QStringLiteral("unlock_rest_ms"), vault.lastUnlockTimings().openMs);

    resetPeakResident();
    timer.restart();
    Result<QList<vault::CredentialSummary>> all = vault.credentials().list();
    figures.insert(QStringLiteral("list_all_ms"), timer.elapsed());
    figures.insert(QStringLiteral("peak_rss_listing_mib"), peakResidentMiB());
    if (!all || all->size() != count)
        die(QStringLiteral("list"), all ? makeError(ErrorCode::Corrupt, QStringLiteral("wrong count")) : all.error());

    const QStringList queries = {QStringLiteral("logistics"), QStringLiteral("riverside"), QStringLiteral("team lead"),
                                 QStringLiteral("python"), QStringLiteral("nursing level 3")};
    qint64 searchTotal = 0;
    qint64 worst = 0;
    qsizetype hits = 0;
    for (const QString &query : queries) {
        timer.restart();
        Result<QList<vault::CredentialSummary>> found = vault.credentials().search(query);
        const qint64 elapsed = timer.elapsed();
        if (!found)
            die(QStringLiteral("search"), found.error());
        hits += found->size();
        searchTotal += elapsed;
        worst = qMax(worst, elapsed);
    }
    figures.insert(QStringLiteral("search_avg_ms"), double(searchTotal) / queries.size());
    figures.insert(QStringLiteral("search_worst_ms"), worst);
    figures.insert(QStringLiteral("search_hits"), hits);
    if (hits == 0)
        die(QStringLiteral("search"), makeError(ErrorCode::Corrupt, QStringLiteral("no hits")));

    vault.lock();
    const qint64 vaultBytes = folderBytes(folder);
    figures.insert(QStringLiteral("raw_mib"), double(rawBytes) / (1 << 20));
    figures.insert(QStringLiteral("vault_mib"), double(vaultBytes) / (1 << 20));
    figures.insert(QStringLiteral("vault_to_raw_ratio"), double(vaultBytes) / double(rawBytes));

    std::printf("%s", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
