// Verification results as text for the terminal, and as exit codes.
#pragma once

#include "verify/VerificationResult.h"

namespace vitae::cli {

// "ok  ", "warn", "FAIL", "??  ".
QString outcomeSymbol(verify::Outcome outcome);
// One line per check, nested credentials indented below.
QString describe(const verify::VerificationResult &result, const QString &indent);

// verify's exit codes: 1 for a failed verdict, and with --strict for any
// verdict short of verified; else 0.
int exitCodeForVerdict(verify::Verdict verdict, bool strict);

} // namespace vitae::cli
