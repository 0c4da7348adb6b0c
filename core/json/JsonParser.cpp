#include "json/JsonParser.h"

#include "json/JsonValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace vitae::json {
namespace {

// Qt builds the value once the bytes are known good. Its document type only
// holds arrays and objects, so a top-level scalar goes in through a wrapper.
Result<QJsonValue> buildValue(QByteArrayView bytes)
{
    qsizetype first = 0;
    while (first < bytes.size() && std::strchr(" \t\r\n", bytes[first])) {
        ++first;
    }
    const bool container = first < bytes.size() && (bytes[first] == '{' || bytes[first] == '[');
    QByteArray text;
    if (container) {
        text = QByteArray::fromRawData(bytes.data(), bytes.size());
    } else {
        text.reserve(bytes.size() + 2);
        text.append('[').append(bytes).append(']');
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("vitae", "Not valid JSON: %1 at byte %2")
                                                      .arg(error.errorString())
                                                      .arg(error.offset - (container ? 0 : 1)));
    }
    if (!container) {
        return document.array().at(0);
    }
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QString describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Null: return QStringLiteral("null");
    default: return QStringLiteral("something else");
    }
}

} // namespace

Result<QJsonValue> parseJson(QByteArrayView bytes, const JsonLimits &limits)
{
    // Checked first so an oversized input costs nothing to refuse.
    if (bytes.size() > limits.maxBytes) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "JSON input is %1 bytes, more than the limit of %2 bytes")
                             .arg(bytes.size())
                             .arg(limits.maxBytes));
    }
    const int maxDepth = std::clamp(limits.maxDepth, 0, JsonLimits::kMaxSupportedDepth);
    detail::Validator validator(bytes, maxDepth);
    if (Status status = validator.run(); !status) {
        return status.error();
    }
    return buildValue(bytes);
}

Result<QJsonObject> parseJsonObject(QByteArrayView bytes, const JsonLimits &limits)
{
    Result<QJsonValue> value = parseJson(bytes, limits);
    if (!value) {
        return value.error();
    }
    if (!value->isObject()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("vitae", "Not valid JSON here: expected an object at the top level, found %1")
                             .arg(describeType(*value)));
    }
    return value->toObject();
}

} // namespace vitae::json
