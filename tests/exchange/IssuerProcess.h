// Starts tests/support/issuer's vitae-test-issuer for one test class and
// knows its address. The process is stopped when this object goes.
#pragma once

#include "ServerProcess.h"

namespace vitae::test {

class IssuerProcess : public ServerProcess {
public:
    IssuerProcess() : ServerProcess(QStringLiteral(VITAE_TEST_ISSUER)) {}
};

} // namespace vitae::test
