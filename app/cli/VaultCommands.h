#pragma once

namespace vitae::cli {

class CliContext;

int runInit(const CliContext &cli);
int runPasswd(const CliContext &cli);
int runStatus(const CliContext &cli);
int runList(const CliContext &cli);
int runShow(const CliContext &cli);
int runExportRaw(const CliContext &cli);
int runDelete(const CliContext &cli);
int runDid(const CliContext &cli);

} // namespace vitae::cli
