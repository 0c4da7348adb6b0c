#pragma once

namespace vitae::cli {

class CliContext;

int runImport(const CliContext &cli);

} // namespace vitae::cli
