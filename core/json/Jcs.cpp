#include "json/Jcs.h"

#include "json/Es6Number.h"
#include "json/JsonParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QCoreApplication>

#include <algorithm>

namespace vitae::json {
namespace {

Error invalid(const QString &what)
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("vitae", "Cannot canonicalize JSON: %1").arg(what));
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

Status appendString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    // Fast path: most credential text is printable ASCII needing no escape.
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t unit = c.unicode();
        return unit >= 0x20 && unit < 0x7f && unit != u'"' && unit != u'\\';
    });
    if (plain) {
        out += text.toLatin1();
        out += '"';
        return {};
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        switch (unit) {
        case u'"': out += "\\\""; continue;
        case u'\\': out += "\\\\"; continue;
        case 0x08: out += "\\b"; continue;
        case 0x0C: out += "\\f"; continue;
        case 0x0A: out += "\\n"; continue;
        case 0x0D: out += "\\r"; continue;
        case 0x09: out += "\\t"; continue;
        default: break;
        }
        if (unit < 0x20) {
            out += "\\u00";
            out += kHex[unit >> 4];
            out += kHex[unit & 0xF];
            continue;
        }
        char32_t cp = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            cp = QChar::surrogateToUcs4(unit, text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            // No UTF-8 form exists, so there is no canonical one either.
            const QString hex = QString::number(uint(unit), 16).toUpper();
            return invalid(QStringLiteral("a string holds a lone surrogate U+%1").arg(hex));
        }
        appendUtf8(out, cp);
    }
    out += '"';
    return {};
}

// Recursion is bounded by the depth check; parsed values are already capped.
Status appendValue(QByteArray &out, const QJsonValue &value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return {};
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return {};
    case QJsonValue::Double: {
        const QByteArray text = es6NumberToString(value.toDouble());
        if (text.isEmpty()) {
            return invalid(QCoreApplication::translate("vitae", "NaN and Infinity have no JSON form"));
        }
        out += text;
        return {};
    }
    case QJsonValue::String:
        return appendString(out, value.toString());
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    default:
        return invalid(QStringLiteral("an undefined value has no JSON form"));
    }

    if (depth >= JsonLimits::kMaxSupportedDepth) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "Cannot canonicalize JSON nested deeper than %1 levels")
                             .arg(JsonLimits::kMaxSupportedDepth));
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            if (Status status = appendValue(out, array.at(i), depth + 1); !status) {
                return status;
            }
        }
        out += ']';
        return {};
    }

    const QJsonObject object = value.toObject();
    // QString's operator< compares UTF-16 code units, which is the RFC 8785
    // order; sorting here avoids relying on QJsonObject's internal order.
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    out += '{';
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!first) {
            out += ',';
        }
        first = false;
        if (Status status = appendString(out, key); !status) {
            return status;
        }
        out += ':';
        if (Status status = appendValue(out, object.value(key), depth + 1); !status) {
            return status;
        }
    }
    out += '}';
    return {};
}

} // namespace

Result<QByteArray> canonicalize(const QJsonValue &value)
{
    QByteArray out;
    if (Status status = appendValue(out, value, 0); !status) {
        return status.error();
    }
    return out;
}

} // namespace vitae::json
