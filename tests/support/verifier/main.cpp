// vitae-test-verifier: an OpenID4VP verifier for end-to-end tests. Listens
// on 127.0.0.1 (a free port) only and prints "PORT <n>" once it does.
#include "VerifierServer.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    vitae::crypto::ensureSodiumInitialized();
    vitae::test::VerifierServer server;
    const quint16 port = server.listen();
    if (port == 0) {
        std::fputs("cannot listen on 127.0.0.1\n", stderr);
        return 1;
    }
    std::printf("PORT %u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
