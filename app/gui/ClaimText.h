// Claims in words for the learner and the verifier: "address › locality:
// Riverside" rather than JSON pointers and JSON.
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace vitae::gui {

// "/address/street_address" -> "address › street address"; array
// elements count from 1 ("skills › 2").
QString claimLabel(const QString &pointer);

// The value at `pointer` in `document`, as short text ("" if absent).
QString claimValue(const QJsonObject &document, const QString &pointer);

// Every leaf of `claims` as "label: value", in document order; technical
// members (id, type, @context, cnf, _sd...) are left out.
QStringList claimLines(const QJsonObject &claims);

} // namespace vitae::gui
