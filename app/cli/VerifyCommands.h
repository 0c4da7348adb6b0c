#pragma once

namespace vitae::cli {

class CliContext;

int runVerify(const CliContext &cli);
int runBenchVerify(const CliContext &cli);
int runReverify(const CliContext &cli);

} // namespace vitae::cli
