// vitae-cli verbs: backup OUT, restore FILE --vault NEWDIR.
#pragma once

#include "cli/CliContext.h"

namespace vitae::cli {

int runBackup(const CliContext &cli);
int runRestore(const CliContext &cli);

} // namespace vitae::cli
