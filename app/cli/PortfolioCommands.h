// vitae-cli entry add, endorse, export, skills: building an honest,
// verifiable portfolio from the command line.
#pragma once

#include "cli/CliContext.h"

namespace vitae::cli {

int runEntry(const CliContext &cli);
int runEndorse(const CliContext &cli);
int runExport(const CliContext &cli);
int runSkills(const CliContext &cli);
int runPortfolio(const CliContext &cli);
// `verify` hands portfolio bundles here.
int verifyBundleFile(const CliContext &cli, const QByteArray &bytes);

} // namespace vitae::cli
