// The value encodings of CBOR-LD (cborld 4.x): which CBOR shapes stand for
// which JSON-LD strings. Private to the CBOR-LD reader.
#pragma once

#include "common/Result.h"

#include <QCborValue>
#include <QString>

#include <optional>

namespace vitae::qr::cborld {

// Thrown inside the CBOR-LD reader only, and caught by decodeCborLd: the
// walk is deep and every step can meet bad input.
struct Failure {
    Error error;
};

[[noreturn]] void damaged(const QString &why);     // the bytes are not valid CBOR-LD
[[noreturn]] void unsupported(const QString &why); // valid, but beyond this reader

bool isNumber(const QCborValue &value);
double toNumber(const QCborValue &value);
// A whole number, as JavaScript would use it for a lookup.
std::optional<qint64> wholeNumber(const QCborValue &value);

// The context URL registered under `id`.
std::optional<QString> registeredContext(qint64 id);

// Each gives nothing when `value` is not in its encoding, so the caller can
// keep the value as it is, as the encoder does with what it cannot shrink.
std::optional<QString> decodeUri(const QCborValue &value);       // [scheme id, ...]
std::optional<QString> decodeMultibase(const QCborValue &value); // bytes after 'z' or 'M'
std::optional<QString> decodeXsdDate(const QCborValue &value);   // seconds
std::optional<QString> decodeXsdDateTime(const QCborValue &value); // seconds, or [seconds, ms]

} // namespace vitae::qr::cborld
