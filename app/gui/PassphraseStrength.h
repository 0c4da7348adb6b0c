// A rough passphrase strength estimate for the "create vault" hint. It is a
// hint, not a gate: the learner decides.
#pragma once

#include <QString>

namespace vitae::gui {

struct PassphraseStrength {
    int score = 0;    // 0 (very weak) .. 4 (strong)
    double bits = 0;  // estimated entropy
};

PassphraseStrength estimatePassphraseStrength(const QString &passphrase);

} // namespace vitae::gui
