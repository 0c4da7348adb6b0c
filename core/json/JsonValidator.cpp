#include "json/JsonValidator.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include <QCoreApplication>

namespace vitae::json::detail {
namespace {

// True when a number literal that from_chars called out of range is huge
// rather than tiny: the decimal exponent of its first non-zero digit is > 0.
bool magnitudeIsLarge(const char *begin, const char *end)
{
    const char *p = begin;
    if (p < end && *p == '-') {
        ++p;
    }
    qint64 integerDigits = 0;
    qint64 digitIndex = 0;
    std::optional<qint64> firstNonZero;
    bool inFraction = false;
    for (; p < end && (isDigit(uchar(*p)) || *p == '.'); ++p) {
        if (*p == '.') {
            inFraction = true;
            continue;
        }
        if (!inFraction) {
            ++integerDigits;
        }
        if (*p != '0' && !firstNonZero) {
            firstNonZero = digitIndex;
        }
        ++digitIndex;
    }
    if (!firstNonZero) {
        return false;
    }
    qint64 exponent = 0;
    bool negative = false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-')) {
            negative = *p == '-';
            ++p;
        }
        // Saturate: only the sign of the final magnitude matters.
        for (; p < end; ++p) {
            exponent = std::min<qint64>(exponent * 10 + (*p - '0'), qint64(1) << 40);
        }
    }
    const qint64 leading = integerDigits - 1 - *firstNonZero;
    return leading + (negative ? -exponent : exponent) > 0;
}

} // namespace

QString describeByte(uchar c)
{
    if (c >= 0x20 && c < 0x7F) {
        return QStringLiteral("character '%1'").arg(QChar(c));
    }
    return QStringLiteral("byte 0x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}

void Validator::skipWhitespace()
{
    while (!atEnd()) {
        const uchar c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            return;
        }
        ++m_pos;
    }
}

Error Validator::fail(qsizetype at, const QString &what) const
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("vitae", "Not valid JSON: %1 at byte %2").arg(what).arg(at));
}

Error Validator::unexpected() const
{
    if (atEnd()) {
        return fail(m_pos, QStringLiteral("unexpected end of input"));
    }
    return fail(m_pos, QStringLiteral("unexpected ") + describeByte(peek()));
}

Status Validator::run()
{
    // RFC 8259 lets parsers skip a BOM; I-JSON forbids sending one.
    if (m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0) {
        return fail(0, QStringLiteral("a byte order mark is not allowed"));
    }
    Expect expect = Expect::Value;
    for (;;) {
        skipWhitespace();
        switch (expect) {
        case Expect::Value: {
            if (atEnd()) {
                return unexpected();
            }
            const uchar c = peek();
            Status status;
            if (c == '{' || c == '[') {
                status = openContainer(c, &expect);
                if (!status) {
                    return status;
                }
                continue;
            }
            if (c == '"') {
                status = scanString(nullptr);
            } else if (c == '-' || isDigit(c)) {
                status = scanNumber();
            } else if (c == 't' || c == 'f' || c == 'n') {
                status = scanLiteral();
            } else {
                return unexpected();
            }
            if (!status) {
                return status;
            }
            expect = Expect::AfterValue;
            break;
        }
        case Expect::Key:
            if (Status status = scanKey(); !status) {
                return status;
            }
            expect = Expect::Value;
            break;
        case Expect::AfterValue: {
            if (m_stack.empty()) {
                return atEnd() ? Status() : Status(unexpected());
            }
            if (atEnd()) {
                return unexpected();
            }
            const uchar c = peek();
            const bool isObject = m_stack.back().isObject;
            if (c == ',') {
                ++m_pos;
                expect = isObject ? Expect::Key : Expect::Value;
            } else if (c == (isObject ? '}' : ']')) {
                ++m_pos;
                m_stack.pop_back();
            } else {
                return unexpected();
            }
            break;
        }
        }
    }
}

Status Validator::openContainer(uchar bracket, Expect *next)
{
    if (int(m_stack.size()) >= m_maxDepth) {
        return makeError(ErrorCode::LimitExceeded,
                         QCoreApplication::translate("vitae", "Not valid JSON: nested deeper than %1 levels at byte %2")
                             .arg(m_maxDepth)
                             .arg(m_pos));
    }
    const bool isObject = bracket == '{';
    m_stack.push_back(Frame{isObject, {}});
    ++m_pos;
    skipWhitespace();
    if (!atEnd() && peek() == (isObject ? '}' : ']')) {
        ++m_pos;
        m_stack.pop_back();
        *next = Expect::AfterValue;
    } else {
        *next = isObject ? Expect::Key : Expect::Value;
    }
    return {};
}

Status Validator::scanNumber()
{
    const qsizetype start = m_pos;
    const auto digitHere = [&] { return !atEnd() && isDigit(peek()); };
    const auto invalid = [&] { return fail(start, QStringLiteral("invalid number")); };
    if (peek() == '-') {
        ++m_pos;
    }
    if (!digitHere()) {
        return invalid();
    }
    if (peek() == '0') {
        ++m_pos;
        if (digitHere()) {
            return fail(start, QStringLiteral("number with a leading zero"));
        }
    } else {
        while (digitHere()) {
            ++m_pos;
        }
    }
    if (!atEnd() && peek() == '.') {
        ++m_pos;
        if (!digitHere()) {
            return invalid();
        }
        while (digitHere()) {
            ++m_pos;
        }
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        ++m_pos;
        if (!atEnd() && (peek() == '+' || peek() == '-')) {
            ++m_pos;
        }
        if (!digitHere()) {
            return invalid();
        }
        while (digitHere()) {
            ++m_pos;
        }
    }
    // I-JSON: the value must survive as an IEEE double.
    double value = 0;
    const char *end = m_data + m_pos;
    const auto [ptr, ec] = std::from_chars(m_data + start, end, value);
    if (ec == std::errc::result_out_of_range) {
        return fail(start, magnitudeIsLarge(m_data + start, end)
                               ? QStringLiteral("number too large for a double")
                               : QStringLiteral("number too small for a double (it would round to zero)"));
    }
    if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
        return invalid();
    }
    return {};
}

Status Validator::scanLiteral()
{
    for (const char *word : {"true", "false", "null"}) {
        const qsizetype length = qsizetype(std::strlen(word));
        if (m_size - m_pos >= length && std::memcmp(m_data + m_pos, word, size_t(length)) == 0) {
            m_pos += length;
            return {};
        }
    }
    return unexpected();
}

} // namespace vitae::json::detail
