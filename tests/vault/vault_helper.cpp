// vitae-vault-helper MODE VAULT-DIR PASSPHRASE [ARGS]: the second process in
// vault tests. Modes:
//   import START COUNT   add sample credentials START.. one transaction each,
//                        printing "committed N" after each commit
//   hold                 unlock, print "holding", wait until stdin closes
//   fill LIMIT-BYTES     cap file sizes (as a full disk would), try to add
//                        large credentials, print the error, exit 0 if it
//                        failed cleanly
//   seed COUNT           add COUNT sample credentials in one transaction
#include "SampleCredentials.h"
#include "crypto/Kdf.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace vitae;

namespace {
int failWith(const Error &error)
{
    std::printf("error %s\n", qPrintable(error.message));
    std::fflush(stdout);
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    crypto::enableTestingKdf();
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: vitae-vault-helper MODE DIR PASSPHRASE [ARGS]\n");
        return 2;
    }
    const QString mode = args.at(1);
    vault::Vault vault(args.at(2));
    if (Status s = vault.unlock(args.at(3).toUtf8()); !s)
        return failWith(s.error());
    std::printf("unlocked\n");
    std::fflush(stdout);

    if (mode == QLatin1String("import") && args.size() == 6) {
        const int start = args.at(4).toInt();
        const int count = args.at(5).toInt();
        for (int i = start; i < start + count; ++i) {
            Result<qint64> id = vault.credentials().add(test::sampleCredential(i, 1000 + (i * 937) % 6000));
            if (!id)
                return failWith(id.error());
            std::printf("committed %d\n", i + 1);
            std::fflush(stdout);
        }
        return 0;
    }
    if (mode == QLatin1String("hold")) {
        std::printf("holding\n");
        std::fflush(stdout);
        char buffer[64];
        while (read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
        }
        return 0;
    }
    if (mode == QLatin1String("fill") && args.size() == 5) {
        // A file-size limit makes writes fail with EFBIG, as a full disk does.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlim_t limit = args.at(4).toULongLong();
        const rlimit cap{limit, limit};
        setrlimit(RLIMIT_FSIZE, &cap);
        for (int i = 0; i < 50; ++i) {
            vault::CredentialRecord record = test::sampleCredential(100000 + i, 256 * 1024);
            Result<qint64> id = vault.credentials().add(record);
            if (!id) {
                std::printf("refused %s\n", qPrintable(id.message()));
                std::fflush(stdout);
                return id.code() == ErrorCode::Io ? 0 : 3;
            }
        }
        std::printf("never refused\n");
        return 4;
    }
    if (mode == QLatin1String("seed") && args.size() == 5) {
        QList<vault::CredentialRecord> records;
        for (int i = 0; i < args.at(4).toInt(); ++i)
            records.append(test::sampleCredential(i));
        Result<QList<qint64>> ids = vault.credentials().addAll(records);
        if (!ids)
            return failWith(ids.error());
        return 0;
    }
    std::fprintf(stderr, "unknown mode or arguments\n");
    return 2;
}
