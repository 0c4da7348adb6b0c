// The main() of a test server: listen on 127.0.0.1 (a free port), print
// "PORT <n>" for ServerProcess to read, and serve until killed.
#pragma once

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <cstdio>

namespace vitae::test {

template <typename Server>
int serveOnLoopback(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    crypto::ensureSodiumInitialized();
    Server server;
    const quint16 port = server.listen();
    if (port == 0) {
        std::fputs("cannot listen on 127.0.0.1\n", stderr);
        return 1;
    }
    std::printf("PORT %u\n", unsigned(port));
    std::fflush(stdout);
    return app.exec();
}

} // namespace vitae::test
