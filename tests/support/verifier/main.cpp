// vitae-test-verifier: an OpenID4VP verifier for end-to-end tests, on
// 127.0.0.1 only. See VerifierServer.h for the routes.
#include "ServeOnLoopback.h"
#include "VerifierServer.h"

int main(int argc, char *argv[])
{
    return vitae::test::serveOnLoopback<vitae::test::VerifierServer>(argc, argv);
}
