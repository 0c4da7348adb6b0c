#include "cli/PresentCommands.h"

namespace vitae::cli {

int runPresent(const CliContext &cli)
{
    return cli.fail(makeError(ErrorCode::Unsupported, QStringLiteral("Not available yet.")));
}

int runVerifyPresentation(const CliContext &cli)
{
    return cli.fail(makeError(ErrorCode::Unsupported, QStringLiteral("Not available yet.")));
}

int runRespond(const CliContext &cli)
{
    return cli.fail(makeError(ErrorCode::Unsupported, QStringLiteral("Not available yet.")));
}

int runShares(const CliContext &cli)
{
    return cli.fail(makeError(ErrorCode::Unsupported, QStringLiteral("Not available yet.")));
}

} // namespace vitae::cli
