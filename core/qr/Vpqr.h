// VPQR: the Digital Credentials Consortium's QR text for a verifiable
// presentation or credential. "VP1-", the multibase letter "B", then the
// upper-case base32 (RFC 4648, no padding) of CBOR-LD bytes.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QStringView>

namespace vitae::jsonld {
class ContextLoader;
}

namespace vitae::qr {

// Whether `text` (surrounding white space aside) claims to be VPQR.
bool isVpqrText(QStringView text);

// The JSON document (compact UTF-8) the code holds, its terms read with the
// JSON-LD contexts Vitae ships. Every failure is a sentence: "This VPQR code
// is damaged: ..." or "Vitae cannot read this VPQR code: ...".
Result<QByteArray> decodeVpqr(QStringView text);
Result<QByteArray> decodeVpqr(QStringView text, const jsonld::ContextLoader &contexts);

} // namespace vitae::qr
