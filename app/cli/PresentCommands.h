// vitae-cli present, verify-presentation, shares and respond.
#pragma once

#include "cli/CliContext.h"

namespace vitae::cli {

int runPresent(const CliContext &cli);
int runVerifyPresentation(const CliContext &cli);
int runShares(const CliContext &cli);
int runRespond(const CliContext &cli);

} // namespace vitae::cli
