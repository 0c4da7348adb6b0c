#include "gui/PassphraseStrength.h"

#include <QSet>

#include <cmath>

namespace vitae::gui {

PassphraseStrength estimatePassphraseStrength(const QString &passphrase)
{
    // Character-pool estimate, discounted for repeats: long passphrases of
    // ordinary words score well, short "P@ssw0rd" tricks do not.
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
        distinct.insert(c);
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    if (pool == 0)
        return {};
    const double uniqueness = double(distinct.size()) / double(passphrase.size());
    const double bits = double(passphrase.size()) * std::log2(double(pool)) * std::min(1.0, 0.4 + uniqueness);
    const int score = bits < 28 ? 0 : bits < 40 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
    return {score, bits};
}

} // namespace vitae::gui
