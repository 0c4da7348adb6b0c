// CBOR-LD as the Digital Credentials Consortium's VPQR codes use it (the
// cborld 4.x format, tag 0x0501): a JSON-LD document whose keys became
// integer term ids and whose values some codecs shrank. Reading it needs the
// very contexts the writer used, since term ids are counted from them.
#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QJsonValue>

namespace vitae::jsonld {
class ContextLoader;
}

namespace vitae::qr {

// Caps on what a CBOR-LD input may make the decoder do.
struct CborLdLimits {
    qsizetype maxBytes = 64 * 1024;
    int maxDepth = 48;          // nested objects and arrays
    int maxContexts = 64;       // distinct contexts loaded
    qsizetype maxValues = 200'000; // values written to the output
};

// The JSON-LD document. Errors carry a clause a caller can put after "…: ",
// with ErrorCode::InvalidInput when the bytes are not valid CBOR-LD and
// ErrorCode::Unsupported when they are but name a context, compression mode
// or value encoding this reader does not have.
Result<QJsonValue> decodeCborLd(QByteArrayView bytes, const jsonld::ContextLoader &contexts,
                                const CborLdLimits &limits = {});

} // namespace vitae::qr
