#pragma once

#include "common/Result.h"

namespace vitae {

// A stable machine name for an error code ("wrong-passphrase"), used by
// `--json` output and logs.
QString errorCodeName(ErrorCode code);

} // namespace vitae
