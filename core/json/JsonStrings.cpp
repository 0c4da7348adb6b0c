#include "json/JsonValidator.h"

namespace vitae::json::detail {
namespace {

bool isHighSurrogate(char16_t u) { return u >= 0xD800 && u <= 0xDBFF; }
bool isLowSurrogate(char16_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

} // namespace

// A member name, its duplicate check, and the ':' after it.
Status Validator::scanKey()
{
    if (atEnd() || peek() != '"') {
        return unexpected();
    }
    const qsizetype keyStart = m_pos;
    QString key;
    if (Status status = scanString(&key); !status) {
        return status;
    }
    // I-JSON: names must be unique; compared after unescaping, so "a" and
    // "\u0061" collide.
    QSet<QString> &keys = m_stack.back().keys;
    if (keys.contains(key)) {
        QString shown = key.left(40);
        if (key.size() > 40) {
            shown += QStringLiteral("...");
        }
        return fail(keyStart, QStringLiteral("duplicate member name \"%1\"").arg(shown));
    }
    keys.insert(key);
    skipWhitespace();
    if (atEnd() || peek() != ':') {
        return unexpected();
    }
    ++m_pos;
    return {};
}

// Validates a string at m_pos (on its opening quote). When `decoded` is set
// (member names), also builds its UTF-16 value for duplicate detection.
Status Validator::scanString(QString *decoded)
{
    const qsizetype start = m_pos++;
    qsizetype runStart = m_pos;
    const auto flushRun = [&] {
        if (decoded && m_pos > runStart) {
            decoded->append(QString::fromUtf8(m_data + runStart, m_pos - runStart));
        }
    };
    for (;;) {
        if (atEnd()) {
            return fail(start, QStringLiteral("unterminated string"));
        }
        const uchar c = peek();
        if (c == '"') {
            flushRun();
            ++m_pos;
            return {};
        }
        if (c == '\\') {
            flushRun();
            if (Status status = scanEscape(decoded); !status) {
                return status;
            }
            runStart = m_pos;
        } else if (c < 0x20) {
            return fail(m_pos, QStringLiteral("unescaped control %1 in a string").arg(describeByte(c)));
        } else if (c < 0x80) {
            ++m_pos;
        } else if (Status status = scanUtf8(); !status) {
            return status;
        }
    }
}

// Accepts only the well-formed sequences of Unicode table 3-7, which rules
// out overlongs, encoded surrogates and anything above U+10FFFF.
Status Validator::scanUtf8()
{
    const uchar lead = peek();
    int extra = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
    } else if (lead == 0xE0) {
        extra = 2;
        low = 0xA0;
    } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
        extra = 2;
    } else if (lead == 0xED) {
        extra = 2;
        high = 0x9F;
    } else if (lead == 0xF0) {
        extra = 3;
        low = 0x90;
    } else if (lead >= 0xF1 && lead <= 0xF3) {
        extra = 3;
    } else if (lead == 0xF4) {
        extra = 3;
        high = 0x8F;
    } else {
        return fail(m_pos, QStringLiteral("invalid UTF-8 (%1)").arg(describeByte(lead)));
    }
    for (int i = 1; i <= extra; ++i) {
        if (m_pos + i >= m_size) {
            return fail(m_pos, QStringLiteral("truncated UTF-8 sequence"));
        }
        const uchar b = uchar(m_data[m_pos + i]);
        if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xBF)) {
            return fail(m_pos, QStringLiteral("invalid UTF-8 sequence"));
        }
    }
    m_pos += 1 + extra;
    return {};
}

std::optional<char16_t> Validator::readHex4()
{
    if (m_size - m_pos < 4) {
        return std::nullopt;
    }
    char16_t unit = 0;
    for (int i = 0; i < 4; ++i) {
        const uchar c = peek();
        int digit;
        if (isDigit(c)) {
            digit = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        } else {
            return std::nullopt;
        }
        unit = char16_t(unit * 16 + digit);
        ++m_pos;
    }
    return unit;
}

Status Validator::scanEscape(QString *decoded)
{
    const qsizetype at = m_pos++;
    if (atEnd()) {
        return unexpected();
    }
    const uchar c = peek();
    ++m_pos;
    char16_t unit = 0;
    switch (c) {
    case '"': unit = u'"'; break;
    case '\\': unit = u'\\'; break;
    case '/': unit = u'/'; break;
    case 'b': unit = 0x08; break;
    case 'f': unit = 0x0C; break;
    case 'n': unit = 0x0A; break;
    case 'r': unit = 0x0D; break;
    case 't': unit = 0x09; break;
    case 'u': {
        const std::optional<char16_t> first = readHex4();
        if (!first) {
            return fail(at, QStringLiteral("invalid \\u escape"));
        }
        const auto lone = [&](char16_t u) {
            return fail(at, QStringLiteral("lone surrogate \\u%1 (not allowed in I-JSON)")
                                .arg(uint(u), 4, 16, QLatin1Char('0')));
        };
        if (isLowSurrogate(*first)) {
            return lone(*first);
        }
        if (!isHighSurrogate(*first)) {
            unit = *first;
            break;
        }
        if (m_size - m_pos < 2 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u') {
            return lone(*first);
        }
        m_pos += 2;
        const std::optional<char16_t> second = readHex4();
        if (!second) {
            return fail(m_pos - 2, QStringLiteral("invalid \\u escape"));
        }
        if (!isLowSurrogate(*second)) {
            return lone(*first);
        }
        if (decoded) {
            decoded->append(QChar(*first));
            decoded->append(QChar(*second));
        }
        return {};
    }
    default:
        return fail(at, QStringLiteral("invalid escape sequence \\%1").arg(describeByte(c)));
    }
    if (decoded) {
        decoded->append(QChar(unit));
    }
    return {};
}

} // namespace vitae::json::detail
