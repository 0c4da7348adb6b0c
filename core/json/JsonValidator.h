// Internal to vitae_json: the single-pass validator behind parseJson.
// Not part of the public API; include only from core/json sources.
#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace vitae::json::detail {

inline bool isDigit(uchar c) { return c >= '0' && c <= '9'; }

// "character 'x'" for printable ASCII, "byte 0xNN" otherwise.
QString describeByte(uchar c);

// Checks the bytes against RFC 8259 + I-JSON in one pass with an explicit
// container stack, so nesting depth costs heap, never call stack.
class Validator {
public:
    Validator(QByteArrayView bytes, int maxDepth)
        : m_data(bytes.data()), m_size(bytes.size()), m_maxDepth(maxDepth)
    {
    }

    Status run();

private:
    enum class Expect { Value, Key, AfterValue };

    struct Frame {
        bool isObject = false;
        QSet<QString> keys; // names seen so far in this object
    };

    bool atEnd() const { return m_pos >= m_size; }
    uchar peek() const { return uchar(m_data[m_pos]); }
    void skipWhitespace();
    Error fail(qsizetype at, const QString &what) const;
    Error unexpected() const;

    Status openContainer(uchar bracket, Expect *next);
    Status scanKey();
    Status scanString(QString *decoded);
    Status scanUtf8();
    Status scanEscape(QString *decoded);
    std::optional<char16_t> readHex4();
    Status scanNumber();
    Status scanLiteral();

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_maxDepth;
    std::vector<Frame> m_stack;
};

} // namespace vitae::json::detail
