#pragma once

#include "common/Result.h"

namespace vitae {

// A stable machine name for an error code ("wrong-passphrase"), used by
// `--json` output and logs.
QString errorCodeName(ErrorCode code);

// Text from outside (a term, a file name, a parser's reason) as it may
// appear inside a sentence for a person: control characters become U+FFFD
// and anything past `maxLength` characters is cut with an ellipsis.
QString quoteOutsideText(QStringView text, qsizetype maxLength = 120);

} // namespace vitae
