// vitae-test-issuer: a credential issuer for end-to-end tests, on 127.0.0.1
// only. See IssuerServer.h for the routes.
#include "IssuerServer.h"
#include "ServeOnLoopback.h"

int main(int argc, char *argv[])
{
    return vitae::test::serveOnLoopback<vitae::test::IssuerServer>(argc, argv);
}
