#include "cli/BackupCommands.h"

namespace vitae::cli {

int runBackup(const CliContext &cli)
{
    return cli.fail(makeError(ErrorCode::Unsupported, QStringLiteral("Not available yet.")));
}

int runRestore(const CliContext &cli)
{
    return cli.fail(makeError(ErrorCode::Unsupported, QStringLiteral("Not available yet.")));
}

} // namespace vitae::cli
