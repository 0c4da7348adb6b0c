// Display text that may come in several languages (VC 2.0 language value
// objects, arrays of them, or plain language maps).
#pragma once

#include <QJsonValue>
#include <QStringList>

namespace vitae::credential {

// Picks the text for the learner: the first preferred language that
// matches exactly, then by primary subtag ("es" for "es-MX"), then text
// without a language, then the first given. `preferred` like {"es-MX", "en"}.
QString pickText(const QJsonValue &value, const QStringList &preferred);

} // namespace vitae::credential
