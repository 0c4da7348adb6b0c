// vitae-cli verbs: QrCommands (being written).
#pragma once

#include "cli/CliContext.h"

namespace vitae::cli {

int runQr(const CliContext &cli);
int runScan(const CliContext &cli);

} // namespace vitae::cli
