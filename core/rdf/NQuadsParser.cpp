// N-Quads parser (RDF 1.1 N-Quads grammar), used for tests and the RDFC-1.0
// test suite. Lines are decoded from UTF-8 one at a time so that every error,
// encoding errors included, can name its line.
#include "rdf/NQuads.h"

#include <QStringDecoder>

#include <optional>

namespace vitae::rdf {
namespace {

// The value of a hex digit, or -1.
int hexValue(char16_t c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= '0' && c <= '9';
}

// PN_CHARS, simplified: every non-ASCII character is accepted, as the
// grammar's Unicode ranges cover almost all of them.
bool isLabelChar(char16_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '-' || c == '.' || c >= 0x80;
}

bool isForbiddenInIri(char16_t c)
{
    switch (c) {
    case '<': case '>': case '"': case '{': case '}': case '|': case '^': case '`': case '\\':
        return true;
    default:
        return c <= 0x20;
    }
}

// An absolute IRI starts with a scheme; N-Quads has no base to resolve against.
bool hasScheme(const QString &iri)
{
    if (iri.isEmpty() || !isAsciiLetter(iri.front().unicode())) {
        return false;
    }
    for (const QChar c : iri) {
        const char16_t u = c.unicode();
        if (u == ':') {
            return true;
        }
        if (!isAsciiLetter(u) && !isAsciiDigit(u) && u != '+' && u != '-' && u != '.') {
            return false;
        }
    }
    return false;
}

class LineParser {
public:
    LineParser(const QString &line, int lineNumber) : m_line(line), m_lineNumber(lineNumber) {}

    // A quad, std::nullopt for a blank or comment line, or an error in error().
    std::optional<Quad> parse()
    {
        skipSpace();
        if (atEnd() || peek() == '#') {
            return std::nullopt;
        }
        Quad quad;
        if (!parseSubjectOrGraph(quad.subject, "subject") || !parseIriTerm(quad.predicate, "predicate")
            || !parseObject(quad.object)) {
            return std::nullopt;
        }
        skipSpace();
        if (!atEnd() && peek() != '.') {
            if (!parseSubjectOrGraph(quad.graph, "graph label")) {
                return std::nullopt;
            }
            skipSpace();
        }
        if (atEnd() || peek() != '.') {
            fail(QStringLiteral("expected '.' at the end of the statement"));
            return std::nullopt;
        }
        ++m_pos;
        skipSpace();
        if (!atEnd() && peek() != '#') {
            fail(QStringLiteral("unexpected text after '.'"));
            return std::nullopt;
        }
        return quad;
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_line.size(); }
    char16_t peek() const { return m_line.at(m_pos).unicode(); }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            ++m_pos;
        }
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = QStringLiteral("line %1, column %2: %3").arg(m_lineNumber).arg(m_pos + 1).arg(message);
        }
        return false;
    }

    bool parseSubjectOrGraph(Term &term, const char *what)
    {
        skipSpace();
        if (!atEnd() && peek() == '_') {
            return parseBlank(term);
        }
        return parseIriTerm(term, what);
    }

    bool parseObject(Term &term)
    {
        skipSpace();
        if (!atEnd() && peek() == '"') {
            return parseLiteral(term);
        }
        return parseSubjectOrGraph(term, "object");
    }

    bool parseIriTerm(Term &term, const char *what)
    {
        skipSpace();
        if (atEnd() || peek() != '<') {
            return fail(QStringLiteral("expected an IRI in <> as the %1").arg(QLatin1String(what)));
        }
        QString iri;
        if (!parseIri(iri)) {
            return false;
        }
        term = Term::iri(iri);
        return true;
    }

    bool parseIri(QString &iri)
    {
        ++m_pos; // '<'
        while (!atEnd() && peek() != '>') {
            const char16_t c = peek();
            if (c == '\\') {
                if (!parseEscape(iri, false)) {
                    return false;
                }
            } else if (isForbiddenInIri(c)) {
                return fail(QStringLiteral("character U+%1 is not allowed in an IRI")
                                .arg(c, 4, 16, QLatin1Char('0')));
            } else {
                iri += m_line.at(m_pos++);
            }
        }
        if (atEnd()) {
            return fail(QStringLiteral("unterminated IRI"));
        }
        ++m_pos; // '>'
        if (!hasScheme(iri)) {
            return fail(QStringLiteral("relative IRI <%1> is not allowed").arg(iri));
        }
        return true;
    }

    bool parseBlank(Term &term)
    {
        if (m_pos + 1 >= m_line.size() || m_line.at(m_pos + 1) != QLatin1Char(':')) {
            return fail(QStringLiteral("expected '_:' to start a blank node"));
        }
        m_pos += 2;
        const qsizetype start = m_pos;
        if (atEnd() || !isLabelChar(peek()) || peek() == '-' || peek() == '.') {
            return fail(QStringLiteral("empty or malformed blank node label"));
        }
        while (!atEnd() && isLabelChar(peek())) {
            ++m_pos;
        }
        // A label cannot end in '.', which belongs to the statement.
        while (m_line.at(m_pos - 1) == QLatin1Char('.')) {
            --m_pos;
        }
        term = Term::blank(m_line.mid(start, m_pos - start));
        return true;
    }

    bool parseLiteral(Term &term)
    {
        ++m_pos; // '"'
        QString value;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                if (!parseEscape(value, true)) {
                    return false;
                }
            } else {
                value += m_line.at(m_pos++);
            }
        }
        if (atEnd()) {
            return fail(QStringLiteral("unterminated string literal"));
        }
        ++m_pos; // '"'
        if (!atEnd() && peek() == '@') {
            return parseLanguage(term, value);
        }
        if (m_pos + 1 < m_line.size() && peek() == '^' && m_line.at(m_pos + 1) == QLatin1Char('^')) {
            m_pos += 2;
            if (atEnd() || peek() != '<') {
                return fail(QStringLiteral("expected a datatype IRI after '^^'"));
            }
            QString datatype;
            if (!parseIri(datatype)) {
                return false;
            }
            term = Term::literal(value, datatype);
            return true;
        }
        term = Term::literal(value, kXsdString);
        return true;
    }

    bool parseLanguage(Term &term, const QString &value)
    {
        const qsizetype start = ++m_pos; // after '@'
        qsizetype subtagLength = 0;
        bool first = true;
        while (!atEnd()) {
            const char16_t c = peek();
            if (isAsciiLetter(c) || (!first && isAsciiDigit(c))) {
                ++subtagLength;
            } else if (c == '-' && subtagLength > 0) {
                first = false;
                subtagLength = 0;
            } else {
                break;
            }
            ++m_pos;
        }
        if (subtagLength == 0) {
            return fail(QStringLiteral("malformed language tag"));
        }
        term = Term::literal(value, kRdfLangString, m_line.mid(start, m_pos - start));
        return true;
    }

    // ECHAR (literals only) or UCHAR, appended to out as the character it names.
    bool parseEscape(QString &out, bool inLiteral)
    {
        if (m_pos + 1 >= m_line.size()) {
            return fail(QStringLiteral("incomplete escape sequence"));
        }
        const char16_t kind = m_line.at(m_pos + 1).unicode();
        if (kind == 'u' || kind == 'U') {
            const int digits = kind == 'u' ? 4 : 8;
            if (m_pos + 2 + digits > m_line.size()) {
                return fail(QStringLiteral("incomplete \\%1 escape").arg(QChar(kind)));
            }
            char32_t codePoint = 0;
            for (int i = 0; i < digits; ++i) {
                const int value = hexValue(m_line.at(m_pos + 2 + i).unicode());
                if (value < 0) {
                    return fail(QStringLiteral("bad hex digit in \\%1 escape").arg(QChar(kind)));
                }
                codePoint = codePoint * 16 + static_cast<char32_t>(value);
            }
            if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
                return fail(QStringLiteral("escape names no Unicode scalar value"));
            }
            out += QString::fromUcs4(&codePoint, 1);
            m_pos += 2 + digits;
            return true;
        }
        if (!inLiteral) {
            return fail(QStringLiteral("only \\u and \\U escapes are allowed in an IRI"));
        }
        char16_t decoded = 0;
        switch (kind) {
        case 't': decoded = '\t'; break;
        case 'b': decoded = '\b'; break;
        case 'n': decoded = '\n'; break;
        case 'r': decoded = '\r'; break;
        case 'f': decoded = '\f'; break;
        case '"': decoded = '"'; break;
        case '\'': decoded = '\''; break;
        case '\\': decoded = '\\'; break;
        default:
            return fail(QStringLiteral("unknown escape \\%1").arg(QChar(kind)));
        }
        out += QChar(decoded);
        m_pos += 2;
        return true;
    }

    const QString &m_line;
    const int m_lineNumber;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

Result<Dataset> parseNQuads(QByteArrayView text)
{
    Dataset dataset;
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        // EOL is any run of CR and LF; count LF (or a lone CR) as a new line.
        qsizetype end = pos;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r') {
            ++end;
        }
        ++lineNumber;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder.decode(text.sliced(pos, end - pos));
        if (decoder.hasError()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("line %1: not valid UTF-8").arg(lineNumber));
        }
        LineParser parser(line, lineNumber);
        std::optional<Quad> quad = parser.parse();
        if (parser.failed()) {
            return makeError(ErrorCode::InvalidInput, parser.error());
        }
        if (quad) {
            dataset.push_back(std::move(*quad));
        }
        pos = end;
        if (pos < text.size() && text[pos] == '\r') {
            ++pos;
        }
        if (pos < text.size() && text[pos] == '\n') {
            ++pos;
        }
    }
    return dataset;
}

} // namespace vitae::rdf
