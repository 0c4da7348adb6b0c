// Verification results as text for the terminal.
#pragma once

#include "verify/VerificationResult.h"

namespace vitae::cli {

// "ok  ", "warn", "FAIL", "??  ".
QString outcomeSymbol(verify::Outcome outcome);
// One line per check, nested credentials indented below.
QString describe(const verify::VerificationResult &result, const QString &indent);

} // namespace vitae::cli
