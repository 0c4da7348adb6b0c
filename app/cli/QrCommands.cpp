#include "cli/QrCommands.h"

namespace vitae::cli {

int runQr(const CliContext &cli)
{
    return cli.fail(makeError(ErrorCode::Unsupported, QStringLiteral("Not available yet.")));
}

int runScan(const CliContext &cli)
{
    return cli.fail(makeError(ErrorCode::Unsupported, QStringLiteral("Not available yet.")));
}

} // namespace vitae::cli
